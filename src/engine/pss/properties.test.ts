/**
 * Properties over generated pods (fast-check): restricted implies baseline, privileged admits
 * everything, nothing throws on arbitrary input, and key order does not matter.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Level } from '../report'
import { checksFor, evaluatePss, highestLevel } from './evaluate'

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
const junk = fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constant(null), fc.boolean())
const bool = fc.oneof(fc.boolean(), junk)
const str = (...values: string[]) => fc.oneof(fc.constantFrom(...values), junk)
const capability = str('ALL', 'NET_BIND_SERVICE', 'CHOWN', 'NET_RAW', 'SYS_ADMIN', 'all')

const securityContext = fc.record(
  {
    privileged: bool,
    allowPrivilegeEscalation: bool,
    runAsNonRoot: bool,
    runAsUser: fc.oneof(fc.constantFrom(0, 1000), junk),
    procMount: str('Default', 'Unmasked', ''),
    capabilities: fc.record({
      add: maybe(fc.array(capability, { maxLength: 3 })),
      drop: maybe(fc.array(capability, { maxLength: 2 })),
    }),
    seccompProfile: fc.record({ type: str('RuntimeDefault', 'Localhost', 'Unconfined') }),
    appArmorProfile: fc.record(
      { type: str('RuntimeDefault', 'Localhost', 'Unconfined') },
      { requiredKeys: [] },
    ),
    seLinuxOptions: fc.record(
      { type: str('container_t', 'spc_t', 'container_engine_t'), user: str('', 'u') },
      { requiredKeys: [] },
    ),
    windowsOptions: fc.record({ hostProcess: bool }),
    sysctls: fc.array(
      fc.record({ name: str('kernel.shm_rmid_forced', 'kernel.msgmax', 'net.ipv4.tcp_rmem') }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: [] },
)

const probe = fc.record({
  httpGet: fc.record({ host: str('', 'localhost'), port: fc.constant(80) }),
})
const container = fc.record(
  {
    name: fc.oneof(fc.constantFrom('a', 'b', 'c'), junk),
    securityContext,
    ports: fc.array(
      fc.record(
        { containerPort: fc.constant(80), hostPort: fc.oneof(fc.constantFrom(0, 80, 8080), junk) },
        { requiredKeys: [] },
      ),
      { maxLength: 2 },
    ),
    livenessProbe: probe,
  },
  { requiredKeys: ['name'] },
)
// One source per volume, as API validation requires (a volume with secret and hostPath together
// would pass restrictedVolumes but fail hostPathVolumes).
const volume = fc
  .tuple(
    fc.constantFrom('a', 'b'),
    fc.constantFrom('emptyDir', 'secret', 'hostPath', 'nfs', 'configMap'),
  )
  .map(([name, source]) => ({ name, [source]: {} }))

const pod = fc.record({
  metadata: fc.record({
    name: fc.constant('p'),
    annotations: fc.dictionary(
      fc.constantFrom(
        'container.apparmor.security.beta.kubernetes.io/a',
        'container.apparmor.security.beta.kubernetes.io/a-b',
        'seccomp.security.alpha.kubernetes.io/pod',
        'container.seccomp.security.alpha.kubernetes.io/a',
        'x',
      ),
      str('runtime/default', 'unconfined', 'localhost/p', ''),
    ),
  }),
  spec: fc.record(
    {
      hostNetwork: bool,
      hostPID: bool,
      hostUsers: bool,
      os: fc.record({ name: str('linux', 'windows') }),
      securityContext,
      initContainers: fc.array(container, { maxLength: 2 }),
      containers: fc.array(container, { minLength: 1, maxLength: 3 }),
      ephemeralContainers: fc.array(container, { maxLength: 1 }),
      volumes: fc.array(volume, { maxLength: 3 }),
    },
    { requiredKeys: ['containers'] },
  ),
})

const version = fc.oneof(
  fc.constant('latest'),
  fc.integer({ min: 0, max: 40 }).map((n) => `v1.${n}`),
)
const level = fc.constantFrom<Level>('privileged', 'baseline', 'restricted')

/** A deep copy with every object's keys in a shuffled order (arrays keep their order). */
function shuffleKeys(v: unknown, rnd: () => number): unknown {
  if (Array.isArray(v)) return v.map((x) => shuffleKeys(x, rnd))
  if (typeof v !== 'object' || v === null) return v
  const entries = Object.entries(v)
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[entries[i], entries[j]] = [entries[j]!, entries[i]!]
  }
  return Object.fromEntries(entries.map(([k, x]) => [k, shuffleKeys(x, rnd)]))
}

describe('PSS properties', () => {
  it('a pod that meets restricted meets baseline (every version)', () => {
    fc.assert(
      fc.property(pod, version, (p, v) => {
        if (evaluatePss(p, 'restricted', v).allowed)
          expect(evaluatePss(p, 'baseline', v).allowed).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('privileged admits everything, even non-pods', () => {
    fc.assert(
      fc.property(fc.oneof(pod, fc.anything()), version, (p, v) => {
        expect(evaluatePss(p, 'privileged', v).allowed).toBe(true)
      }),
    )
  })

  it('never throws on arbitrary input and is deterministic', () => {
    const shaped = fc.anything().map((x) => ({
      metadata: { annotations: x },
      spec: { containers: [x], volumes: [x], securityContext: x },
    }))
    fc.assert(
      fc.property(fc.oneof(fc.anything(), shaped, pod), level, version, (p, l, v) => {
        const a = evaluatePss(p, l, v)
        expect(evaluatePss(p, l, v)).toEqual(a)
        expect(a.allowed).toBe(a.violations.length === 0)
        expect(a.message === null).toBe(a.allowed)
      }),
      { numRuns: 300 },
    )
  })

  it('does not depend on the order of object keys', () => {
    fc.assert(
      fc.property(pod, level, version, fc.integer(), (p, l, v, seed) => {
        let s = seed
        const rnd = () => {
          s = (s * 1103515245 + 12345) & 0x7fffffff
          return s / 0x80000000
        }
        expect(evaluatePss(shuffleKeys(p, rnd), l, v)).toEqual(evaluatePss(p, l, v))
      }),
      { numRuns: 300 },
    )
  })

  it('evaluations of one pod sharing their check results give what each gives alone', () => {
    fc.assert(
      fc.property(
        pod,
        fc.array(fc.tuple(level, version), { minLength: 2, maxLength: 5 }),
        (p, asks) => {
          const checkResults = new Map()
          for (const [l, v] of asks)
            expect(evaluatePss(p, l, v, { checkResults })).toEqual(evaluatePss(p, l, v))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('a check shared by several evaluations of one pod runs once', () => {
    const checkResults = new Map()
    evaluatePss({ spec: { containers: [{ name: 'a' }] } }, 'baseline', 'latest', { checkResults })
    const afterBaseline = checkResults.size
    expect(afterBaseline).toBeGreaterThan(0)
    evaluatePss({ spec: { containers: [{ name: 'a' }] } }, 'baseline', 'latest', { checkResults })
    expect(checkResults.size).toBe(afterBaseline)
    evaluatePss({ spec: { containers: [{ name: 'a' }] } }, 'restricted', 'latest', { checkResults })
    // only the restricted checks were added: the baseline ones it repeats were reused
    expect(checkResults.size - afterBaseline).toBeLessThan(checksFor('restricted', 37).length)
  })

  it('highestLevel agrees with the evaluations', () => {
    fc.assert(
      fc.property(pod, version, (p, v) => {
        const h = highestLevel(p, v)
        expect(h === 'restricted').toBe(evaluatePss(p, 'restricted', v).allowed)
        expect(h !== 'privileged').toBe(evaluatePss(p, 'baseline', v).allowed)
      }),
    )
  })
})
