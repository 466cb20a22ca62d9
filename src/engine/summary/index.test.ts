/**
 * The reviewer's summary (issue 11): one row per workload, riskiest first (the order in ./index.ts),
 * and the objects not judged by kind. The facts come from the report (Pod Security Admission's
 * levels, kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/policy/*.go, and the
 * effective view), so each row is checked against the pod that produced it.
 */
import { describe, expect, it } from 'vitest'
import { evaluate } from '..'
import { podYaml, RESTRICTED } from './fixtures'
import { NAMED_PARAMETERS, NOT_JUDGED_KINDS, notJudged, notJudgedLine, summarize } from '.'

const run = (pod: string, policy = '', level?: 'restricted') =>
  summarize(evaluate({ pod, policy, options: level ? { level } : {} }))

describe('a row', () => {
  it.each([
    [
      'a restricted pod',
      { sc: RESTRICTED },
      { denied: false, highestLevel: 'restricted', root: 0 },
    ],
    [
      'privileged',
      { sc: 'privileged: true' },
      { privileged: ['main'], highestLevel: 'privileged' },
    ],
    [
      'host namespaces',
      { spec: 'hostPID: true, hostNetwork: true' },
      { hostNamespaces: ['PID', 'network'] },
    ],
    [
      'host ports',
      { container: 'ports: [{containerPort: 80, hostPort: 8080}]' },
      { hostPorts: ['8080/TCP'] },
    ],
    [
      'added capabilities, sorted',
      { sc: 'capabilities: {add: [SYS_TIME, NET_ADMIN]}' },
      { addedCapabilities: ['NET_ADMIN', 'SYS_TIME'] },
    ],
    ['root', { sc: 'runAsUser: 0' }, { root: 2 }],
    ['the image user', {}, { root: 1 }],
    [
      'an API error',
      { sc: 'privileged: true, allowPrivilegeEscalation: false' },
      {
        denied: true,
        apiErrors: [
          expect.stringContaining(
            'cannot set `allowPrivilegeEscalation` to false and `privileged` to true',
          ),
        ],
      },
    ],
    [
      'a start error',
      { sc: 'runAsNonRoot: true, runAsUser: 0' },
      {
        denied: true,
        startErrors: [expect.stringContaining("container's runAsUser breaks non-root policy")],
      },
    ],
  ])('%s', (_case, parts, want) => {
    expect(run(podYaml('p', parts)).rows[0]).toMatchObject(want)
  })

  it('enforce verdict and PodSecurityPolicy', () => {
    const psp =
      'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: open}\nspec: {privileged: false, seLinux: {rule: RunAsAny}, runAsUser: {rule: RunAsAny}, supplementalGroups: {rule: RunAsAny}, fsGroup: {rule: RunAsAny}, volumes: ["*"]}\n'
    const row = run(podYaml('p', { sc: 'privileged: true' }), psp, 'restricted').rows[0]!
    expect(row.enforce).toEqual({ level: 'restricted', version: 'latest', allowed: false })
    expect(row.podSecurityPolicy).toEqual({ allowed: false, policy: null })
    expect(row.denied).toBe(true)
  })

  it('warn and audit modes that report something', () => {
    const ns =
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: default, labels: {pod-security.kubernetes.io/warn: baseline, pod-security.kubernetes.io/audit: restricted}}\n'
    expect(run(podYaml('p'), ns).rows[0]!.modes).toEqual([
      'audit restricted:latest',
      // the pod meets baseline: no warning
    ])
    expect(run(podYaml('p', { spec: 'hostIPC: true' }), ns).rows[0]!.modes).toEqual([
      'audit restricted:latest',
      'warn baseline:latest',
    ])
  })
})

describe('riskiest first', () => {
  // Each case: two pods given safest first; the riskier must come first.
  it.each([
    ['denied before running', { sc: RESTRICTED }, { sc: 'runAsNonRoot: true, runAsUser: 0' }],
    ['a lower highest level', { sc: RESTRICTED }, { spec: 'hostPID: true' }],
    ['baseline before restricted', { sc: RESTRICTED }, {}],
    [
      'privileged before host namespaces (both privileged level)',
      { spec: 'hostPID: true, hostIPC: true, hostNetwork: true' },
      { sc: 'privileged: true' },
    ],
    ['more host namespaces', { spec: 'hostPID: true' }, { spec: 'hostPID: true, hostIPC: true' }],
    [
      'host ports',
      { spec: 'hostPID: true' },
      { spec: 'hostPID: true', container: 'ports: [{containerPort: 80, hostPort: 80}]' },
    ],
    [
      'hostPath volumes',
      { sc: 'capabilities: {add: [SYS_ADMIN]}' },
      {
        spec: 'volumes: [{name: h, hostPath: {path: /var/run}}]',
        sc: 'capabilities: {add: [SYS_ADMIN]}',
      },
    ],
    [
      'more added capabilities',
      { sc: 'capabilities: {add: [SYS_TIME]}' },
      { sc: 'capabilities: {add: [SYS_TIME, NET_ADMIN]}' },
    ],
    ['root before the image user', {}, { sc: 'runAsUser: 0' }],
  ])('%s', (_case, safer, riskier) => {
    const pods = `${podYaml('safer', safer)}---\n${podYaml('riskier', riskier)}`
    expect(run(pods).rows.map((r) => r.name)).toEqual(['riskier', 'safer'])
  })

  it('keeps input order between equals', () => {
    const pods = ['a', 'b', 'c'].map((n) => podYaml(n)).join('---\n')
    expect(run(pods).rows.map((r) => r.name)).toEqual(['a', 'b', 'c'])
  })
})

describe('objects not judged', () => {
  const obj = (kind: string, name: string) =>
    `apiVersion: v1\nkind: ${kind}\nmetadata: {name: ${name}}\n`
  it.each([
    ['none', [], null],
    ['one', [['ConfigMap', 'a']], '1 object not judged: 1 ConfigMap'],
    [
      'most frequent kind first, then by name',
      [
        ['Role', 'a'],
        ['ServiceAccount', 'a'],
        ['ServiceAccount', 'b'],
        ['ConfigMap', 'c'],
        ['Role', 'b'],
        ['ServiceAccount', 'c'],
      ],
      '6 objects not judged: 3 ServiceAccount, 2 Role, 1 ConfigMap',
    ],
    [
      `past ${NOT_JUDGED_KINDS} kinds, the rest counted`,
      Array.from({ length: NOT_JUDGED_KINDS + 3 }, (_, i) => [
        `Kind${String(i).padStart(2, '0')}`,
        'x',
      ]),
      `${NOT_JUDGED_KINDS + 3} objects not judged: ${Array.from(
        { length: NOT_JUDGED_KINDS },
        (_, i) => `1 Kind${String(i).padStart(2, '0')}`,
      ).join(', ')}, and 3 more of 3 other kinds`,
    ],
  ])('%s', (_case, objects, line) => {
    const text = [podYaml('p'), ...objects.map(([k, n]) => obj(k!, n!))].join('---\n')
    const report = evaluate({ pod: text, policy: '' })
    expect(notJudgedLine(notJudged(report))).toBe(line)
  })
})

/**
 * A binding's parameter (spec validating-admission-policy.md §5) plays a part: said apart from the
 * objects not judged, with the binding that reads it (names given by the input, read back here).
 */
describe('binding parameters in the line of objects not judged', () => {
  const vap = (
    paramRef: string,
    configMaps: string[],
  ) => `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata: {name: limit}
spec:
  paramKind: {apiVersion: v1, kind: ConfigMap}
  matchConstraints:
    resourceRules: [{apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}]
  validations: [{expression: "true"}]
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata: {name: limit-binding}
spec: {policyName: limit, validationActions: [Deny], paramRef: ${paramRef}}
${configMaps.map((n) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${n}, labels: {role: limit}}\n`).join('')}---
apiVersion: v1
kind: Secret
metadata: {name: s}
`
  it.each([
    [
      'one parameter by name, one other object',
      vap('{name: limits, parameterNotFoundAction: Deny}', ['limits', 'unused']),
      '2 objects not judged: 1 ConfigMap, 1 Secret; 1 binding parameter: ConfigMap default/limits (parameter of binding limit-binding)',
    ],
    [
      `past ${NAMED_PARAMETERS} parameters, the rest counted`,
      vap('{selector: {matchLabels: {role: limit}}, parameterNotFoundAction: Deny}', [
        'a',
        'b',
        'c',
        'd',
        'e',
      ]),
      `1 object not judged: 1 Secret; 5 binding parameters: ${['a', 'b', 'c']
        .map((n) => `ConfigMap default/${n} (parameter of binding limit-binding)`)
        .join(', ')}, and 2 more`,
    ],
  ])('%s', (_case, policy, line) => {
    const report = evaluate({ pod: podYaml('p'), policy })
    const n = notJudged(report)
    expect(notJudgedLine(n)).toBe(line)
    expect(n.total + n.parameters.length).toBe(
      report.problems.filter((p) => p.code === 'not-evaluated' || p.code === 'vap-param').length,
    )
  })

  it('parameters alone make a line', () => {
    const policy = vap('{name: limits, parameterNotFoundAction: Deny}', ['limits']).replace(
      /---\napiVersion: v1\nkind: Secret\nmetadata: \{name: s\}\n$/,
      '',
    )
    expect(notJudgedLine(notJudged(evaluate({ pod: podYaml('p'), policy })))).toBe(
      '1 binding parameter: ConfigMap default/limits (parameter of binding limit-binding)',
    )
  })
})
