/** The lessons slice: hints revealed one at a time per step, up to the step's count, and restored. */
import { describe, expect, it } from 'vitest'
import { createAppStore } from '../store'

describe('revealHint', () => {
  const cases: [string, [string, number][], Record<string, number>][] = [
    ['one hint', [['a/b', 3]], { 'a/b': 1 }],
    [
      'one at a time',
      [
        ['a/b', 3],
        ['a/b', 3],
      ],
      { 'a/b': 2 },
    ],
    [
      'never more than the step has',
      [
        ['a/b', 1],
        ['a/b', 1],
        ['a/b', 1],
      ],
      { 'a/b': 1 },
    ],
    ['a step without hints', [['a/b', 0]], {}],
    [
      'each step its own count',
      [
        ['a/b', 2],
        ['c/d', 2],
        ['a/b', 2],
      ],
      { 'a/b': 2, 'c/d': 1 },
    ],
    ['a prototype name is just a step', [['__proto__', 2]], { ['__proto__']: 1 }],
  ]
  it.each(cases)('%s', (_, reveals, expected) => {
    const store = createAppStore()
    for (const [step, total] of reveals) store.getState().revealHint(step, total)
    const revealed = store.getState().hintsRevealed
    expect(Object.getPrototypeOf(revealed)).toBeNull()
    expect({ ...revealed }).toEqual(expected)
  })

  it('a reveal makes a new record (what the effects compare to save), a refused one does not', () => {
    const store = createAppStore()
    const before = store.getState().hintsRevealed
    store.getState().revealHint('a/b', 1)
    const after = store.getState().hintsRevealed
    expect(after).not.toBe(before)
    expect(before['a/b']).toBeUndefined()
    store.getState().revealHint('a/b', 1)
    expect(store.getState().hintsRevealed).toBe(after)
  })

  it('restoreLessons brings the counts back', () => {
    const store = createAppStore()
    const hints: Record<string, number> = Object.create(null)
    hints['a/b'] = 2
    store
      .getState()
      .restoreLessons({ open: true, step: 'a/b', done: [], solutionsShown: [], hints })
    expect(store.getState().hintsRevealed['a/b']).toBe(2)
    store.getState().revealHint('a/b', 3)
    expect(store.getState().hintsRevealed['a/b']).toBe(3)
  })
})
