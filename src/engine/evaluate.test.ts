import fc from 'fast-check'
import { dump } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { evaluate } from './index'
import type { Report } from './report'
import { SEED_POD as SEED } from './testing/seed'

const CONTAINERD = [
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'NET_RAW',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]

function wellFormed(r: Report): void {
  expect(r.version).toBe(1)
  expect(Array.isArray(r.problems)).toBe(true)
  expect(Array.isArray(r.workloads)).toBe(true)
  for (const p of r.problems) {
    expect(p.line).toBeGreaterThanOrEqual(1)
    expect(p.column).toBeGreaterThanOrEqual(1)
    expect(Number.isInteger(p.line) && Number.isInteger(p.column)).toBe(true)
    expect(['error', 'warning', 'info']).toContain(p.severity)
    expect(p.message).not.toBe('')
  }
  for (const w of r.workloads) expect(w.line).toBeGreaterThanOrEqual(1)
}

describe('the seed example', () => {
  const r = evaluate({ pod: SEED, policy: '' })

  it('has no problem and one Pod', () => {
    expect(r.problems).toEqual([])
    expect(r.workloads.map((w) => [w.kind, w.name, w.namespace, w.editor, w.line])).toEqual([
      ['Pod', 'pod-with-host-pid-and-ipc', 'default', 'pod', 1],
    ])
  })

  it('shares host PID and IPC, not the network; host port 9000', () => {
    const e = r.workloads[0]!.effective
    expect([e.hostPID, e.hostIPC, e.hostNetwork, e.hostUsers]).toEqual([true, true, false, true])
    expect(e.hostPorts).toEqual([
      { container: 'kubia', containerPort: 8080, hostPort: 9000, protocol: 'TCP' },
    ])
    expect(e.runtime).toBe('containerd')
  })

  it('the container gets the 14 default capabilities, runs as the image user', () => {
    const c = r.workloads[0]!.effective.containers
    expect(c).toHaveLength(1)
    expect(c[0]).toMatchObject({
      name: 'kubia',
      type: 'container',
      privileged: false,
      capabilities: CONTAINERD,
      added: [],
      dropped: [],
      runAsUser: null,
      runAsGroup: null,
      runAsNonRoot: null,
      readOnlyRootFilesystem: false,
      allowPrivilegeEscalation: true,
    })
  })

  it('with CRI-O, 9 capabilities', () => {
    const cri = evaluate({ pod: SEED, policy: '', options: { runtime: 'cri-o' } })
    expect(cri.workloads[0]!.effective.containers[0]!.capabilities).toHaveLength(9)
  })

  it('is plain data (survives JSON)', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r)
  })
})

describe('inputs that must not break the engine', () => {
  const big = 'x: 123456789012\n'.repeat((10 * 1024 * 1024) / 16)
  const cases: [string, unknown, string | null][] = [
    ['empty texts', '', null],
    ['only comments', '# nothing\n---\n# still nothing\n', null],
    ['a number instead of a text', 42, null],
    ['10 MB of text', big, 'too-large'],
    [
      '200 levels of nesting',
      Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'),
      'yaml-syntax',
    ],
    ['a NUL byte', 'kind: Pod\u0000', 'yaml-syntax'],
    ['a Pod without spec', 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n', 'api-invalid'],
  ]
  it.each(cases)('%s', (_name, pod, code) => {
    const r = evaluate({ pod: pod as string, policy: '' })
    wellFormed(r)
    if (code === null) expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
    else expect(r.problems.map((p) => p.code)).toContain(code)
  })

  it('the same input in the policy editor', () => {
    const r = evaluate({ pod: '', policy: 'a: [\n' })
    wellFormed(r)
    expect(r.problems.map((p) => [p.editor, p.severity])).toEqual([['policy', 'error']])
  })
})

describe('properties (fast-check)', () => {
  const tokens = [
    ':',
    ': ',
    '-',
    '- ',
    '&a ',
    '*a',
    '&b ',
    '*b',
    '<<: ',
    '{',
    '}',
    '[',
    ']',
    ',',
    '\n',
    '\n  ',
    '\n    ',
    '---\n',
    '...\n',
    '"',
    "'",
    '|',
    '>',
    '#',
    '!!str ',
    '!!int ',
    '? ',
    '%YAML 1.1\n',
    'kind',
    'Pod',
    'Deployment',
    'List',
    'items',
    'spec',
    'containers',
    'securityContext',
    'privileged',
    'yes',
    '0644',
    'name',
    'template',
    '\t',
    '\r\n',
    '\ufeff',
    '\u0000',
    'x',
  ]
  const yamlish = fc.array(fc.constantFrom(...tokens), { maxLength: 60 }).map((t) => t.join(''))
  const check = (pod: string, policy = '') => {
    const r = evaluate({ pod, policy })
    wellFormed(r)
  }

  it('never throws for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => check(a, b)),
      { numRuns: 300 },
    )
  })

  it('never throws for arbitrary full-unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (a) => check(a, a)),
      { numRuns: 300 },
    )
  })

  it('never throws for YAML-ish token soup', () => {
    fc.assert(
      fc.property(yamlish, yamlish, (a, b) => check(a, b)),
      { numRuns: 1000 },
    )
  })

  it('never throws for Pod-ish token soup', () => {
    fc.assert(
      fc.property(yamlish, (soup) => check(`apiVersion: v1\nkind: Pod\nspec:\n  ${soup}`)),
      { numRuns: 500 },
    )
  })

  it('never throws for arbitrary JSON values under a Pod spec, its containers and a Deployment', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.jsonValue({ maxDepth: 4 }), (spec, sc) => {
        const docs = [
          { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec },
          {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { name: 'q', labels: sc },
            spec: {
              securityContext: sc,
              containers: [{ name: 'c', securityContext: sc, ports: sc }],
            },
          },
          { apiVersion: 'apps/v1', kind: 'Deployment', spec: { template: { spec } } },
          { apiVersion: 'v1', kind: 'List', items: [spec, sc] },
        ]
        const text = docs.map((d) => dump(d)).join('---\n')
        check(text, text)
      }),
      { numRuns: 300 },
    )
  })

  it('never throws for arbitrary objects with Kubernetes keys', () => {
    const key = fc.constantFrom(
      'hostNetwork',
      'hostPID',
      'securityContext',
      'capabilities',
      'add',
      'drop',
      'privileged',
      'runAsUser',
      'containers',
      'initContainers',
      'ephemeralContainers',
      'ports',
      'hostPort',
      'containerPort',
      'volumes',
      'hostPath',
      'volumeMounts',
      'name',
      '__proto__',
      'constructor',
    )
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node
    fc.assert(
      fc.property(value, (spec) => {
        check(dump({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec }))
      }),
      { numRuns: 500 },
    )
  })
})
