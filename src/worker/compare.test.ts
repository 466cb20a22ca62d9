import { describe, expect, it } from 'vitest'
import { evaluate } from '../engine'
import { createCompareSession } from './compare'
import { createInProcessClient } from './inProcessClient'

const POD = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: default}
spec:
  containers:
  - name: main
    image: nginx
`
const withCapability = POD.replace(
  '    image: nginx\n',
  '    image: nginx\n    securityContext:\n      capabilities:\n        add: [NET_ADMIN]\n',
)
const withHostNetwork = POD.replace('spec:\n', 'spec:\n  hostNetwork: true\n')
const input = (pod: string) => ({ pod, policy: '' })

describe('createCompareSession', () => {
  it('sends nothing while not comparing', () => {
    const session = createCompareSession()
    const after = evaluate(input(POD))
    expect(session.compare(input(POD), undefined, after).view).toBeUndefined()
  })

  it('lists a capability gained as more privilege, with its words and where it stands', () => {
    const session = createCompareSession()
    const after = evaluate(input(withCapability))
    const view = session.compare(input(withCapability), POD, after).view
    expect(view?.beforeErrors).toBe(0)
    const first = view?.changes[0]
    expect(first).toMatchObject({
      workload: 'Pod default/web',
      direction: 'more',
      words: '+NET_ADMIN',
    })
    expect(first?.field).toContain('capabilities')
    expect(first?.at?.after).toEqual({ editor: 'pod', line: 1 })
  })

  it('says the reverse change gives privilege up', () => {
    const session = createCompareSession()
    const view = session.compare(input(POD), withHostNetwork, evaluate(input(POD))).view
    expect(view?.changes.map((c) => [c.field, c.direction])).toContainEqual(['hostNetwork', 'less'])
    expect(view?.changes.some((c) => c.direction === 'more')).toBe(false)
  })

  it('sends the view again only when it changed, and null once when comparing stops', () => {
    const session = createCompareSession()
    const same = session.compare(input(POD), POD, evaluate(input(POD))).view
    expect(same).toEqual({ changes: [], beforeErrors: 0, afterErrors: 0, beforeMarkers: [] })
    expect(session.compare(input(POD), POD, evaluate(input(POD))).view).toBeUndefined()
    const after = evaluate(input(withHostNetwork))
    const changed = session.compare(input(withHostNetwork), POD, after).view
    expect(changed?.changes[0]).toMatchObject({ field: 'hostNetwork', direction: 'more' })
    expect(session.compare(input(POD), undefined, evaluate(input(POD))).view).toBeNull()
    expect(session.compare(input(POD), undefined, evaluate(input(POD))).view).toBeUndefined()
  })

  it('sends the whole view again after a reply was lost', () => {
    const session = createCompareSession()
    expect(session.compare(input(POD), POD, evaluate(input(POD))).view).toBeDefined()
    session.forget()
    expect(session.compare(input(POD), POD, evaluate(input(POD))).view).toEqual({
      changes: [],
      beforeErrors: 0,
      afterErrors: 0,
      beforeMarkers: [],
    })
  })

  it('counts input errors on the before side', () => {
    const session = createCompareSession()
    const view = session.compare(input(POD), 'a: [', evaluate(input(POD))).view
    expect(view?.beforeErrors).toBeGreaterThan(0)
    expect(view?.afterErrors).toBe(0)
  })

  it('counts input errors on the after side: its unread workload reads as removed', () => {
    const session = createCompareSession()
    const broken = `${POD}  - a: [\n`
    const view = session.compare(input(broken), POD, evaluate(input(broken))).view
    expect(view?.afterErrors).toBeGreaterThan(0)
    expect(view?.beforeErrors).toBe(0)
    expect(view?.changes.some((c) => c.change === 'removed')).toBe(true)
  })

  it('gives the compare Markdown when comparing, the report otherwise', () => {
    const session = createCompareSession()
    const after = evaluate(input(withHostNetwork))
    const compared = session.compare(input(withHostNetwork), POD, after).markdown()
    expect(compared).toContain('## podplay diff')
    expect(compared).toContain('hostNetwork')
    expect(compared).toContain('## podplay report')
    const plain = session.compare(input(POD), undefined, evaluate(input(POD))).markdown()
    expect(plain).not.toContain('podplay diff')
    expect(plain).toContain('## podplay report')
  })
})

/** The namespace of POD at the restricted level: running as root is a violation. */
const RESTRICTED = `apiVersion: v1
kind: Namespace
metadata:
  name: default
  labels: {pod-security.kubernetes.io/enforce: restricted}
`
const lineOf = (text: string, part: string) =>
  text.split('\n').findIndex((l) => l.includes(part)) + 1
/** POD as the restricted level wants it, and the same running as root. */
const COMPLIANT = POD.replace(
  '    image: nginx\n',
  `    image: nginx
    securityContext:
      runAsNonRoot: true
      runAsUser: 1000
      allowPrivilegeEscalation: false
      capabilities: {drop: [ALL]}
      seccompProfile: {type: RuntimeDefault}
`,
)
const asRoot = COMPLIANT.replace('runAsUser: 1000', 'runAsUser: 0')

describe("the before side's markers", () => {
  const judged = (pod: string) => ({ pod, policy: RESTRICTED })

  it('marks a YAML error of the before side at its line, as an error', () => {
    const session = createCompareSession()
    const before = POD.replace('  - name: main\n', '  - name: [main\n')
    const view = session.compare(input(POD), before, evaluate(input(POD))).view
    const markers = view?.beforeMarkers ?? []
    expect(markers.length).toBeGreaterThan(0)
    expect(markers.every((m) => m.severity === 'error')).toBe(true)
    expect(markers[0]?.startLineNumber).toBeGreaterThanOrEqual(lineOf(before, '[main'))
  })

  it("marks the before side's findings at their keys, and none of the after side's", () => {
    const session = createCompareSession()
    const after = evaluate(judged(COMPLIANT))
    const view = session.compare(judged(COMPLIANT), asRoot, after).view
    const markers = view?.beforeMarkers ?? []
    const root = markers.find((m) => m.code === 'runAsUser')
    expect(root).toMatchObject({ severity: 'error', startLineNumber: lineOf(asRoot, 'runAsUser') })
    expect(root?.message).toContain('runAsUser=0')
    expect(root?.source).toContain('restricted')
    // the after side runs as root, the before side does not: its markers are the before's own
    const reversed = session.compare(judged(asRoot), COMPLIANT, evaluate(judged(asRoot))).view
    expect(reversed?.beforeMarkers.some((m) => m.code === 'runAsUser')).toBe(false)
  })

  it('moves the markers as the before side is edited, and clears them once it is fixed', () => {
    const session = createCompareSession()
    const after = evaluate(judged(COMPLIANT))
    const first = session.compare(judged(COMPLIANT), asRoot, after).view
    const at = first?.beforeMarkers.find((m) => m.code === 'runAsUser')?.startLineNumber
    expect(at).toBe(lineOf(asRoot, 'runAsUser'))
    const moved = session.compare(judged(COMPLIANT), `# base\n# version\n${asRoot}`, after).view
    expect(moved?.beforeMarkers.find((m) => m.code === 'runAsUser')?.startLineNumber).toBe(
      (at ?? 0) + 2,
    )
    // judged again, but the same markers and changes: nothing is sent
    const moved2 = `# base\n# version\n${asRoot}# the end\n`
    expect(session.compare(judged(COMPLIANT), moved2, after).view).toBeUndefined()
    // fixed: the view is sent again, without markers
    const fixed = session.compare(judged(COMPLIANT), COMPLIANT, after).view
    expect(fixed?.beforeMarkers).toEqual([])
    // unchanged: nothing is sent
    expect(session.compare(judged(COMPLIANT), COMPLIANT, after).view).toBeUndefined()
  })

  it('only the pod editor: a finding of the before side in the policy editor is not marked there', () => {
    const session = createCompareSession()
    const broken = POD.replace('  - name: main\n', '  - name: [main\n')
    const view = session.compare(
      { pod: POD, policy: 'a: [' },
      broken,
      evaluate({ pod: POD, policy: 'a: [' }),
    ).view
    const policyLine = 1
    const brokenLine = lineOf(broken, '[main')
    // the policy editor's YAML error is on its line 1; the before side's own error is further down
    expect(brokenLine).toBeGreaterThan(policyLine)
    expect(view?.beforeMarkers.length).toBeGreaterThan(0)
    expect(view?.beforeMarkers.every((m) => m.startLineNumber >= brokenLine)).toBe(true)
  })
})

describe('createInProcessClient in compare mode', () => {
  it('returns what the change does, the same object while it is unchanged', async () => {
    const client = createInProcessClient()
    const first = await client.evaluate(input(withCapability), { before: POD })
    expect(first.status).toBe('ok')
    if (first.status !== 'ok') return
    expect(first.compare?.changes[0]).toMatchObject({ direction: 'more', words: '+NET_ADMIN' })
    const again = await client.evaluate(input(withCapability), { before: POD })
    expect(again.status === 'ok' && again.compare).toBe(first.compare)
    const off = await client.evaluate(input(withCapability))
    expect(off.status === 'ok' && off.compare).toBeNull()
  })

  it("the latest evaluation's before side gives the markers", async () => {
    const client = createInProcessClient()
    const broken = POD.replace('  - name: main\n', '  - name: [main\n')
    const first = await client.evaluate(input(POD), { before: broken })
    expect(first.status === 'ok' && first.compare?.beforeMarkers.length).toBeGreaterThan(0)
    const fixed = await client.evaluate(input(POD), { before: POD })
    expect(fixed.status === 'ok' && fixed.compare?.beforeMarkers).toEqual([])
  })
})
