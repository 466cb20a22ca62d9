import { beforeEach, describe, expect, it } from 'vitest'
import type { EngineClient, EvaluateOutcome } from '../worker/client'
import { createInProcessClient } from '../worker/inProcessClient'
import {
  BAD_LINK_NOTICE,
  type EffectsEnv,
  LINK_TOO_LONG,
  restoreWorkspace,
  SAVE_AT_ONCE_CHARS,
  SAVE_FAILED_NOTICE,
  SAVE_PAUSE_MS,
  startEffects,
} from './effects'
import { decodeShareHash, encodeShareHash } from './shareLink'
import { DEFAULT_SETTINGS } from './snapshot'
import { MemoryStorage } from './memoryStorage'
import { createPrefsStore, createSnapshotStore, STORAGE_KEY } from './storage'
import { type AppState, type AppStore, createAppStore } from './store'

const SEED = `apiVersion: v1
kind: Pod
metadata: {name: pod-with-host-pid-and-ipc}
spec:
  hostPID: true
  hostIPC: true
  containers:
  - image: luska/kubia
    name: kubia
    ports:
    - containerPort: 8080
      hostPort: 9000
      protocol: TCP
`
const starter = { id: 'host-pid-ipc', pod: SEED, policy: '' }

function makeEnv(hash = '', backing = new MemoryStorage()) {
  const deferred: (() => void)[] = []
  const env: EffectsEnv & { hash: string; clipboard: string[] } = {
    hash,
    clipboard: [],
    defer: (cb) => deferred.push(cb),
    storage: createSnapshotStore(backing),
    getHash: () => env.hash,
    clearHash: () => {
      env.hash = ''
    },
    baseUrl: () => 'http://127.0.0.1:41731/',
    writeClipboard: async (t) => {
      env.clipboard.push(t)
    },
  }
  /** Runs the queued animation deferred and lets the client's promises settle. */
  const runDeferred = async () => {
    while (deferred.length) deferred.shift()!()
    for (let i = 0; i < 5; i++) await Promise.resolve()
  }
  return { env, deferred, backing, runDeferred }
}

/** A client that records its inputs and answers through the real engine. */
function recordingClient() {
  const inner = createInProcessClient()
  const inputs: string[] = []
  const client: EngineClient = {
    ...inner,
    evaluate(input, options) {
      inputs.push(input.pod)
      return inner.evaluate(input, options)
    },
    view: (request) => inner.view(request),
    explain: (input, query) => inner.explain(input, query),
    dispose: () => inner.dispose(),
  }
  return { client, inputs }
}

/** The first workload's whole report, as its open card holds it. */
const firstCard = (s: AppState) => {
  const key = s.view?.rows[0]?.key
  return key === undefined ? undefined : s.view?.cards[key]
}

let store: AppStore
beforeEach(() => {
  store = createAppStore()
})

describe('restoreWorkspace', () => {
  it('loads the starter example on a first visit', () => {
    const { env } = makeEnv()
    restoreWorkspace(store, env, starter)
    expect(store.getState()).toMatchObject({ pod: SEED, policy: '', exampleId: 'host-pid-ipc' })
    expect(store.getState().notice).toBeNull()
  })

  it('restores both editors and the settings from local storage', () => {
    const backing = new MemoryStorage()
    const saved = {
      pod: 'a: 1',
      policy: 'b: 2',
      settings: { ...DEFAULT_SETTINGS, level: 'baseline' },
    }
    backing.setItem(STORAGE_KEY, JSON.stringify(saved))
    const { env } = makeEnv('', backing)
    restoreWorkspace(store, env, starter)
    expect(store.getState()).toMatchObject(saved)
  })

  it('a share link wins over local storage and is cleared from the address bar', () => {
    const backing = new MemoryStorage()
    backing.setItem(STORAGE_KEY, JSON.stringify({ pod: 'old', policy: 'old', settings: {} }))
    const shared = {
      pod: 'kind: Pod',
      policy: 'kind: Namespace',
      settings: { ...DEFAULT_SETTINGS, runtime: 'cri-o' as const },
    }
    const { env } = makeEnv(encodeShareHash(shared), backing)
    restoreWorkspace(store, env, starter)
    expect(store.getState()).toMatchObject(shared)
    expect(env.hash).toBe('')
  })

  // issue 9: a broken link used to replace the saved work with the starter example
  it('a bad link shows a notice and leaves the saved work as it was', () => {
    const backing = new MemoryStorage()
    backing.setItem(STORAGE_KEY, JSON.stringify({ pod: 'old', policy: 'old' }))
    const { env } = makeEnv('#v1/not-a-link', backing)
    restoreWorkspace(store, env, starter)
    expect(store.getState()).toMatchObject({ pod: 'old', policy: 'old', previous: null })
    expect(store.getState().notice).toContain(BAD_LINK_NOTICE)
    expect(env.hash).toBe('')
  })

  it.each([['#top'], ['#section-2'], ['#garbage!!']])(
    'a hash that is not a podplay link (%s) is left alone',
    (hash) => {
      const backing = new MemoryStorage()
      backing.setItem(STORAGE_KEY, JSON.stringify({ pod: 'old', policy: 'old' }))
      const { env } = makeEnv(hash, backing)
      restoreWorkspace(store, env, starter)
      expect(store.getState()).toMatchObject({ pod: 'old', policy: 'old', notice: null })
      expect(env.hash).toBe(hash)
    },
  )

  it('a share link opens as a new workspace; the saved work is one click away', () => {
    const backing = new MemoryStorage()
    backing.setItem(STORAGE_KEY, JSON.stringify({ pod: 'mine', policy: 'p' }))
    const shared = { pod: 'kind: Pod', policy: '', settings: DEFAULT_SETTINGS }
    const { env } = makeEnv(encodeShareHash(shared), backing)
    restoreWorkspace(store, env, starter)
    expect(store.getState()).toMatchObject({ pod: 'kind: Pod', previous: { pod: 'mine' } })
    store.getState().returnToPrevious()
    expect(store.getState()).toMatchObject({ pod: 'mine', policy: 'p', previous: null })
  })

  it('a share link to the work already open keeps nothing to go back to', () => {
    const backing = new MemoryStorage()
    const same = { pod: 'same', policy: '', settings: DEFAULT_SETTINGS }
    backing.setItem(STORAGE_KEY, JSON.stringify(same))
    const { env } = makeEnv(encodeShareHash(same), backing)
    restoreWorkspace(store, env, starter)
    expect(store.getState()).toMatchObject({ pod: 'same', previous: null })
  })

  it('ignores an unreadable storage entry', () => {
    const backing = new MemoryStorage()
    backing.setItem(STORAGE_KEY, '{not json')
    const { env } = makeEnv('', backing)
    restoreWorkspace(store, env, starter)
    expect(store.getState().pod).toBe(SEED)
  })
})

describe('startEffects', () => {
  it('evaluates the starting texts and puts the report in the store', async () => {
    const { env, runDeferred } = makeEnv()
    restoreWorkspace(store, env, starter)
    startEffects(store, createInProcessClient(), env)
    expect(store.getState().status).toBe('idle')
    await runDeferred()
    const s = store.getState()
    expect(s.status).toBe('ok')
    const w = firstCard(s)
    expect(w?.effective.hostPID).toBe(true)
    expect(w?.effective.hostPorts[0]?.hostPort).toBe(9000)
  })

  it('coalesces many edits within one task into one evaluation of the latest text', async () => {
    const { env, deferred, runDeferred } = makeEnv()
    restoreWorkspace(store, env, starter)
    const { client, inputs } = recordingClient()
    startEffects(store, client, env)
    await runDeferred()
    inputs.length = 0
    const s = store.getState()
    s.setText('pod', `${SEED}  securityContext: {runAsUser: 1}\n`)
    s.setText('pod', `${SEED}  securityContext: {runAsUser: 40}\n`)
    s.setText('pod', `${SEED}  securityContext: {runAsUser: 405}\n`)
    expect(deferred).toHaveLength(1)
    await runDeferred()
    expect(inputs).toEqual([`${SEED}  securityContext: {runAsUser: 405}\n`])
    expect(firstCard(store.getState())?.effective.containers[0]?.runAsUser).toBe(405)
  })

  it('re-evaluates when a setting changes', async () => {
    const { env, runDeferred } = makeEnv()
    restoreWorkspace(store, env, starter)
    startEffects(store, createInProcessClient(), env)
    await runDeferred()
    expect(firstCard(store.getState())?.effective.runtime).toBe('containerd')
    store.getState().setSettings({ runtime: 'cri-o' })
    await runDeferred()
    expect(firstCard(store.getState())?.effective.runtime).toBe('cri-o')
  })

  it('does not evaluate again when nothing relevant changed', async () => {
    const { env, deferred, runDeferred } = makeEnv()
    restoreWorkspace(store, env, starter)
    const { client, inputs } = recordingClient()
    startEffects(store, client, env)
    await runDeferred()
    store.getState().setNotice('hello')
    store.getState().revealLocation({ editor: 'pod', line: 1, column: 1 })
    store.getState().setText('pod', store.getState().pod)
    expect(deferred).toHaveLength(0)
    expect(inputs).toHaveLength(1)
  })

  it('persists both editors and the settings so a reload restores them', async () => {
    const { env, backing, runDeferred } = makeEnv()
    restoreWorkspace(store, env, starter)
    startEffects(store, createInProcessClient(), env)
    store.getState().setText('policy', 'kind: Namespace\n')
    store.getState().setSettings({ level: 'restricted' })
    await runDeferred()
    const reloaded = createAppStore()
    restoreWorkspace(reloaded, makeEnv('', backing).env, starter)
    expect(reloaded.getState()).toMatchObject({
      pod: SEED,
      policy: 'kind: Namespace\n',
      settings: { level: 'restricted' },
    })
  })

  it('keeps the theme and pane sizes locally, without evaluating again or sharing them', async () => {
    const { env, backing, runDeferred } = makeEnv()
    env.prefs = createPrefsStore(backing)
    const client = recordingClient()
    const store = createAppStore()
    restoreWorkspace(store, env, starter)
    const actions = startEffects(store, client.client, env)
    await runDeferred()
    const evaluations = client.inputs.length
    store.getState().setPrefs({ theme: 'dark', panes: [0.25, 0.25, 0.5] })
    await runDeferred()
    expect(client.inputs.length).toBe(evaluations)
    expect(decodeShareHash(new URL(actions.shareLink()).hash)).not.toHaveProperty(
      'snapshot.settings.theme',
    )
    actions.stop()
    const reloaded = createAppStore()
    restoreWorkspace(reloaded, env, starter)
    expect(reloaded.getState().prefs).toEqual({ theme: 'dark', panes: [0.25, 0.25, 0.5] })
  })

  it('saves a big workspace once typing pauses, or when the page is left', async () => {
    const { env, backing, runDeferred } = makeEnv()
    const timers: { cb: () => void; ms: number; cancelled: boolean }[] = []
    env.later = (cb, ms) => {
      const t = { cb, ms, cancelled: false }
      timers.push(t)
      return () => {
        t.cancelled = true
      }
    }
    let leave = () => {}
    env.onLeave = (cb) => {
      leave = cb
      return () => {}
    }
    restoreWorkspace(store, env, starter)
    startEffects(store, createInProcessClient(), env)
    const saved = () => JSON.parse(backing.getItem(STORAGE_KEY) ?? '{}').pod
    const big = (n: number) => `# ${'x'.repeat(SAVE_AT_ONCE_CHARS)}${n}\n${SEED}`
    // a small workspace is saved at once
    await runDeferred()
    expect(saved()).toBe(SEED)
    store.getState().setText('pod', big(1))
    await runDeferred()
    store.getState().setText('pod', big(2))
    await runDeferred()
    expect(saved()).toBe(SEED)
    expect(timers.map((t) => [t.ms, t.cancelled])).toEqual([
      [SAVE_PAUSE_MS, true],
      [SAVE_PAUSE_MS, false],
    ])
    timers[1]!.cb()
    expect(saved()).toBe(big(2))
    store.getState().setText('pod', big(3))
    await runDeferred()
    leave()
    expect(saved()).toBe(big(3))
  })

  it('a failure is kept as data and the previous report stays', async () => {
    const { env, runDeferred } = makeEnv()
    restoreWorkspace(store, env, starter)
    let fail = false
    const inner = createInProcessClient()
    const client: EngineClient = {
      ...inner,
      evaluate: (input, o): Promise<EvaluateOutcome> =>
        fail
          ? Promise.resolve({ status: 'failed', message: 'evaluation stopped: took too long' })
          : inner.evaluate(input, o),
      view: (request) => inner.view(request),
      explain: (input, q) => inner.explain(input, q),
      dispose: () => {},
    }
    startEffects(store, client, env)
    await runDeferred()
    const good = store.getState().view
    fail = true
    store.getState().setText('pod', 'a: b')
    await runDeferred()
    expect(store.getState()).toMatchObject({
      status: 'failed',
      failure: 'evaluation stopped: took too long',
      view: good,
    })
    fail = false
    store.getState().setText('pod', SEED)
    await runDeferred()
    expect(store.getState()).toMatchObject({ status: 'ok', failure: null })
  })

  it('with many workloads, sends rows and only the cards the user opens', async () => {
    const { env, runDeferred } = makeEnv()
    restoreWorkspace(store, env, starter)
    startEffects(store, createInProcessClient(), env)
    const pods = Array.from({ length: 40 }, (_, i) =>
      SEED.replace('pod-with-host-pid-and-ipc', `p${i}`),
    )
    store.getState().setText('pod', pods.join('---\n'))
    await runDeferred()
    const rows = store.getState().view?.rows ?? []
    expect(rows).toHaveLength(40)
    expect(Object.keys(store.getState().view?.cards ?? {})).toEqual([])
    store.getState().toggleCard(rows[7]!.key)
    await runDeferred()
    const view = store.getState().view!
    expect(Object.keys(view.cards)).toEqual([rows[7]!.key])
    expect(view.cards[rows[7]!.key]?.name).toBe('p7')
    // the rows did not change, so they are the same objects (React redraws nothing there)
    expect(view.rows.every((r, i) => r === rows[i])).toBe(true)
    store.getState().toggleCard(rows[7]!.key)
    await runDeferred()
    expect(Object.keys(store.getState().view!.cards)).toEqual([])
  })

  it('ignores superseded outcomes', async () => {
    const { env, runDeferred } = makeEnv()
    restoreWorkspace(store, env, starter)
    startEffects(
      store,
      {
        evaluate: () => Promise.resolve({ status: 'superseded' }),
        view: () => Promise.resolve({ status: 'superseded' }),
        explain: () => Promise.resolve({ status: 'superseded' }),
        fixes: () => Promise.resolve({ status: 'superseded' }),
        fixAll: () => Promise.resolve({ status: 'superseded' }),
        leastPrivilege: () => Promise.resolve({ status: 'superseded' }),
        schema: () => Promise.resolve({ status: 'superseded' }),
        dispose: () => {},
      },
      env,
    )
    await runDeferred()
    expect(store.getState()).toMatchObject({ status: 'pending', view: null })
  })

  it('copies a share link that decodes to the current workspace', async () => {
    const { env, runDeferred } = makeEnv()
    restoreWorkspace(store, env, starter)
    const actions = startEffects(store, createInProcessClient(), env)
    store.getState().setSettings({ level: 'baseline' })
    await runDeferred()
    const result = await actions.copyShareLink()
    expect(result.copied).toBe(true)
    expect(env.clipboard).toEqual([result.text])
    const url = new URL(result.text)
    expect(url.origin).toBe('http://127.0.0.1:41731')
    expect(decodeShareHash(url.hash)).toEqual({
      status: 'ok',
      snapshot: { pod: SEED, policy: '', settings: { ...DEFAULT_SETTINGS, level: 'baseline' } },
    })
  })

  it('copies a Markdown summary of the report', async () => {
    const { env, runDeferred } = makeEnv()
    restoreWorkspace(store, env, starter)
    const actions = startEffects(store, createInProcessClient(), env)
    await runDeferred()
    const result = await actions.copyMarkdown()
    expect(result?.copied).toBe(true)
    // names are escaped in Markdown text since issue 9 (`-` as `\-`)
    expect(result?.text).toMatch(/pod\\?-with\\?-host\\?-pid\\?-and\\?-ipc/)
    // it ends with the link to the same work (issue 11), the one Copy link gives
    expect(
      result?.text.trimEnd().endsWith(`[Open this in podplay](<${actions.shareLink()}>)`),
    ).toBe(true)
  })

  it('reports an uncopyable clipboard without throwing', async () => {
    const { env } = makeEnv()
    env.writeClipboard = () => Promise.reject(new Error('denied'))
    restoreWorkspace(store, env, starter)
    const actions = startEffects(store, createInProcessClient(), env)
    await expect(actions.copyShareLink()).resolves.toMatchObject({ copied: false })
  })

  it('explains the selected connection, again after each new report, and forgets it when cleared', async () => {
    const { env, runDeferred } = makeEnv()
    restoreWorkspace(store, env, starter)
    const inner = createInProcessClient()
    const asked: string[] = []
    const client: EngineClient = {
      ...inner,
      evaluate: (input, o) => inner.evaluate(input, o),
      view: (request) => inner.view(request),
      explain: (input, q) => {
        asked.push(`${q.from}>${q.to}:${input.pod.length}`)
        return Promise.resolve({
          status: 'ok',
          explanation: {
            allowed: true,
            text: `explained ${input.pod.length}`,
            egress: {} as never,
            ingress: {} as never,
          },
        })
      },
      dispose: () => {},
    }
    startEffects(store, client, env)
    await runDeferred()
    const q = { from: 'x/a', to: 'y/b', port: 80, protocol: 'TCP' }
    store.getState().selectConnection(q)
    await runDeferred()
    expect(store.getState().explanation).toMatchObject({
      query: q,
      explanation: { text: `explained ${SEED.length}` },
    })
    store.getState().setText('pod', `${SEED}# more\n`)
    await runDeferred()
    expect(store.getState().explanation?.explanation?.text).toBe(`explained ${SEED.length + 7}`)
    expect(asked).toEqual([`x/a>y/b:${SEED.length}`, `x/a>y/b:${SEED.length + 7}`])
    store.getState().selectConnection(null)
    expect(store.getState().explanation).toBeNull()
  })

  it('a share link pasted into the open tab loads without a reload', async () => {
    const { env, runDeferred } = makeEnv()
    let fire: () => void = () => {}
    let watching = false
    env.onHashChange = (cb) => {
      fire = cb
      watching = true
      return () => {
        watching = false
      }
    }
    restoreWorkspace(store, env, starter)
    const actions = startEffects(store, createInProcessClient(), env)
    await runDeferred()
    const shared = { pod: 'kind: Pod\n', policy: '# p\n', settings: DEFAULT_SETTINGS }
    env.hash = encodeShareHash(shared)
    fire()
    expect(store.getState()).toMatchObject({ pod: 'kind: Pod\n', policy: '# p\n' })
    expect(env.hash).toBe('')
    expect(store.getState().previous).toMatchObject({ pod: SEED })
    // issue 9: a broken link pasted into the tab leaves the open work alone
    env.hash = '#v1/garbage'
    fire()
    expect(store.getState().pod).toBe('kind: Pod\n')
    expect(store.getState().notice).toContain(BAD_LINK_NOTICE)
    env.hash = '#top'
    fire()
    expect(env.hash).toBe('#top')
    expect(store.getState().pod).toBe('kind: Pod\n')
    actions.stop()
    expect(watching).toBe(false)
  })

  it('each tab reloads its own text; a new tab starts from the last edit of any tab', async () => {
    const local = new MemoryStorage()
    const tab = (session: MemoryStorage) => {
      const { env, runDeferred } = makeEnv('', local)
      env.storage = createSnapshotStore(local, session)
      return { env, runDeferred }
    }
    const sessionA = new MemoryStorage()
    const sessionB = new MemoryStorage()
    for (const [session, text] of [
      [sessionA, 'a: 1\n'],
      [sessionB, 'b: 2\n'],
    ] as const) {
      const s = createAppStore()
      const { env, runDeferred } = tab(session)
      restoreWorkspace(s, env, starter)
      startEffects(s, createInProcessClient(), env)
      s.getState().setText('pod', text)
      await runDeferred()
    }
    const reload = (session: MemoryStorage) => {
      const s = createAppStore()
      restoreWorkspace(s, tab(session).env, starter)
      return s.getState().pod
    }
    expect(reload(sessionA)).toBe('a: 1\n')
    expect(reload(sessionB)).toBe('b: 2\n')
    expect(reload(new MemoryStorage())).toBe('b: 2\n')
  })

  it('a failed save is said once, plainly, until a save works again', async () => {
    const backing = new MemoryStorage()
    let full = true
    backing.setItem = (k, v) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError')
      backing.map.set(k, v)
    }
    const { env, runDeferred } = makeEnv('', backing)
    restoreWorkspace(store, env, starter)
    startEffects(store, createInProcessClient(), env)
    await runDeferred()
    expect(store.getState().notice).toBe(SAVE_FAILED_NOTICE)
    store.getState().setNotice(null)
    store.getState().setText('pod', 'x: 1\n')
    await runDeferred()
    expect(store.getState().notice).toBeNull()
    full = false
    store.getState().setText('pod', 'x: 2\n')
    await runDeferred()
    full = true
    store.getState().setText('pod', 'x: 3\n')
    await runDeferred()
    expect(store.getState().notice).toBe(SAVE_FAILED_NOTICE)
  })

  it('a workspace too large for a link says so instead of copying a link no browser opens', async () => {
    const { env } = makeEnv()
    restoreWorkspace(store, env, starter)
    const actions = startEffects(store, createInProcessClient(), env)
    // random text does not compress: its link is longer than MAX_LINK_CHARS
    let seed = 42
    const random = Array.from({ length: 2_000_000 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return String.fromCharCode(33 + ((seed >>> 24) % 90))
    }).join('')
    store.getState().setText('pod', random)
    await expect(actions.copyShareLink()).resolves.toEqual({ text: LINK_TOO_LONG, copied: false })
    expect(env.clipboard).toEqual([])
  })

  it('stop() ends evaluations', async () => {
    const { env, deferred, runDeferred } = makeEnv()
    restoreWorkspace(store, env, starter)
    const actions = startEffects(store, createInProcessClient(), env)
    await runDeferred()
    actions.stop()
    store.getState().setText('pod', 'x: 1')
    expect(deferred).toHaveLength(0)
  })
})

describe('compare mode (issue 11)', () => {
  const AFTER = SEED.replace('spec:\n', 'spec:\n  hostNetwork: true\n')

  it('evaluates both sides and puts what the change does in the store, riskiest first', async () => {
    const { env, runDeferred } = makeEnv()
    restoreWorkspace(store, env, starter)
    startEffects(store, createInProcessClient(), env)
    await runDeferred()
    expect(store.getState().compare).toBeNull()
    store.getState().setCompare(true)
    await runDeferred()
    expect(store.getState().compare).toEqual({
      changes: [],
      beforeErrors: 0,
      afterErrors: 0,
      beforeMarkers: [],
    })
    store.getState().setText('pod', AFTER)
    await runDeferred()
    expect(store.getState().compare?.changes[0]).toMatchObject({
      field: 'hostNetwork',
      direction: 'more',
      before: false,
      after: true,
    })
    store.getState().setCompare(false)
    await runDeferred()
    expect(store.getState().compare).toBeNull()
  })

  it("puts the before side's markers in the store, from its latest text", async () => {
    const { env, runDeferred } = makeEnv()
    restoreWorkspace(store, env, starter)
    startEffects(store, createInProcessClient(), env)
    store.getState().setCompare(true)
    await runDeferred()
    const broken = `${SEED}x: y: z\n`
    const brokenLine = broken.split('\n').length - 1
    store.getState().setBefore(broken)
    await runDeferred()
    const markers = store.getState().compare?.beforeMarkers ?? []
    expect(markers.map((m) => [m.severity, m.startLineNumber])).toContainEqual([
      'error',
      brokenLine,
    ])
    // fixed, then broken again, then fixed before the engine answers: the last text counts
    store.getState().setBefore(SEED)
    store.getState().setBefore(broken)
    store.getState().setBefore(SEED)
    await runDeferred()
    expect(store.getState().compare?.beforeMarkers).toEqual([])
    // the after side's own markers are not the before side's
    store.getState().setBefore(broken)
    await runDeferred()
    expect(store.getState().view?.markers.pod.some((m) => m.severity === 'error')).toBe(false)
  })

  it('saves the before side with the workspace, and a reload restores compare mode', async () => {
    const backing = new MemoryStorage()
    const { env, runDeferred } = makeEnv('', backing)
    restoreWorkspace(store, env, starter)
    startEffects(store, createInProcessClient(), env)
    store.getState().setCompare(true)
    store.getState().setText('pod', AFTER)
    await runDeferred()
    const reloaded = createAppStore()
    restoreWorkspace(reloaded, makeEnv('', backing).env, starter)
    expect(reloaded.getState()).toMatchObject({ pod: AFTER, before: SEED })
  })

  it('the share link and the Markdown carry both sides', async () => {
    const { env, runDeferred } = makeEnv()
    restoreWorkspace(store, env, starter)
    const actions = startEffects(store, createInProcessClient(), env)
    store.getState().setCompare(true)
    store.getState().setText('pod', AFTER)
    await runDeferred()
    const link = await actions.copyShareLink()
    const decoded = decodeShareHash(new URL(link.text).hash)
    expect(decoded).toEqual({
      status: 'ok',
      snapshot: { pod: AFTER, policy: '', settings: DEFAULT_SETTINGS, before: SEED },
    })
    const opened = createAppStore()
    restoreWorkspace(opened, makeEnv(new URL(link.text).hash).env, starter)
    expect(opened.getState()).toMatchObject({ pod: AFTER, before: SEED })
    const markdown = await actions.copyMarkdown()
    expect(markdown?.text).toContain('## podplay diff')
    expect(markdown?.text).toMatch(/hostNetwork/)
    expect(markdown?.text).toContain('## podplay report')
  })

  it('a share link to the same texts but another mode is other work, kept one click away', async () => {
    const { env } = makeEnv()
    restoreWorkspace(store, env, starter)
    let fire: () => void = () => {}
    env.onHashChange = (cb) => {
      fire = cb
      return () => {}
    }
    const actions = startEffects(store, createInProcessClient(), env)
    env.hash = encodeShareHash({ pod: SEED, policy: '', settings: DEFAULT_SETTINGS, before: SEED })
    fire()
    expect(store.getState().before).toBe(SEED)
    expect(store.getState().previous).toMatchObject({ pod: SEED })
    expect(store.getState().previous?.before).toBeUndefined()
    actions.stop()
  })
})
