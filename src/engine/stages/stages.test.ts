/** The families as the engine runs them: objects from both editors, located findings. */
import { describe, expect, it } from 'vitest'
import { SEED_PSP } from '../psp/seed'
import { evaluate } from '..'

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: team-a}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: nginx
        image: nginx
        securityContext:
          privileged: true
`

const NAMESPACE = `apiVersion: v1
kind: Namespace
metadata:
  name: team-a
  labels:
    pod-security.kubernetes.io/enforce: baseline
    pod-security.kubernetes.io/warn: bogus
`

const pod = (name: string, add: string) => `apiVersion: v1
kind: Pod
metadata: {name: ${name}}
spec:
  containers:
  - name: main
    image: alpine
    securityContext:
      capabilities:
        add: [${add}]
`

describe('Pod Security Standards family', () => {
  it('takes the level from the Namespace in the policy editor and locates the violation in the template', () => {
    const r = evaluate({ pod: DEPLOYMENT, policy: NAMESPACE })
    const ps = r.workloads[0]!.podSecurity!
    expect([ps.level, ps.version, ps.source, ps.allowed]).toEqual([
      'baseline',
      'latest',
      'namespace',
      false,
    ])
    expect(ps.message).toBe(
      'violates PodSecurity "baseline:latest": privileged (container "nginx" must not set securityContext.privileged=true)',
    )
    expect(ps.violations[0]!.locations).toEqual([
      {
        editor: 'pod',
        line: 13,
        column: 11,
        endLine: 13,
        endColumn: 21,
        path: 'spec.template.spec.containers[0].securityContext.privileged',
      },
    ])
  })

  it('reports an invalid label value at the label, as a warning', () => {
    const r = evaluate({ pod: DEPLOYMENT, policy: NAMESPACE })
    const p = r.problems.find((x) => x.code === 'pss-label')!
    expect([p.editor, p.line, p.severity]).toEqual(['policy', 7, 'warning'])
    expect(p.message).toBe(
      'metadata.labels[pod-security.kubernetes.io/warn]: Invalid value: "bogus": must be one of privileged, baseline, restricted',
    )
  })

  it('lets the overrides win over the namespace', () => {
    const r = evaluate({ pod: DEPLOYMENT, policy: NAMESPACE, options: { level: 'privileged' } })
    expect(r.workloads[0]!.podSecurity).toMatchObject({
      level: 'privileged',
      allowed: true,
      source: 'override',
    })
  })
})

describe('PodSecurityPolicy family', () => {
  const r = evaluate({
    pod: `${pod('settime', 'SYS_TIME')}---\n${pod('sysadmin', 'SYS_ADMIN')}`,
    policy: SEED_PSP,
  })
  const [settime, sysadmin] = r.workloads

  it('rejects SYS_ADMIN with the exact message, located in both editors', () => {
    const psp = sysadmin!.podSecurityPolicy!
    expect(psp.allowed).toBe(false)
    expect(psp.message).toBe(
      'PodSecurityPolicy: unable to admit pod: [spec.containers[0].securityContext.capabilities.add: Invalid value: "SYS_ADMIN": capability may not be added]',
    )
    const detail = psp.errorDetails![0]!
    // the second pod starts on line 12; its `add:` key is line 21
    expect([detail.pod?.editor, detail.pod?.line]).toEqual(['pod', 21])
    expect([detail.policyField?.editor, detail.policyField?.line]).toEqual(['policy', 5])
  })

  it('admits SYS_TIME, and the effective capabilities show what the policy added and dropped', () => {
    const psp = settime!.podSecurityPolicy!
    expect([psp.allowed, psp.policy]).toEqual([true, 'default'])
    expect(psp.mutations).toEqual([
      {
        path: 'spec.containers[0].securityContext.capabilities',
        value: { add: ['CHOWN', 'SYS_TIME'], drop: ['SYS_ADMIN', 'SYS_MODULE'] },
      },
    ])
    const c = settime!.effective.containers[0]!
    expect(c.addedByPolicy).toEqual(['CHOWN'])
    expect(c.droppedByPolicy).toEqual(['SYS_ADMIN', 'SYS_MODULE'])
    expect(c.sources.capabilities).toBe('policy')
    expect(psp.candidates[0]!.pssLevel).toBe('privileged')
  })

  it('is null without a PodSecurityPolicy', () => {
    expect(
      evaluate({ pod: pod('x', 'SYS_TIME'), policy: '' }).workloads[0]!.podSecurityPolicy,
    ).toBeNull()
  })
})

describe('NetworkPolicy family', () => {
  const world = ['x', 'y']
    .map(
      (ns) => `apiVersion: v1
kind: Pod
metadata: {name: a, namespace: '${ns}', labels: {app: a}}
spec: {containers: [{name: c, image: nginx, ports: [{containerPort: 80}]}]}
`,
    )
    .join('---\n')
  const denyY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: 'y'}
spec:
  podSelector: {}
  policyTypes: [Ingress]
`

  it('is null without a NetworkPolicy', () => {
    expect(evaluate({ pod: world, policy: '' }).network).toBeNull()
  })

  it('judges every pair on the declared ports and explains each connection', () => {
    const net = evaluate({ pod: world, policy: denyY }).network!
    expect(net.connections.map((c) => [c.from, c.to, c.port, c.protocol, c.allowed])).toEqual([
      ['x/a', 'y/a', 80, 'TCP', false],
      ['y/a', 'x/a', 80, 'TCP', true],
    ])
    expect(net.connections[0]!.ingress).toMatchObject({
      isolated: true,
      isolatedBy: ['y/deny'],
      allowedBy: [],
    })
    expect(net.connections[0]!.explanation?.text).toMatch(
      /^Denied by ingress: y\/a is isolated for ingress by `y\/deny`/,
    )
    expect(net.policies![0]).toMatchObject({
      id: 'y/deny',
      selects: ['y/a'],
      selectorAt: { editor: 'policy', line: 5 },
    })
  })

  it('tests the probes it is given besides the declared ports (issue 11)', () => {
    const net = evaluate({ pod: world, policy: denyY, options: { probes: ['53/UDP'] } }).network!
    expect(net.connections.map((c) => `${c.from}->${c.to} ${c.port}/${c.protocol}`)).toEqual([
      'x/a->y/a 80/TCP',
      'x/a->y/a 53/UDP',
      'y/a->x/a 80/TCP',
      'y/a->x/a 53/UDP',
    ])
    expect(net.probes).toEqual(['53/UDP'])
  })
})

describe('PodSecurityPolicy error explanations', () => {
  it('say what the forbidding field does and how to fix the error', () => {
    const r = evaluate({ pod: pod('sysadmin', 'SYS_ADMIN'), policy: SEED_PSP })
    expect(r.workloads[0]!.podSecurityPolicy!.errorDetails![0]!.explanation).toBe(
      '`spec.allowedCapabilities` of policy "default": Capabilities containers may add beyond the defaults; \'*\' allows any and switches every capability check off. Fix it in the pod, or change that field of the policy (or let the pod use another policy).',
    )
  })
})

describe('reused documents', () => {
  it('are never changed by an evaluation: evaluating the same texts again gives the same report', () => {
    // Consecutive evaluations share the parsed documents of unchanged texts, so a family that
    // modified them would change the next report.
    const input = {
      pod: `${DEPLOYMENT}---\n${pod('settime', 'SYS_TIME')}---\n${pod('sysadmin', 'SYS_ADMIN')}`,
      policy: `${NAMESPACE}---\n${SEED_PSP}`,
    }
    const first = JSON.stringify(evaluate(input))
    expect(JSON.stringify(evaluate(input))).toBe(first)
    expect(JSON.stringify(evaluate({ ...input, options: { runtime: 'cri-o' } }))).not.toBe(first)
    expect(JSON.stringify(evaluate(input))).toBe(first)
  })
})
