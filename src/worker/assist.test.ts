/**
 * The worker's on-demand answers through the in-process client (the same code the engine worker
 * runs): quick fixes matched to the report's violations and markers, decisions for the rest, least
 * privilege for one workload, and schema help with the lazily loaded documentation.
 */
import { describe, expect, it } from 'vitest'
import { evaluate } from '../engine'
import { applyEdits } from '../engine/fix'
import type { EngineInput } from '../engine/report'
import { createInProcessClient } from './inProcessClient'
import { rowKeys } from './view'
import type { SchemaQuery } from './protocol'

const NS = `apiVersion: v1
kind: Namespace
metadata:
  name: team-a
  labels:
    pod-security.kubernetes.io/enforce: restricted
`

const deployment = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: team-a}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers:
      - name: main # the web server
        image: nginx:1.27
`

const hostPathPod = `apiVersion: v1
kind: Pod
metadata: {name: logs, namespace: team-a}
spec:
  containers:
  - name: c
    image: busybox
    volumeMounts: [{name: logs, mountPath: /logs}]
  volumes:
  - name: logs
    hostPath: {path: /var/log}
`

const checksOf = (input: EngineInput, index: number) =>
  (evaluate(input).workloads[index]?.podSecurity?.violations ?? []).map((v) => v.check)

describe('quick fixes in the worker', () => {
  const input: EngineInput = {
    pod: `${deployment('a')}---\n${deployment('b')}`,
    policy: NS,
  }

  it('gives each workload the fixes of its enforced violations, keyed by its row', async () => {
    const outcome = await createInProcessClient().fixes(input)
    expect(outcome.status).toBe('ok')
    if (outcome.status !== 'ok') return
    const report = evaluate(input)
    const keys = rowKeys(report.workloads)
    expect(new Set(outcome.fixes.fixes.map((f) => f.key))).toEqual(new Set(keys))
    for (const f of outcome.fixes.fixes) {
      const w = report.workloads[keys.indexOf(f.key)]!
      const v = w.podSecurity!.violations.find((x) => x.check === f.check)!
      // the marker lines are the violation's own locations
      expect(f.markerLines).toEqual([...new Set(v.locations!.map((l) => l.line))])
      // each fix alone removes its violation from its own workload, and only edits that one
      const fixed = { ...input, pod: applyEdits(input.pod, [f.edit]) }
      const index = keys.indexOf(f.key)
      expect(checksOf(fixed, index)).not.toContain(f.check)
      expect(checksOf(fixed, 1 - index)).toEqual(checksOf(input, 1 - index))
      expect(fixed.pod).toContain('# the web server')
    }
    expect(outcome.fixes.decisions).toEqual([])
  })

  it('says what a person must decide for a violation no safe fix removes', async () => {
    const withHostPath = { pod: hostPathPod, policy: NS }
    const outcome = await createInProcessClient().fixes(withHostPath)
    if (outcome.status !== 'ok') throw new Error(outcome.status)
    const decision = outcome.fixes.decisions.find((d) => d.check === 'restrictedVolumes')
    expect(decision?.decide).toMatch(/\S/)
    expect(decision?.violationPaths).toEqual(['spec.volumes[0].hostPath'])
    expect(outcome.fixes.fixes.some((f) => f.check === 'restrictedVolumes')).toBe(false)
  })

  it('has nothing to fix at the privileged level', async () => {
    const outcome = await createInProcessClient().fixes({ pod: deployment('a'), policy: '' })
    expect(outcome).toEqual({ status: 'ok', fixes: { fixes: [], decisions: [] } })
  })

  it('"Make it meet restricted" fixes every workload and keeps comments', async () => {
    const outcome = await createInProcessClient().fixAll(input, 'restricted', 'latest')
    if (outcome.status !== 'ok') throw new Error(outcome.status)
    expect(outcome.result.meets).toBe(true)
    expect(outcome.result.text.match(/# the web server/g)).toHaveLength(2)
    const after = evaluate({ ...input, pod: outcome.result.text })
    expect(after.workloads.map((w) => w.podSecurity?.allowed)).toEqual([true, true])
  })
})

describe('least privilege in the worker', () => {
  it('generates the policy and the reachable level for the workload of a row key', async () => {
    const input: EngineInput = { pod: `${deployment('a')}---\n${hostPathPod}`, policy: NS }
    const keys = rowKeys(evaluate(input).workloads)
    const client = createInProcessClient()
    const second = await client.leastPrivilege(input, keys[1]!)
    if (second.status !== 'ok') throw new Error(second.status)
    expect(second.result?.workload).toBe('Pod team-a/logs')
    expect(second.result?.policy?.yaml).toContain('allowedHostPaths: [{pathPrefix: /var/log')
    expect(second.result?.policy?.admitsUnchanged).toBe(true)
    // a hostPath: no safe fix reaches baseline
    expect(second.result?.reachable).toMatchObject({ now: 'privileged', reachable: 'privileged' })
    const first = await client.leastPrivilege(input, keys[0]!)
    if (first.status !== 'ok') throw new Error(first.status)
    expect(first.result?.reachable).toMatchObject({ now: 'baseline', reachable: 'restricted' })
    expect(await client.leastPrivilege(input, 'pod:Pod:nobody/none')).toEqual({
      status: 'ok',
      result: null,
    })
  })
})

describe('schema help in the worker', () => {
  const pod =
    'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: web\n    image: nginx\n    securityContext:\n      \n'

  it('completes the keys of a container securityContext, documented', async () => {
    const outcome = await createInProcessClient().schema({
      mode: 'complete',
      editor: 'pod',
      text: pod,
      line: 8,
      column: 7,
    })
    if (outcome.status !== 'ok') throw new Error(outcome.status)
    const runAsNonRoot = outcome.completions.find((c) => c.key === 'runAsNonRoot')
    expect(runAsNonRoot).toMatchObject({ type: 'bool' })
    expect(runAsNonRoot?.doc).toMatch(/must run as a non-root user/)
    // a struct-typed field without its own description shows its struct's
    expect(outcome.completions.find((c) => c.key === 'capabilities')?.doc).toMatch(/capabilities/i)
  })

  it('documents the field under the mouse', async () => {
    const outcome = await createInProcessClient().schema({
      mode: 'hover',
      editor: 'pod',
      text: pod,
      line: 6,
      column: 6,
    })
    if (outcome.status !== 'ok') throw new Error(outcome.status)
    expect(outcome.hover).toMatchObject({
      path: 'spec.containers[].image',
      type: 'string',
      line: 6,
      startColumn: 5,
      endColumn: 10,
    })
    expect(outcome.hover?.doc).toMatch(/^Container image name/)
  })

  const ask = async (mode: SchemaQuery['mode'], text: string, line: number, column: number) => {
    const outcome = await createInProcessClient().schema({
      mode,
      editor: 'pod',
      text,
      line,
      column,
    })
    if (outcome.status !== 'ok') throw new Error(outcome.status)
    return outcome
  }

  it('writes a nested key without its space in block style, with it in flow style', async () => {
    const block = await ask('complete', pod, 8, 7)
    expect(block.completions.find((c) => c.key === 'capabilities')).toMatchObject({
      kind: 'key',
      insert: 'capabilities:',
      start: 7,
    })
    expect(block.completions.find((c) => c.key === 'privileged')?.insert).toBe('privileged: ')
    const line = '    securityContext: {privileged: false, }'
    const flow = await ask(
      'complete',
      pod.replace(/ {4}securityContext:\n.*\n$/, `${line}\n`),
      7,
      line.length,
    )
    expect(flow.completions.map((c) => c.key)).not.toContain('privileged')
    expect(flow.completions.find((c) => c.key === 'capabilities')?.insert).toBe('capabilities: ')
  })

  it('proposes the values of a closed set after `key: `, each with its text and effect', async () => {
    const text = pod.replace(/ {6}\n$/, '      seccompProfile:\n        type: Ru\n')
    const outcome = await ask('complete', text, 9, 17)
    const values = outcome.completions.map((c) => c.key)
    expect(values.sort()).toEqual(['Localhost', 'RuntimeDefault', 'Unconfined'])
    const rd = outcome.completions.find((c) => c.key === 'RuntimeDefault')
    expect(rd).toMatchObject({ kind: 'value', insert: 'RuntimeDefault', start: 15, type: 'string' })
    expect(rd?.doc).toMatch(/Pod Security: meets restricted/)
  })

  it('quotes a value YAML would read otherwise', async () => {
    const psp = 'kind: PodSecurityPolicy\nspec:\n  volumes: [configMap, ]\n'
    const outcome = await ask('complete', psp, 3, 22)
    expect(outcome.completions.find((c) => c.key === '*')?.insert).toBe('"*"')
  })

  it('asked for values only, proposes no keys (a list of structs, a key)', async () => {
    const keys = await ask('complete', pod, 8, 7)
    expect(keys.completions.length).toBeGreaterThan(0)
    expect((await ask('values', pod, 8, 7)).completions).toEqual([])
    const item = pod.replace(/ {2}- name: web\n/, '  - \n')
    expect((await ask('complete', item, 5, 5)).completions.length).toBeGreaterThan(0)
    expect((await ask('values', item, 5, 5)).completions).toEqual([])
    const text = pod.replace(/ {6}\n$/, '      procMount: \n')
    const values = await ask('values', text, 8, 18)
    expect(values.completions.map((c) => c.key).sort()).toEqual(['Default', 'Unmasked'])
  })

  it("documents a value under the mouse with completion's text, next to its field's", async () => {
    const text = pod.replace(/ {6}\n$/, '      seccompProfile: {type: Unconfined}\n')
    const hover = await ask('hover', text, 8, 32)
    expect(hover.hover).toMatchObject({
      path: 'spec.containers[].securityContext.seccompProfile.type',
      key: 'type',
      type: 'string',
      startColumn: 30,
      endColumn: 40,
    })
    expect(hover.hover?.doc).toMatch(/seccomp profile/i)
    const typed = text.replace('Unconfined}', '}')
    const proposed = (await ask('complete', typed, 8, 30)).completions.find(
      (c) => c.key === 'Unconfined',
    )
    expect(proposed?.doc).toMatch(/Pod Security:/)
    expect(hover.hover?.value).toEqual({ value: 'Unconfined', doc: proposed?.doc })
    // a key keeps its own hover, without a value
    expect((await ask('hover', text, 8, 10)).hover).toMatchObject({
      key: 'seccompProfile',
      value: null,
    })
  })

  it("documents a PodSecurityPolicy field in podplay's words", async () => {
    const psp = 'kind: PodSecurityPolicy\nspec:\n  runAsUser:\n    rule: MustRunAsNonRoot\n'
    const outcome = await ask('hover', psp, 3, 5)
    expect(outcome.hover).toMatchObject({ path: 'spec.runAsUser', own: true })
    expect(outcome.hover?.doc).toMatch(/MustRunAsNonRoot/)
    const pod1 = await ask('hover', pod, 6, 6)
    expect(pod1.hover?.own).toBe(false)
  })
})
