/**
 * Property: however a Pod is written in YAML, podplay judges what the API server would hold.
 * Random Pods (the ground truth, as a Go decoder holds them: testing/podYaml.ts) are rendered to
 * random equivalent texts (flow/block, quoting, YAML 1.1 booleans and integers, anchors, aliases,
 * merge keys in document order, duplicates, nulls, comments, `__proto__` in a merge), then:
 * 1. reading and decoding the text gives the ground truth (go-yaml v2 decode.go / resolve.go,
 *    sigs.k8s.io/json for nulls and unknown fields);
 * 2. evaluate() gives, at the chosen level and at every level of the ladder, exactly the verdict
 *    and violations that evaluatePss gives for the ground truth after the API defaults
 *    (pkg/apis/core/v1/defaults.go, pkg/registry/core/pod/strategy.go);
 * 3. when evaluate() admits the pod at a level, an independent reading of the Pod Security
 *    Standards (pod-security-admission policy/check_*.go, written here for the generated fields)
 *    agrees that the ground truth meets it;
 * 4. the effective capabilities are those of the ground truth, and under containerd those of an
 *    independent reading of containerd's rules (internal/cri/opts/spec_opts.go WithCapabilities).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeObject } from '../api'
import { computeEffective } from '../effective/compute'
import { ALL_CAPABILITIES, RUNTIME_DEFAULTS } from '../effective/capabilities'
import { evaluate } from '../index'
import { evaluatePss } from '../pss'
import { BASELINE_CAPABILITIES } from '../pss/checks/capabilities_baseline'
import type { Level, Runtime } from '../report'
import { groundTruthPod, type Json, renderPod, sameJson } from '../testing/podYaml'
import { applyPodDefaults } from '../workloads/defaults'
import { readYaml } from '../yaml'

type O = Record<string, unknown>
const obj = (v: unknown): O =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as O) : {}
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const LEVELS: Level[] = ['privileged', 'baseline', 'restricted']

const input = fc.record({
  pod: groundTruthPod,
  seed: fc.integer(),
  level: fc.constantFrom(...LEVELS),
  runtime: fc.constantFrom<Runtime>('containerd', 'cri-o'),
})

/** The ground truth after decoding defaults and a Pod's create-time rewrites. */
const defaulted = (pod: unknown) => applyPodDefaults(pod, { kind: 'Pod', create: true }).pod

function containersOf(pod: unknown): O[] {
  const spec = obj(obj(pod).spec)
  return [...arr(spec.initContainers), ...arr(spec.containers)].map(obj)
}

// An independent reading of the Pod Security Standards at `latest` for the fields the generator
// writes (pod-security-admission policy/check_*.go; pod-security-standards.md).
// The fixed lists are the engine's, each checked by its own table; the rules below are written anew.
const BASELINE_CAPS = BASELINE_CAPABILITIES
const SAFE_SYSCTLS = new Set(['kernel.shm_rmid_forced', 'net.ipv4.tcp_syncookies'])
const RESTRICTED_VOLUMES = new Set(['emptyDir', 'configMap', 'secret'])

function meetsBaseline(pod: unknown): boolean {
  const meta = obj(obj(pod).metadata)
  const spec = obj(obj(pod).spec)
  const psc = obj(spec.securityContext)
  if (spec.hostNetwork === true || spec.hostPID === true || spec.hostIPC === true) return false
  if (arr(spec.volumes).some((v) => 'hostPath' in obj(v))) return false
  if (arr(psc.sysctls).some((s) => !SAFE_SYSCTLS.has(String(obj(s).name)))) return false
  if (!['', 'container_t', undefined].includes(obj(psc.seLinuxOptions).type as string)) return false
  const badAppArmor = (sc: O) => {
    const p = sc.appArmorProfile
    return p !== undefined && !['RuntimeDefault', 'Localhost'].includes(obj(p).type as string)
  }
  if (badAppArmor(psc) || obj(psc.seccompProfile).type === 'Unconfined') return false
  for (const [k, v] of Object.entries(obj(meta.annotations))) {
    if (!k.startsWith('container.apparmor.security.beta.kubernetes.io/')) continue
    if (!(v === '' || v === 'runtime/default' || String(v).startsWith('localhost/'))) return false
  }
  for (const c of containersOf(pod)) {
    const sc = obj(c.securityContext)
    if (sc.privileged === true) return false
    if (arr(obj(sc.capabilities).add).some((a) => !BASELINE_CAPS.has(a as string))) return false
    if (arr(c.ports).some((p) => (obj(p).hostPort ?? 0) !== 0)) return false
    if (badAppArmor(sc) || obj(sc.seccompProfile).type === 'Unconfined') return false
    if ((sc.procMount ?? 'Default') !== 'Default' && spec.hostUsers !== false) return false
  }
  return true
}

function meetsRestricted(pod: unknown): boolean {
  if (!meetsBaseline(pod)) return false
  const spec = obj(obj(pod).spec)
  const psc = obj(spec.securityContext)
  const userNs = spec.hostUsers === false
  if (arr(spec.volumes).some((v) => !Object.keys(obj(v)).some((k) => RESTRICTED_VOLUMES.has(k))))
    return false
  if (!userNs && (psc.runAsNonRoot === false || psc.runAsUser === 0)) return false
  const podSeccomp = obj(psc.seccompProfile).type
  if (podSeccomp !== undefined && !['RuntimeDefault', 'Localhost'].includes(podSeccomp as string))
    return false
  for (const c of containersOf(pod)) {
    const sc = obj(c.securityContext)
    if (sc.allowPrivilegeEscalation !== false) return false
    if (!userNs && (sc.runAsUser === 0 || (sc.runAsNonRoot ?? psc.runAsNonRoot) !== true))
      return false
    const seccomp = obj(sc.seccompProfile).type ?? podSeccomp
    if (!['RuntimeDefault', 'Localhost'].includes(seccomp as string)) return false
    const caps = obj(sc.capabilities)
    if (!arr(caps.drop).includes('ALL')) return false
    if (arr(caps.add).some((a) => a !== 'NET_BIND_SERVICE')) return false
    if ((sc.procMount ?? 'Default') !== 'Default') return false
  }
  return true
}

const meets = (pod: unknown, level: Level) =>
  level === 'privileged' || (level === 'baseline' ? meetsBaseline(pod) : meetsRestricted(pod))

// containerd's 14 defaults (pkg/oci/spec.go) and WithCapabilities: add ALL, drop ALL, each add,
// each drop, every name as CAP_ + upper case (so CAP_SYS_ADMIN is unknown and ignored by runc).
const CONTAINERD_DEFAULT = RUNTIME_DEFAULTS.containerd
function containerdCapabilities(c: O): string[] {
  const sc = obj(c.securityContext)
  if (sc.privileged === true) return [...ALL_CAPABILITIES].sort()
  const up = (v: unknown) => String(v).toUpperCase()
  const add = arr(obj(sc.capabilities).add).map(up)
  const drop = arr(obj(sc.capabilities).drop).map(up)
  let caps = new Set<string>(CONTAINERD_DEFAULT)
  if (add.includes('ALL')) caps = new Set(ALL_CAPABILITIES)
  if (drop.includes('ALL')) caps = new Set()
  for (const a of add) if ((ALL_CAPABILITIES as readonly string[]).includes(a)) caps.add(a)
  for (const d of drop) caps.delete(d)
  return [...caps].sort()
}

const verdict = (
  allowed: boolean,
  violations: { check: string; reason: string; detail: string }[],
) => ({
  allowed,
  violations: violations.map((v) => [v.check, v.reason, v.detail]),
})

describe('a Pod written any equivalent way in YAML is judged as the API server holds it', () => {
  it('renders every trick at least once over the runs (the generator is not idle)', () => {
    const texts = fc
      .sample(input, { numRuns: 300, seed: 1 })
      .map(({ pod, seed }) => renderPod(pod, seed))
      .join('\n')
    for (const trick of [
      /<<: \*a\d/, // merge of an alias
      /<<: \{/, // inline merge
      /__proto__: \{runAsNonRoot/, // __proto__ in a merge
      /: (yes|Yes|YES|on|On|ON|y|Y)\b/, // YAML 1.1 true
      /: (no|No|NO|off|Off|OFF|n|N)\b/, // YAML 1.1 false
      /: 0[0-7]+\b/, // octal
      /: \+?0x[0-9A-F]+/, // hex
      /: 0b[01]+/, // binary
      /: 0o[0-7]+/, // 0o octal
      /: \d+_\d+/, // underscores
      /: !!int "/, // tagged int
      /: !!str /, // tagged string
      /: \|-/, // literal block
      /"\\x[0-9a-f]{2}/, // \x escape
      /: &a\d/, // anchor
      /: \*a\d/, // alias
      /: (~|null|Null|NULL)\b/, // null
      /decoy-/, // stale value before a merge
      /: stale\b/, // duplicate key
      /# a comment/,
    ]) {
      expect(texts, String(trick)).toMatch(trick)
    }
  })

  it('reading and decoding the text gives the ground truth', () => {
    fc.assert(
      fc.property(input, ({ pod, seed }) => {
        const text = renderPod(pod, seed)
        const read = readYaml(text)
        expect(
          read.problems.filter((p) => p.severity === 'error'),
          text,
        ).toEqual([])
        expect(read.documents).toHaveLength(1)
        const decoded = decodeObject('Pod', read.documents[0]?.value)
        // only the `__proto__` junk of a merge may be an unknown field
        for (const p of decoded.problems) expect(p.message, text).toContain('__proto__')
        expect(sameJson(decoded.value as Json, pod), text).toBe(true)
        // nothing from the input became a prototype
        expect([null, Object.prototype]).toContain(Object.getPrototypeOf(obj(decoded.value).spec))
      }),
      { numRuns: 250 },
    )
  })

  it('evaluate() gives the ground truth’s verdicts, violations and capabilities', () => {
    const admitted: Record<Level, number> = { privileged: 0, baseline: 0, restricted: 0 }
    fc.assert(
      fc.property(input, ({ pod, seed, level, runtime }) => {
        const text = renderPod(pod, seed)
        const report = evaluate({ pod: text, policy: '', options: { level, runtime } })
        expect(report.workloads, text).toHaveLength(1)
        const w = report.workloads[0]!
        const truth = defaulted(pod)

        const ps = w.podSecurity!
        const expected = evaluatePss(truth, level, 'latest')
        expect(verdict(ps.allowed, ps.violations), text).toEqual(
          verdict(expected.allowed, expected.violations),
        )
        for (const l of LEVELS) {
          const got = ps.levels?.[l]
          const want = evaluatePss(truth, l, 'latest')
          expect(got && verdict(got.allowed, got.violations), `${l}\n${text}`).toEqual(
            verdict(want.allowed, want.violations),
          )
          if (got?.allowed) {
            admitted[l]++
            expect(meets(truth, l), `${l}\n${text}`).toBe(true)
          }
        }

        const caps = w.effective.containers.map((c) => [...c.capabilities].sort())
        const want = computeEffective(truth, { runtime }).containers.map((c) =>
          [...c.capabilities].sort(),
        )
        expect(caps, text).toEqual(want)
        if (runtime === 'containerd')
          expect(caps, text).toEqual(containersOf(truth).map(containerdCapabilities))
      }),
      { numRuns: 250 },
    )
    // the independent reading was put to the test on both sides of each line
    expect(admitted.baseline).toBeGreaterThan(50)
    expect(admitted.restricted).toBeGreaterThan(25)
    expect(admitted.baseline).toBeLessThan(250)
  })
})
