import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFS, MIN_PANE_SHARE, sanitizePanes, sanitizePrefs } from './prefs'
import { createPrefsStore, type KeyValueStorage, PREFS_STORAGE_KEY } from './storage'

describe('sanitizePrefs', () => {
  it.each([
    ['nothing', undefined, DEFAULT_PREFS],
    ['a string', 'dark', DEFAULT_PREFS],
    ['dark', { theme: 'dark' }, { theme: 'dark', panes: null }],
    ['light', { theme: 'light' }, { theme: 'light', panes: null }],
    ['an unknown theme', { theme: 'solarized' }, DEFAULT_PREFS],
    ['a theme of the wrong type', { theme: 1 }, DEFAULT_PREFS],
    ['two panes', { theme: 'dark', panes: [0.5, 0.5] }, { theme: 'dark', panes: null }],
    ['a pane not a number', { panes: [0.3, '0.3', 0.4] }, DEFAULT_PREFS],
    ['a negative pane', { panes: [0.3, -1, 0.4] }, DEFAULT_PREFS],
    ['an infinite pane', { panes: [0.3, Infinity, 0.4] }, DEFAULT_PREFS],
  ])('%s', (_name, raw, expected) => {
    expect(sanitizePrefs(raw)).toEqual(expected)
  })
})

describe('sanitizePanes', () => {
  it('scales the shares to sum to 1', () => {
    const panes = sanitizePanes([2, 1, 1])!
    expect(panes[0] + panes[1] + panes[2]).toBeCloseTo(1)
    expect(panes[0]).toBeCloseTo(2 * panes[1])
  })
  it('never lets a pane shrink below the minimum', () => {
    const panes = sanitizePanes([0.98, 0.01, 0.01])!
    for (const p of panes) expect(p).toBeGreaterThanOrEqual(MIN_PANE_SHARE - 1e-9)
    expect(panes[1]).toBeCloseTo(panes[2])
    expect(panes[0] + panes[1] + panes[2]).toBeCloseTo(1)
  })
})

describe('createPrefsStore', () => {
  const memory = (): KeyValueStorage & { map: Map<string, string> } => {
    const map = new Map<string, string>()
    return {
      map,
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
      removeItem: (k) => void map.delete(k),
    }
  }
  it('saves and loads', () => {
    const backing = memory()
    const store = createPrefsStore(backing)
    expect(store.load()).toBeNull()
    store.save({ theme: 'dark', panes: [0.3, 0.3, 0.4] })
    expect(createPrefsStore(backing).load()).toEqual({ theme: 'dark', panes: [0.3, 0.3, 0.4] })
  })
  it('ignores an unreadable entry and a storage that throws', () => {
    const backing = memory()
    backing.map.set(PREFS_STORAGE_KEY, '{not json')
    expect(createPrefsStore(backing).load()).toBeNull()
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('blocked')
      },
      setItem: () => {
        throw new Error('full')
      },
      removeItem: () => {},
    }
    expect(createPrefsStore(broken).load()).toBeNull()
    expect(() => createPrefsStore(broken).save(DEFAULT_PREFS)).not.toThrow()
  })
})
