/**
 * The workload stage as the engine runs it: a field of the wrong type is the decoder's error at its
 * key (Go encoding/json UnmarshalTypeError, via sigs.k8s.io/json) and is judged as unset; API
 * validation's errors stand at their keys (pkg/apis/core/validation/validation.go).
 */
import { describe, expect, it } from 'vitest'
import { evaluate } from '../index'

/** A Pod whose line `line` is replaced by the case's text (lines are 1-based). */
const base = [
  'apiVersion: v1', // 1
  'kind: Pod', // 2
  'metadata:', // 3
  '  name: p', // 4
  '  labels: {app: web}', // 5
  'spec:', // 6
  '  securityContext: {runAsUser: 1000}', // 7
  '  containers:', // 8
  '  - name: c', // 9
  '    image: nginx', // 10
  '    securityContext:', // 11
  '      runAsGroup: 3000', // 12
]

const cases: {
  name: string
  lines: Record<number, string>
  at: string
  check: (c: ReturnType<typeof evaluate>) => void
}[] = [
  {
    name: 'privileged: "maybe"',
    lines: { 12: '      privileged: "maybe"' },
    at: '12:7',
    check: (r) => {
      expect(r.workloads[0]!.effective.containers[0]!.privileged).toBe(false)
      expect(r.workloads[0]!.effective.containers[0]!.capabilities).toHaveLength(14)
    },
  },
  {
    name: 'runAsUser: "root" falls back to the pod value',
    lines: { 12: '      runAsUser: "root"' },
    at: '12:7',
    check: (r) => {
      const c = r.workloads[0]!.effective.containers[0]!
      expect([c.runAsUser, c.sources.runAsUser]).toEqual([1000, 'pod'])
    },
  },
  {
    name: 'runAsUser: 1.5 is not a whole number',
    lines: { 7: '  securityContext: {runAsUser: 1.5}' },
    at: '7:21',
    check: (r) => {
      expect(r.workloads[0]!.effective.runAsUser).toBe(null)
      expect(r.workloads[0]!.effective.containers[0]!.runAsUser).toBe(null)
    },
  },
  {
    name: 'containers: {}',
    lines: { 8: '  containers: {}', 9: '', 10: '', 11: '', 12: '' },
    at: '8:3',
    check: (r) => {
      expect(r.workloads[0]!.effective.containers).toEqual([])
    },
  },
  {
    name: 'capabilities.add: SYS_TIME as a string',
    lines: { 12: '      capabilities: {add: SYS_TIME}' },
    at: '12:22',
    check: (r) => {
      const c = r.workloads[0]!.effective.containers[0]!
      expect(c.capabilities).not.toContain('SYS_TIME')
      expect(c.added).toEqual([])
    },
  },
  {
    name: 'a capability that is a number',
    lines: { 12: '      capabilities: {add: [SYS_TIME, 7]}' },
    at: '12:38',
    check: (r) => {
      expect(r.workloads[0]!.effective.containers[0]!.added).toEqual(['SYS_TIME'])
    },
  },
  {
    name: 'a label value true, unquoted',
    lines: { 5: '  labels: {app: web, enabled: true}' },
    at: '5:22',
    check: (r) => {
      expect(r.workloads[0]!.name).toBe('p')
    },
  },
  {
    name: 'hostPID: 1',
    lines: { 7: '  hostPID: 1' },
    at: '7:3',
    check: (r) => {
      expect(r.workloads[0]!.effective.hostPID).toBe(false)
    },
  },
  {
    name: 'hostNetwork: "true" (quoted)',
    lines: { 7: '  hostNetwork: "true"' },
    at: '7:3',
    check: (r) => {
      expect(r.workloads[0]!.effective.hostNetwork).toBe(false)
    },
  },
  {
    name: 'containerPort: "8080"',
    lines: { 12: '    ports: [{containerPort: "8080", hostPort: 80}]' },
    at: '12:14',
    check: (r) => {
      expect(r.workloads[0]!.effective.hostPorts).toEqual([])
    },
  },
  {
    name: 'securityContext: a string',
    lines: { 11: '    securityContext: privileged', 12: '' },
    at: '11:5',
    check: (r) => {
      expect(r.workloads[0]!.effective.containers[0]!.privileged).toBe(false)
    },
  },
  {
    name: 'supplementalGroups with a name in it',
    lines: { 7: '  securityContext: {supplementalGroups: [1, staff]}' },
    at: '7:45',
    check: (r) => {
      // Go's decoder leaves a wrongly typed list item at its zero value and goes on.
      expect(r.workloads[0]!.effective.supplementalGroups).toEqual([1, 0])
    },
  },
]

describe('wrong types: an error at the key, the field judged as unset', () => {
  it.each(cases)('$name', ({ lines, at, check }) => {
    const text = base.map((l, i) => lines[i + 1] ?? l).join('\n')
    const r = evaluate({ pod: text, policy: '' })
    const wrong = r.problems.filter((p) => p.code === 'wrong-type')
    expect(wrong.map((p) => `${p.line}:${p.column} ${p.severity}`)).toEqual([`${at} error`])
    expect(wrong[0]!.message).toMatch(/^json: cannot unmarshal /)
    expect(r.workloads).toHaveLength(1)
    check(r)
  })

  it('YAML 1.1 booleans are booleans, not wrong types', () => {
    const text = base.map((l, i) => (i === 11 ? '      privileged: yes' : l)).join('\n')
    const r = evaluate({ pod: text, policy: '' })
    expect(r.problems.map((p) => [p.line, p.severity, p.code])).toEqual([[12, 'warning', 'yaml11']])
    expect(r.workloads[0]!.effective.containers[0]!.privileged).toBe(true)
  })

  it('a Pod without containers is an API validation error, and the Pod is denied', () => {
    const r = evaluate({
      pod: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n',
      policy: '',
    })
    expect(r.problems.map((p) => [p.line, p.severity, p.code, p.message])).toEqual([
      [4, 'error', 'api-invalid', 'spec.containers: Required value'],
    ])
    expect(r.workloads[0]!.apiServer).toEqual({
      allowed: false,
      errors: ['spec.containers: Required value'],
      decodeError: null,
    })
  })
})
