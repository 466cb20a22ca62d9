import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadAll } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { evaluate } from './index'
import { REALWORLD_ROOT as ROOT, realworldPresent, yamlFiles } from './testing/realworld'

// Third-party manifests kept as test input (../shared/realworld, see its README).
const WORKLOAD_KINDS = [
  'Pod',
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'ReplicationController',
  'CronJob',
  'PodTemplate',
]

/** The workloads as an independent reader (plain js-yaml) sees them. */
function expectedWorkloads(text: string): string[] {
  const out: string[] = []
  const visit = (o: unknown) => {
    if (typeof o !== 'object' || o === null) return
    const obj = o as { kind?: unknown; metadata?: { name?: unknown }; items?: unknown }
    if (obj.kind === 'List' && Array.isArray(obj.items)) obj.items.forEach(visit)
    else if (typeof obj.kind === 'string' && WORKLOAD_KINDS.includes(obj.kind))
      out.push(`${obj.kind}/${String(obj.metadata?.name ?? '')}`)
  }
  for (const doc of loadAll(text)) visit(doc)
  return out
}

const present = realworldPresent()
const files = present ? yamlFiles(ROOT) : []
const rel = (f: string) => f.slice(ROOT.length + 1)

describe.skipIf(!present)(`real-world manifests (${ROOT})`, () => {
  it('the corpus is there', () => {
    expect(files.length).toBeGreaterThanOrEqual(50)
  })

  it.each(files.map((f) => [rel(f), f]))('%s in the pod editor', (_name, file) => {
    const text = readFileSync(file, 'utf8')
    const r = evaluate({ pod: text, policy: '' })
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(r.workloads.map((w) => `${w.kind}/${w.name}`)).toEqual(expectedWorkloads(text))
    for (const p of r.problems) expect(p.line).toBeGreaterThanOrEqual(1)
  })

  it.each(files.map((f) => [rel(f), f]))('%s in the policy editor', (_name, file) => {
    const text = readFileSync(file, 'utf8')
    const r = evaluate({ pod: '', policy: text })
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(r.workloads).toEqual([])
  })

  const known: [string, string[]][] = [
    ['calico/calico.yaml', ['DaemonSet/calico-node', 'Deployment/calico-kube-controllers']],
    ['cilium/quick-install.yaml', ['DaemonSet/cilium', 'Deployment/cilium-operator']],
    ['flannel/kube-flannel.yml', ['DaemonSet/kube-flannel-ds']],
    ['kubernetes-website/cronjob.yaml', ['CronJob/hello']],
    ['kubernetes-examples/es-rc.yaml', ['ReplicationController/es']],
    [
      'ingress-nginx/deploy.yaml',
      [
        'Deployment/ingress-nginx-controller',
        'Job/ingress-nginx-admission-create',
        'Job/ingress-nginx-admission-patch',
      ],
    ],
  ]
  it.each(known)('%s has %j', (file, workloads) => {
    const r = evaluate({ pod: readFileSync(join(ROOT, file), 'utf8'), policy: '' })
    expect(r.workloads.map((w) => `${w.kind}/${w.name}`)).toEqual(workloads)
  })

  /**
   * These manifests are published and applied as they are: each workload passes the API server
   * (strict decoding and validation, cluster-path.md §5, §7) and, under PSA's default configuration,
   * admission; on the node, each container starts, or (runAsNonRoot without a user ID) the outcome
   * depends on the image's user, which podplay says instead of guessing (§9.2). Two verdicts per
   * workload: the API server's and the node's.
   */
  it('every workload: the API server admits it and the node starts it (108 verdicts)', () => {
    const verdicts: string[] = []
    for (const file of files) {
      for (const w of evaluate({ pod: readFileSync(file, 'utf8'), policy: '' }).workloads) {
        const at = `${rel(file)} ${w.kind}/${w.name}`
        verdicts.push(
          `${at} api: ${w.apiServer.allowed ? 'accepted' : (w.apiServer.decodeError ?? w.apiServer.errors.join('; '))}`,
        )
        const refused = [
          w.effective.kubeletRejection,
          ...w.effective.containers.map((c) => c.startError),
        ]
        verdicts.push(`${at} node: ${refused.find((x) => x !== null) ?? 'starts'}`)
        expect(w.podSecurity!.allowed).toBe(true)
      }
    }
    expect(verdicts).toHaveLength(108)
    expect(verdicts.filter((v) => !v.endsWith(': accepted') && !v.endsWith(': starts'))).toEqual([])
  })

  it("the book's runAsNonRoot pod: whether it starts depends on the image, and podplay says so", () => {
    const text = readFileSync(join(ROOT, 'kubernetes-in-action/pod-run-as-non-root.yaml'), 'utf8')
    const c = evaluate({ pod: text, policy: '' }).workloads[0]!.effective.containers[0]!
    expect(c.startError).toBeNull()
    expect(c.startDepends).toContain('container has runAsNonRoot and image will run as root')
  })

  it('the seed lesson: host PID and IPC, host port 9000', () => {
    const text = readFileSync(
      join(ROOT, 'kubernetes-in-action/pod-with-host-pid-and-ipc.yaml'),
      'utf8',
    )
    const e = evaluate({ pod: text, policy: '' }).workloads[0]!.effective
    expect([e.hostPID, e.hostIPC, e.hostNetwork]).toEqual([true, true, false])
  })
})

if (!present) {
  describe('real-world manifests', () => {
    it.skip(`skipped: the corpus is absent; looked for it at ${ROOT}`, () => {})
  })
}
