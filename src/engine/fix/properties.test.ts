/**
 * Property: for random pods whose violations all have a safe fix, fixAll's text meets the level
 * (judged by the whole engine, as kubernetes/pod-security-admission policy/check_*.go decide) and
 * keeps every comment, wherever the comments were put.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '..'
import type { Level } from '../report'
import { fixAll } from '.'

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined })

const containerArb = fc.record({
  privileged: opt(fc.boolean()),
  ape: opt(fc.boolean()),
  add: opt(fc.subarray(['SYS_ADMIN', 'NET_ADMIN', 'CHOWN', 'NET_BIND_SERVICE', 'SYS_TIME'])),
  drop: opt(fc.subarray(['NET_RAW', 'ALL', 'MKNOD'])),
  procMount: opt(fc.constantFrom('Default', 'Unmasked')),
  runAsNonRoot: opt(fc.boolean()),
  hostPort: opt(fc.integer({ min: 1, max: 65535 })),
  flow: fc.boolean(),
})

const podArb = fc.record({
  hostPID: opt(fc.boolean()),
  hostIPC: opt(fc.boolean()),
  hostNetwork: opt(fc.boolean()),
  runAsNonRoot: opt(fc.boolean()),
  seccomp: fc.boolean(),
  sysctls: opt(fc.subarray(['kernel.msgmax', 'net.ipv4.tcp_syncookies', 'kernel.sem'])),
  containers: fc.array(containerArb, { minLength: 1, maxLength: 3 }),
  level: fc.constantFrom<Level>('baseline', 'restricted'),
  deployment: fc.boolean(),
  podScFlow: fc.boolean(),
  comments: fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
})

type PodSpec = typeof podArb extends fc.Arbitrary<infer T> ? T : never

/** Renders the pod as YAML, a comment after a line or on a line of its own where `comments` says. */
function render(p: PodSpec): { text: string; comments: string[] } {
  const lines: string[] = []
  const comments: string[] = []
  let k = 0
  const push = (line: string) => {
    const on = p.comments[k++ % p.comments.length]
    if (on) {
      const c = `# note ${comments.length}`
      comments.push(c)
      if (k % 3 === 0) {
        lines.push(`${/^ */.exec(line)![0]}${c}`, line)
        return
      }
      lines.push(`${line} ${c}`)
      return
    }
    lines.push(line)
  }
  // a Deployment holds the same pod spec four columns further in
  const pad = p.deployment ? '    ' : ''
  const put = push
  const inner = (line: string) => put(`${pad}${line}`)
  if (p.deployment) {
    put('apiVersion: apps/v1')
    put('kind: Deployment')
    put('metadata: {name: p}')
    put('spec:')
    put('  selector: {matchLabels: {app: p}}')
    put('  template:')
    put('    metadata: {labels: {app: p}}')
    put('    spec:')
  } else {
    put('apiVersion: v1')
    put('kind: Pod')
    put('metadata:')
    put('  name: p')
    put('spec:')
  }
  for (const f of ['hostPID', 'hostIPC', 'hostNetwork'] as const)
    if (p[f] !== undefined) inner(`  ${f}: ${p[f]}`)
  if (p.podScFlow && (p.runAsNonRoot !== undefined || p.seccomp || p.sysctls)) {
    const fields: string[] = []
    if (p.runAsNonRoot !== undefined) fields.push(`runAsNonRoot: ${p.runAsNonRoot}`)
    if (p.seccomp) fields.push('seccompProfile: {type: RuntimeDefault}')
    if (p.sysctls)
      fields.push(`sysctls: [${p.sysctls.map((n) => `{name: ${n}, value: "1"}`).join(', ')}]`)
    inner(`  securityContext: {${fields.join(', ')}}`)
  } else if (p.runAsNonRoot !== undefined || p.seccomp || p.sysctls) {
    inner('  securityContext:')
    if (p.runAsNonRoot !== undefined) inner(`    runAsNonRoot: ${p.runAsNonRoot}`)
    if (p.seccomp) inner('    seccompProfile: {type: RuntimeDefault}')
    if (p.sysctls) {
      inner('    sysctls:')
      for (const s of p.sysctls) {
        inner(`    - name: ${s}`)
        inner('      value: "1"')
      }
    }
  }
  inner('  containers:')
  p.containers.forEach((c, i) => {
    inner(`  - name: c${i}`)
    inner('    image: busybox')
    if (c.hostPort !== undefined) {
      inner('    ports:')
      inner('    - containerPort: 8080')
      inner(`      hostPort: ${c.hostPort}`)
    }
    const sc: string[] = []
    if (c.privileged !== undefined) sc.push(`privileged: ${c.privileged}`)
    if (c.ape !== undefined) sc.push(`allowPrivilegeEscalation: ${c.ape}`)
    if (c.procMount !== undefined) sc.push(`procMount: ${c.procMount}`)
    if (c.runAsNonRoot !== undefined) sc.push(`runAsNonRoot: ${c.runAsNonRoot}`)
    const caps: string[] = []
    if (c.add) caps.push(`add: [${c.add.join(', ')}]`)
    if (c.drop) caps.push(`drop: [${c.drop.join(', ')}]`)
    if (c.flow) {
      const all = caps.length > 0 ? [...sc, `capabilities: {${caps.join(', ')}}`] : sc
      if (all.length > 0) inner(`    securityContext: {${all.join(', ')}}`)
    } else if (sc.length > 0 || caps.length > 0) {
      inner('    securityContext:')
      for (const s of sc) inner(`      ${s}`)
      if (caps.length > 0) {
        inner('      capabilities:')
        if (c.add) {
          inner('        add:')
          for (const a of c.add) inner(`        - ${a}`)
        }
        if (c.drop) inner(`        drop: [${c.drop.join(', ')}]`)
      }
    }
  })
  return { text: `${lines.join('\n')}\n`, comments }
}

const meets = (text: string, level: Level) => {
  const r = evaluate({ pod: text, policy: '', options: { level } })
  return (
    r.problems.every((p) => p.severity !== 'error' || p.code === 'api-invalid') &&
    r.workloads.length === 1 &&
    r.workloads.every((w) => w.podSecurity?.allowed)
  )
}

describe('fixAll on random fixable pods', () => {
  it('meets the level and keeps every comment', () => {
    fc.assert(
      fc.property(podArb, (p) => {
        const { text, comments } = render(p)
        const r = fixAll(text, p.level)
        expect(r.unreadable).toBeNull()
        expect(r.decisions).toEqual([])
        expect(r.meets).toBe(true)
        expect(meets(r.text, p.level)).toBe(true)
        for (const c of comments) expect(r.text).toContain(c)
        // a second pass has nothing left to do
        expect(fixAll(r.text, p.level).applied).toEqual([])
      }),
      { numRuns: 150 },
    )
  })
})
