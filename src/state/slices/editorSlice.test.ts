import { describe, expect, it } from 'vitest'
import { snapshotOf } from '../selectors'
import { DEFAULT_SETTINGS } from '../snapshot'
import { createAppStore } from '../store'

describe('compare mode in the store (issue 11)', () => {
  it('starts the before side as a copy of the pod text, and drops it when turned off', () => {
    const store = createAppStore()
    const s = () => store.getState()
    s().loadTexts('kind: Pod\n', '', null)
    expect(s().before).toBeNull()
    s().setBefore('ignored while not comparing')
    expect(s().before).toBeNull()
    s().setCompare(true)
    expect(s().before).toBe('kind: Pod\n')
    s().setText('pod', 'kind: Pod\nspec: {hostPID: true}\n')
    s().setBefore('kind: Pod # before\n')
    expect(s()).toMatchObject({
      pod: 'kind: Pod\nspec: {hostPID: true}\n',
      before: 'kind: Pod # before\n',
    })
    // turning it on again does not reset the before side
    s().setCompare(true)
    expect(s().before).toBe('kind: Pod # before\n')
    s().setCompare(false)
    expect(s().before).toBeNull()
  })

  it('an example loaded while comparing starts both sides as its text', () => {
    const store = createAppStore()
    const s = () => store.getState()
    s().loadTexts('a: 1\n', '', null)
    s().setCompare(true)
    s().loadTexts('example: 1\n', 'policy: 1\n', 'ex')
    expect(s()).toMatchObject({ pod: 'example: 1\n', before: 'example: 1\n', exampleId: 'ex' })
    s().loadTexts('saved: 1\n', '', null, 'saved before\n')
    expect(s().before).toBe('saved before\n')
    s().loadTexts('plain\n', '', null, null)
    expect(s().before).toBeNull()
  })

  it('is part of the snapshot only while comparing', () => {
    const store = createAppStore()
    const s = () => store.getState()
    s().loadTexts('a\n', 'p\n', null)
    expect(snapshotOf(s())).toEqual({ pod: 'a\n', policy: 'p\n', settings: DEFAULT_SETTINGS })
    s().setCompare(true)
    s().setText('pod', 'b\n')
    expect(snapshotOf(s())).toEqual({
      pod: 'b\n',
      policy: 'p\n',
      settings: DEFAULT_SETTINGS,
      before: 'a\n',
    })
  })

  it('going back to the work a share link replaced brings its mode back', () => {
    const store = createAppStore()
    const s = () => store.getState()
    s().loadTexts('shared\n', '', null)
    s().setPrevious({ pod: 'mine\n', policy: '', settings: DEFAULT_SETTINGS, before: 'old\n' })
    s().returnToPrevious()
    expect(s()).toMatchObject({ pod: 'mine\n', before: 'old\n' })
    s().setPrevious({ pod: 'x\n', policy: '', settings: DEFAULT_SETTINGS })
    s().returnToPrevious()
    expect(s().before).toBeNull()
  })
})
