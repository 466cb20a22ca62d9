/** A pick in the summary table opens the card (it stays open) and asks for it again each time. */
import { describe, expect, it } from 'vitest'
import { viewRequest } from '../selectors'
import { ADMISSION_PAGE } from '../../worker/view'
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

describe("focusAdmission (a workload card's VAP badge)", () => {
  it.each([
    ['an entry on the first page', [3, 4], ADMISSION_PAGE],
    ['the last entry of the first page', [ADMISSION_PAGE - 1], ADMISSION_PAGE],
    ['an entry on the third page', [2 * ADMISSION_PAGE + 5], 3 * ADMISSION_PAGE],
  ])('%s', (_name, results, limit) => {
    const store = createAppStore()
    store.getState().focusAdmission(results)
    expect(store.getState().admissionLimit).toBe(limit)
    expect(viewRequest(store.getState()).admission).toBe(limit)
    expect(store.getState().focusedAdmission).toEqual({ results, seq: 1 })
    store.getState().focusAdmission(results)
    expect(store.getState().focusedAdmission?.seq).toBe(2)
  })

  it('never shows fewer entries than asked before', () => {
    const store = createAppStore()
    store.setState({ admissionLimit: 4 * ADMISSION_PAGE })
    store.getState().focusAdmission([1])
    expect(store.getState().admissionLimit).toBe(4 * ADMISSION_PAGE)
  })
})
