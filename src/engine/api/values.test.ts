/** The closed sets of values, each read from where the engine validates or evaluates with it. */
import { describe, expect, it } from 'vitest'
import { ALL_CAPABILITIES } from '../effective/capabilities'
import { PSP_RULES } from '../psp/validate'
import { ALL_VOLUME_TYPES } from '../psp/volumeTypes'
import { LEVELS, VERSIONS } from '../vocabulary'
import { structType } from './tree'
import { type ValueSlot, valuesFor } from './values'

const slot = (owner: string, field: string, over: Partial<ValueSlot> = {}): ValueSlot => {
  const t = structType(owner)!.fields.get(field)!
  const item = over.item ?? false
  return {
    kind: 'Pod',
    owner,
    field,
    type: item && t.kind === 'list' ? t.of : t,
    item,
    entry: null,
    ...over,
  }
}

const values = (s: ValueSlot) => valuesFor(s).map((v) => v.value)
const labels = (entry: string, kind = 'Namespace') =>
  values({
    ...slot('ObjectMeta', 'labels'),
    kind,
    entry,
    type: { kind: 'string', go: 'string', elem: 'string' },
  })

describe('valuesFor', () => {
  it.each([
    ['a bool', () => values(slot('SecurityContext', 'privileged')), ['true', 'false']],
    ['a free string', () => values(slot('Container', 'image')), []],
    ['a number', () => values(slot('SecurityContext', 'runAsUser')), []],
    [
      'capabilities to add',
      () => values(slot('Capabilities', 'add', { item: true })),
      ['ALL', ...ALL_CAPABILITIES],
    ],
    ['the capabilities list itself', () => values(slot('Capabilities', 'add')), []],
    ['enforce label', () => labels('pod-security.kubernetes.io/enforce'), [...LEVELS]],
    [
      'audit-version label',
      () => labels('pod-security.kubernetes.io/audit-version'),
      [...VERSIONS],
    ],
    ['an unknown mode', () => labels('pod-security.kubernetes.io/deny'), []],
    ['on another kind', () => labels('pod-security.kubernetes.io/warn', 'Pod'), []],
    [
      'PSP fsGroup rule',
      () => values(slot('FSGroupStrategyOptions', 'rule')),
      [...PSP_RULES.fsGroup],
    ],
    [
      'PSP runAsGroup rule',
      () => values(slot('RunAsGroupStrategyOptions', 'rule')),
      [...PSP_RULES.runAsGroup],
    ],
    [
      'PSP volumes',
      () => values(slot('PodSecurityPolicySpec', 'volumes', { item: true })),
      ['*', ...ALL_VOLUME_TYPES],
    ],
    [
      'PSP required drops',
      () => values(slot('PodSecurityPolicySpec', 'requiredDropCapabilities', { item: true })),
      ['ALL', ...ALL_CAPABILITIES],
    ],
    [
      'PSP sysctls (open)',
      () => values(slot('PodSecurityPolicySpec', 'forbiddenSysctls', { item: true })),
      [],
    ],
  ])('%s', (_name, got, want) => {
    expect(got()).toEqual(want)
  })

  it('documents every PodSecurityPolicy rule and every API enumeration value', () => {
    const documented = [
      slot('RunAsUserStrategyOptions', 'rule'),
      slot('SELinuxStrategyOptions', 'rule'),
      slot('SupplementalGroupsStrategyOptions', 'rule'),
      slot('SeccompProfile', 'type'),
      slot('AppArmorProfile', 'type'),
      slot('SecurityContext', 'procMount'),
      slot('Container', 'imagePullPolicy'),
      slot('PodSpec', 'restartPolicy'),
      slot('ContainerPort', 'protocol'),
    ]
    for (const s of documented)
      for (const v of valuesFor(s)) expect(v.doc, `${s.owner}.${s.field} ${v.value}`).not.toBe('')
  })
})
