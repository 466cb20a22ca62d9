/** A pick in the summary table opens the card (it stays open) and asks for it again each time. */
import { describe, expect, it } from 'vitest'
import { viewRequest } from '../selectors'
import { createAppStore } from '../store'

describe('focusCard', () => {
  it.each([
    ['a closed card', [], ['k'], ['k']],
    ['an open card stays open', ['k'], ['k'], ['k']],
    ['picked twice', [], ['k', 'k'], ['k']],
    ['two cards', ['a'], ['b', 'a'], ['a', 'b']],
  ])('%s', (_name, open, picks, after) => {
    const store = createAppStore()
    store.setState({ openCards: open })
    for (const k of picks) store.getState().focusCard(k)
    expect(store.getState().openCards).toEqual(after)
    expect(store.getState().focusedCard).toEqual({ key: picks.at(-1), seq: picks.length })
  })
})

describe('the objects not judged', () => {
  it('expanding the line asks the worker for them', () => {
    const store = createAppStore()
    expect(viewRequest(store.getState()).notJudged).toBe(false)
    store.getState().toggleNotJudged()
    expect(viewRequest(store.getState()).notJudged).toBe(true)
  })
})
