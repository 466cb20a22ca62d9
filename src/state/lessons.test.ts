/**
 * Lessons in the store (issue 12): progress read back from storage is validated, the shown step's
 * goal is asked of the engine with each report and marks the step done when met, progress is
 * saved, and loading an example or a step keeps edited work one click away.
 */
import { describe, expect, it } from 'vitest'
import { LESSON_STEPS } from '../engine/lessons/data'
import { createInProcessClient } from '../worker/inProcessClient'
import { type EffectsEnv, restoreWorkspace, startEffects } from './effects'
import { isEdited, loadedReplaced, viewRequest } from './selectors'
import {
  createLessonProgressStore,
  createSnapshotStore,
  type KeyValueStorage,
  LESSONS_KEY,
  type LessonProgress,
  sanitizeLessonProgress,
} from './storage'
import { createAppStore } from './store'
import { MemoryStorage } from './memoryStorage'

const EMPTY: LessonProgress = { open: false, step: null, done: [], solutionsShown: [], hints: {} }

describe('sanitizeLessonProgress', () => {
  const cases: [string, unknown, LessonProgress | null][] = [
    ['not an object', 'open', null],
    ['null', null, null],
    ['an array', [], null],
    ['an empty object', {}, EMPTY],
    [
      'a whole record',
      {
        open: true,
        step: 'users/run-as-user',
        done: ['host/pid-ipc'],
        solutionsShown: [],
        hints: { 'users/run-as-user': 2 },
      },
      {
        open: true,
        step: 'users/run-as-user',
        done: ['host/pid-ipc'],
        solutionsShown: [],
        hints: { 'users/run-as-user': 2 },
      },
    ],
    ['progress saved before hints were kept', { done: ['a/b'] }, { ...EMPTY, done: ['a/b'] }],
    [
      'hint counts keep step ids with whole counts from 1 to 20',
      { hints: { 'a/b': 1, 'c/d': 20, 'e/f': 21, 'g/h': 0, 'i/j': 1.5, 'k/l': '2', '<x>': 1 } },
      { ...EMPTY, hints: { 'a/b': 1, 'c/d': 20 } },
    ],
    ['hints that are not a record', { hints: [1, 2] }, EMPTY],
    [
      'a prototype key among the hints is dropped',
      JSON.parse('{"hints": {"__proto__": 1}}'),
      EMPTY,
    ],
    ['open only when true', { open: 'yes' }, EMPTY],
    ['a step that is not an id', { step: '<img src=x>' }, EMPTY],
    ['a step that is not a string', { step: 7 }, EMPTY],
    [
      'lists keep ids only, once',
      { done: ['a/b', 'a/b', 3, null, '../x', 'A/B'], solutionsShown: 'a/b' },
      { ...EMPTY, done: ['a/b'] },
    ],
    ['a prototype key is just data', JSON.parse('{"__proto__": {"open": true}}'), EMPTY],
  ]
  it.each(cases)('%s', (_, raw, expected) => {
    expect(sanitizeLessonProgress(raw)).toEqual(expected)
  })

  it('reads hint counts into a record without a prototype', () => {
    const { hints } = sanitizeLessonProgress({ hints: { 'a/b': 1 } })!
    expect(Object.getPrototypeOf(hints)).toBeNull()
    expect(sanitizeLessonProgress({ hints: { 'a/b': 1 } })!.hints.toString).toBeUndefined()
  })

  it('keeps at most 200 ids', () => {
    const done = Array.from({ length: 300 }, (_, i) => `l/s${i}`)
    expect(sanitizeLessonProgress({ done })!.done).toHaveLength(200)
  })
})

describe('createLessonProgressStore', () => {
  it('saves and loads the progress; unreadable entries are ignored', () => {
    const backing = new MemoryStorage()
    const store = createLessonProgressStore(backing)
    expect(store.load()).toBeNull()
    const p: LessonProgress = {
      open: true,
      step: 'a/b',
      done: ['a/b'],
      solutionsShown: ['a/b'],
      hints: { 'a/b': 1 },
    }
    expect(store.save(p)).toBe(true)
    expect(store.load()).toEqual(p)
    backing.setItem(LESSONS_KEY, '{not json')
    expect(store.load()).toBeNull()
  })

  it('reports a save that fails instead of throwing', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
      removeItem: () => {},
    }
    expect(createLessonProgressStore(full).save(EMPTY)).toBe(false)
  })
})

describe('openWork and isEdited', () => {
  const example = { pod: 'kind: Pod # example', policy: '' }
  const step = { pod: 'kind: Pod # step', policy: 'kind: Namespace' }

  it('loaded texts are not edited until they change; own work is', () => {
    const store = createAppStore()
    expect(isEdited(store.getState())).toBe(false)
    store.getState().loadTexts('mine', '', null)
    expect(isEdited(store.getState())).toBe(true)
    store.getState().openWork(example, 'example', 'ex')
    expect(isEdited(store.getState())).toBe(false)
    store.getState().setText('policy', 'x')
    expect(isEdited(store.getState())).toBe(true)
  })

  it('keeps edited work as previous, with what replaced it', () => {
    const store = createAppStore()
    store.getState().openWork(example, 'example', 'ex')
    store.getState().setText('pod', 'edited')
    store.getState().openWork(step, 'lesson', null)
    expect(store.getState()).toMatchObject({
      pod: step.pod,
      policy: step.policy,
      exampleId: null,
      previous: { pod: 'edited', policy: '' },
      previousFrom: 'lesson',
    })
    store.getState().returnToPrevious()
    expect(store.getState()).toMatchObject({ pod: 'edited', previous: null, loaded: null })
  })

  it('does not keep unedited texts, nor when told not to', () => {
    const store = createAppStore()
    store.getState().openWork(example, 'example', 'ex')
    store.getState().openWork(step, 'lesson', null)
    expect(store.getState().previous).toBeNull()
    store.getState().setText('pod', 'finished step')
    store.getState().openWork(example, 'example', 'ex', false)
    expect(store.getState().previous).toBeNull()
  })
})

it('viewRequest asks for the shown step’s goal only while the panel is open', () => {
  const store = createAppStore()
  store.getState().selectStep('users/run-as-user')
  expect(viewRequest(store.getState()).goal).toBeUndefined()
  store.getState().setLessonsOpen(true)
  expect(viewRequest(store.getState()).goal).toBe('users/run-as-user')
})

describe('lessons through the effects and the engine', () => {
  const step = LESSON_STEPS.find((s) => s.id === 'users/run-as-user')!

  function setup(saved?: LessonProgress) {
    const deferred: (() => void)[] = []
    const backing = new MemoryStorage()
    const lessons = createLessonProgressStore(backing)
    if (saved) lessons.save(saved)
    const env: EffectsEnv = {
      defer: (cb) => deferred.push(cb),
      storage: createSnapshotStore(new MemoryStorage()),
      lessons,
      getHash: () => '',
      clearHash: () => {},
      baseUrl: () => 'http://127.0.0.1/',
    }
    const store = createAppStore()
    restoreWorkspace(store, env, { id: 'start', pod: step.start.pod, policy: step.start.policy })
    const actions = startEffects(store, createInProcessClient(), env)
    const settle = async () => {
      while (deferred.length) deferred.shift()!()
      for (let i = 0; i < 5; i++) await Promise.resolve()
    }
    return { store, lessons, actions, settle }
  }

  it('restores the progress, checks the goal on each report and marks the step done', async () => {
    const { store, lessons, actions, settle } = setup({
      open: true,
      step: step.id,
      done: ['host/pid-ipc'],
      solutionsShown: [],
      hints: {},
    })
    expect(store.getState()).toMatchObject({ lessonsOpen: true, lessonStep: step.id })
    await settle()
    const start = store.getState().view?.goal
    expect(start).toMatchObject({ step: step.id, met: false })
    expect(start!.missing.length).toBeGreaterThan(0)
    expect(store.getState().lessonsDone).toEqual(['host/pid-ipc'])

    store.getState().setText('pod', step.solution.pod)
    store.getState().setText('policy', step.solution.policy)
    await settle()
    expect(store.getState().view?.goal).toEqual({ step: step.id, met: true, missing: [] })
    expect(store.getState().lessonsDone).toEqual(['host/pid-ipc', step.id])
    expect(lessons.load()).toMatchObject({
      open: true,
      step: step.id,
      done: ['host/pid-ipc', step.id],
    })
    actions.stop()
  })

  it('saves the hints revealed, and a reload shows them again', async () => {
    const { store, lessons, actions, settle } = setup()
    store.getState().setLessonsOpen(true)
    store.getState().selectStep(step.id)
    store.getState().revealHint(step.id, step.hints.length)
    await settle()
    expect(lessons.load()?.hints).toEqual({ [step.id]: 1 })
    actions.stop()

    const reloaded = setup(lessons.load()!)
    expect(reloaded.store.getState().hintsRevealed[step.id]).toBe(1)
    reloaded.actions.stop()
  })

  it('a goal met for another step does not mark the shown one', async () => {
    const { store, actions, settle } = setup()
    store.getState().loadTexts(step.solution.pod, step.solution.policy, null)
    store.getState().setLessonsOpen(true)
    const other = LESSON_STEPS.find((s) => s.id !== step.id)!
    store.getState().selectStep(other.id)
    await settle()
    expect(store.getState().view?.goal).toMatchObject({ step: other.id, met: false })
    // choosing a step asks the worker for its goal on the same report, without an evaluation
    store.getState().selectStep(step.id)
    await settle()
    expect(store.getState().view?.goal).toMatchObject({ step: step.id, met: true })
    expect(store.getState().lessonsDone).toEqual([step.id])
    store.getState().setLessonsOpen(false)
    await settle()
    expect(store.getState().view?.goal).toBeNull()
    actions.stop()
  })
})

describe('loadedReplaced: the example is still what the editors hold, or a paste replaced it', () => {
  const loaded = {
    pod: 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  hostPID: true\n  containers:\n  - name: main\n    image: nginx\n',
    policy: 'kind: Namespace\nmetadata: {name: default}\n',
  }
  it.each([
    ['own work, nothing loaded', null, 'kind: Pod', '', false],
    ['as loaded', loaded, loaded.pod, loaded.policy, false],
    [
      'one line edited',
      loaded,
      loaded.pod.replace('hostPID: true', 'hostPID: false'),
      loaded.policy,
      false,
    ],
    [
      'a line removed and one added',
      loaded,
      `${loaded.pod.replace('  hostPID: true\n', '')}  hostIPC: true\n`,
      loaded.policy,
      false,
    ],
    [
      'another manifest pasted over the pod',
      loaded,
      'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: calico-node}\nspec:\n  template:\n    spec:\n      containers:\n      - name: calico\n',
      loaded.policy,
      true,
    ],
    ['both editors emptied', loaded, '', '', true],
    [
      "the example's lines only inside longer lines",
      loaded,
      '# apiVersion: v1\nx: kind: Pod\n- metadata: {name: web}\nspec: {}\n- hostPID: true\n- - name: main\n',
      'kind: Namespaces\n',
      true,
    ],
    [
      'as loaded, with CRLF line ends and tabs',
      loaded,
      loaded.pod.replaceAll('\n', '\r\n').replaceAll('  ', '\t'),
      loaded.policy.replaceAll('\n', '\r\n'),
      false,
    ],
    ['an empty example', { pod: '', policy: '' }, 'kind: Pod', '', false],
  ] as const)('%s', (_, l, pod, policy, replaced) => {
    expect(loadedReplaced({ loaded: l, pod, policy })).toBe(replaced)
  })
})
