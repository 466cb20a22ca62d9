import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluatePsp } from './evaluate'
import { policy } from './testing/cases'
import type { Obj } from './types'
import { ALL_VOLUME_TYPES } from './volumeTypes'

const CAPS = ['CHOWN', 'KILL', 'NET_RAW', 'NET_ADMIN', 'SYS_ADMIN', 'SYS_TIME', 'ALL', 'net_raw']
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined })
const defined = (o: Obj): Obj =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))

const securityContext = fc
  .record({
    privileged: opt(fc.boolean()),
    runAsUser: opt(fc.integer({ min: 0, max: 70000 })),
    runAsGroup: opt(fc.integer({ min: 0, max: 70000 })),
    runAsNonRoot: opt(fc.boolean()),
    allowPrivilegeEscalation: opt(fc.boolean()),
    readOnlyRootFilesystem: opt(fc.boolean()),
    procMount: opt(fc.constantFrom('Default', 'Unmasked')),
    capabilities: opt(
      fc.record({ add: opt(fc.subarray(CAPS)), drop: opt(fc.subarray(CAPS)) }).map(defined),
    ),
    seLinuxOptions: opt(
      fc.record({
        type: fc.constantFrom('container_t', 'spc_t'),
        level: fc.constantFrom('s0', 's0:c1,c2'),
      }),
    ),
  })
  .map(defined)

const container = (name: string) =>
  fc
    .record({
      name: fc.constant(name),
      image: fc.constant('img'),
      securityContext: opt(securityContext),
      ports: opt(
        fc.array(
          fc.record({
            containerPort: fc.integer({ min: 1, max: 65535 }),
            hostPort: fc.integer({ min: 0, max: 65535 }),
          }),
          { maxLength: 2 },
        ),
      ),
      volumeMounts: opt(
        fc.array(
          fc
            .record({
              name: fc.constantFrom('v0', 'v1'),
              mountPath: fc.constant('/m'),
              readOnly: opt(fc.boolean()),
            })
            .map(defined),
          { maxLength: 2 },
        ),
      ),
    })
    .map(defined)

const volume = fc
  .tuple(fc.constantFrom(...ALL_VOLUME_TYPES), fc.constantFrom('/', '/etc', '/var/log'))
  .map(([type, path]) => {
    const source = type === 'cephFS' ? 'cephfs' : type
    return {
      source,
      value:
        type === 'hostPath'
          ? { path }
          : type === 'csi' || type === 'flexVolume'
            ? { driver: 'd' }
            : {},
    }
  })

const podArb = fc
  .record({
    hostNetwork: opt(fc.boolean()),
    hostPID: opt(fc.boolean()),
    hostIPC: opt(fc.boolean()),
    runtimeClassName: opt(fc.constantFrom('gvisor', 'kata')),
    securityContext: opt(
      fc
        .record({
          runAsUser: opt(fc.integer({ min: 0, max: 70000 })),
          runAsNonRoot: opt(fc.boolean()),
          fsGroup: opt(fc.integer({ min: 0, max: 70000 })),
          supplementalGroups: opt(fc.array(fc.integer({ min: 0, max: 70000 }), { maxLength: 3 })),
          sysctls: opt(
            fc.array(
              fc.record({
                name: fc.constantFrom(
                  'kernel.shm_rmid_forced',
                  'net.core.somaxconn',
                  'kernel.msgmax',
                ),
                value: fc.constant('1'),
              }),
              { maxLength: 2 },
            ),
          ),
        })
        .map(defined),
    ),
    volumes: opt(
      fc
        .array(volume, { maxLength: 2 })
        .map((vs) => vs.map((v, i) => ({ name: `v${i}`, [v.source]: v.value }))),
    ),
    initContainers: opt(fc.array(container('init'), { maxLength: 1 })),
    containers: fc.array(container('main'), { minLength: 1, maxLength: 2 }),
  })
  .map((spec) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p' },
    spec: defined(spec),
  }))

const PRIVILEGED = policy(
  {
    privileged: true,
    allowPrivilegeEscalation: true,
    allowedCapabilities: ['*'],
    volumes: ['*'],
    hostNetwork: true,
    hostPorts: [{ min: 0, max: 65535 }],
    hostIPC: true,
    hostPID: true,
    allowedUnsafeSysctls: ['*'],
    allowedProcMountTypes: ['Default', 'Unmasked'],
  },
  { 'seccomp.security.alpha.kubernetes.io/allowedProfileNames': '*' },
  'privileged',
)

/** Restrictive-ish valid policies: random capability lists without a wildcard, and a few other knobs. */
const capPolicy = fc
  .record({
    allowed: fc.subarray(CAPS),
    defaults: fc.subarray(CAPS, { maxLength: 2 }),
    drops: fc.subarray(CAPS, { maxLength: 3 }),
    privileged: fc.boolean(),
    readOnlyRootFilesystem: fc.boolean(),
    allowPrivilegeEscalation: fc.boolean(),
  })
  .map((p) => ({
    ...p,
    drops: p.drops.filter((c) => !p.allowed.includes(c) && !p.defaults.includes(c)),
  }))

const toPolicy = (p: { allowed: string[]; defaults: string[]; drops: string[] } & Obj) =>
  policy({
    allowedCapabilities: p.allowed,
    defaultAddCapabilities: p.defaults,
    requiredDropCapabilities: p.drops,
    privileged: p.privileged,
    readOnlyRootFilesystem: p.readOnlyRootFilesystem,
    allowPrivilegeEscalation: p.allowPrivilegeEscalation,
  })

const admits = (pod: unknown, object: Obj) => evaluatePsp(pod, [{ name: 'p', object }]).allowed

describe('PodSecurityPolicy properties', () => {
  it('a privileged policy admits any pod without errors', () => {
    fc.assert(
      fc.property(podArb, (pod) => {
        const r = evaluatePsp(pod, [{ name: 'privileged', object: PRIVILEGED }])
        expect(r.errors).toEqual([])
        expect(r.allowed).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('adding a required drop never admits a pod that was rejected', () => {
    fc.assert(
      fc.property(podArb, capPolicy, fc.constantFrom(...CAPS), (pod, p, extra) => {
        fc.pre(
          !p.allowed.includes(extra) && !p.defaults.includes(extra) && !p.drops.includes(extra),
        )
        if (!admits(pod, toPolicy(p)))
          expect(admits(pod, toPolicy({ ...p, drops: [...p.drops, extra] }))).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('removing an allowed capability never admits a pod that was rejected', () => {
    fc.assert(
      fc.property(podArb, capPolicy, fc.nat(), (pod, p, i) => {
        fc.pre(p.allowed.length > 0)
        const allowed = p.allowed.filter((_, j) => j !== i % p.allowed.length)
        if (!admits(pod, toPolicy(p))) expect(admits(pod, toPolicy({ ...p, allowed }))).toBe(false)
      }),
      { numRuns: 300 },
    )
  })

  it('the result does not depend on the order the policies are written in', () => {
    const named = fc.uniqueArray(
      fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e.x', 'e-x'), capPolicy),
      {
        selector: ([n]) => n,
        minLength: 1,
        maxLength: 4,
      },
    )
    fc.assert(
      fc.property(podArb, named, fc.boolean(), (pod, list, usableSubset) => {
        const policies = list.map(([name, p]) => ({
          name,
          object: { ...toPolicy(p), metadata: { name } },
        }))
        const opts = { usable: usableSubset ? list.slice(0, 2).map(([n]) => n) : null }
        const forward = evaluatePsp(pod, policies, opts)
        const backward = evaluatePsp(pod, [...policies].reverse(), opts)
        expect(backward).toEqual(forward)
      }),
      { numRuns: 200 },
    )
  })
})
