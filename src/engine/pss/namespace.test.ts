import { describe, expect, it } from 'vitest'
import { kubernetesPolicy, resolvePolicy } from './namespace'

const P = 'pod-security.kubernetes.io/'
const labels = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [P + k, v]))

describe('namespace labels (Kubernetes rules)', () => {
  it('defaults every mode to privileged:latest; no labels means not labelled', () => {
    const k = kubernetesPolicy(null)
    expect(k).toEqual({
      enforce: { level: 'privileged', version: 'latest' },
      audit: { level: 'privileged', version: 'latest' },
      warn: { level: 'privileged', version: 'latest' },
      labelProblems: [],
      labelled: false,
    })
    expect(kubernetesPolicy({ 'kubernetes.io/metadata.name': 'x' }).labelled).toBe(false)
  })

  it('warn inherits an explicit, stricter enforce level and its version', () => {
    const k = kubernetesPolicy(labels({ enforce: 'baseline', 'enforce-version': 'v1.25' }))
    expect(k.enforce).toEqual({ level: 'baseline', version: 'v1.25' })
    expect(k.warn).toEqual({ level: 'baseline', version: 'v1.25' })
    expect(k.audit).toEqual({ level: 'privileged', version: 'latest' })
  })

  it('warn keeps its own warn-version when inheriting the enforce level', () => {
    const k = kubernetesPolicy(labels({ enforce: 'restricted', 'warn-version': 'v1.20' }))
    expect(k.warn).toEqual({ level: 'restricted', version: 'v1.20' })
  })

  it('an explicit warn level is kept even when less strict', () => {
    const k = kubernetesPolicy(labels({ enforce: 'restricted', warn: 'baseline' }))
    expect(k.warn).toEqual({ level: 'baseline', version: 'latest' })
  })

  it('enforce-version alone does not make warn inherit', () => {
    const k = kubernetesPolicy(labels({ 'enforce-version': 'v1.30' }))
    expect(k.labelled).toBe(true)
    expect(k.enforce).toEqual({ level: 'privileged', version: 'v1.30' })
    expect(k.warn).toEqual({ level: 'privileged', version: 'latest' })
  })

  it('an invalid enforce level fails closed (restricted) and warn does not inherit', () => {
    const k = kubernetesPolicy(labels({ enforce: 'Restricted' }))
    expect(k.enforce).toEqual({ level: 'restricted', version: 'latest' })
    expect(k.warn).toEqual({ level: 'privileged', version: 'latest' })
    expect(k.labelProblems).toEqual([
      {
        label: `${P}enforce`,
        message: `metadata.labels[${P}enforce]: Invalid value: "Restricted": must be one of privileged, baseline, restricted`,
      },
    ])
  })

  it('invalid audit and warn levels fail open; invalid versions are latest', () => {
    const k = kubernetesPolicy(
      labels({ audit: 'strict', warn: '', 'warn-version': '1.25', 'audit-version': 'v1.025' }),
    )
    expect(k.audit).toEqual({ level: 'privileged', version: 'latest' })
    expect(k.warn).toEqual({ level: 'privileged', version: 'latest' })
    expect(k.labelProblems.map((p) => p.message)).toEqual([
      `metadata.labels[${P}audit]: Invalid value: "strict": must be one of privileged, baseline, restricted`,
      `metadata.labels[${P}audit-version]: Invalid value: "v1.025": must be "latest" or "v1.x"`,
      `metadata.labels[${P}warn]: Invalid value: "": must be one of privileged, baseline, restricted`,
      `metadata.labels[${P}warn-version]: Invalid value: "1.25": must be "latest" or "v1.x"`,
    ])
  })

  it('a label value of the wrong type is invalid', () => {
    const k = kubernetesPolicy(labels({ enforce: true, 'enforce-version': 1.25 }))
    expect(k.enforce).toEqual({ level: 'restricted', version: 'latest' })
    expect(k.labelProblems.map((p) => p.label)).toEqual([`${P}enforce`, `${P}enforce-version`])
  })
})

describe('podplay policy choice', () => {
  // pod-security-admission/admission/api/v1/defaults.go: no configuration file, no labels.
  it("without a labelled namespace: PSA's default, privileged:latest", () => {
    expect(resolvePolicy(null)).toEqual({
      enforce: { level: 'privileged', version: 'latest' },
      source: 'default',
      namespace: null,
      labelProblems: [],
    })
  })

  it('a labelled namespace decides, with privileged defaults for its missing labels', () => {
    const r = resolvePolicy(labels({ warn: 'restricted' }))
    expect(r.enforce).toEqual({ level: 'privileged', version: 'latest' })
    expect(r.source).toBe('namespace')
    expect(r.namespace?.warn).toEqual({ level: 'restricted', version: 'latest' })
  })

  it('an override replaces only the part it names', () => {
    const r = resolvePolicy(labels({ enforce: 'baseline', 'enforce-version': 'v1.25' }), {
      level: 'restricted',
    })
    expect(r.enforce).toEqual({ level: 'restricted', version: 'v1.25' })
    expect(r.source).toBe('override')
    expect(resolvePolicy(null, { version: 'v1.30' }).enforce).toEqual({
      level: 'privileged',
      version: 'v1.30',
    })
  })

  it('passes label problems on, with the fallback level', () => {
    const r = resolvePolicy(labels({ enforce: 'nope' }))
    expect(r.enforce.level).toBe('restricted')
    expect(r.labelProblems).toHaveLength(1)
  })
})
