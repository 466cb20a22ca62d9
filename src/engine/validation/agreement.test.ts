import { describe, expect, it } from 'vitest'
import { appArmorAgreementErrors } from './appArmorAgreement'
import { seccompAgreementErrors } from './seccompAgreement'
import { ctx, messages } from './testing/ctx'

// pkg/apis/core/validation/validation.go validateSeccompAnnotationsAndFields,
// validateSeccompAnnotationsAndFieldsMatch
describe('seccomp annotation and field agree', () => {
  const POD = 'seccomp.security.alpha.kubernetes.io/pod'
  const C = 'container.seccomp.security.alpha.kubernetes.io/app'
  const spec = (pod: object | undefined, container: object | undefined) => ({
    securityContext: pod ? { seccompProfile: pod } : {},
    containers: [{ name: 'app', securityContext: container ? { seccompProfile: container } : {} }],
  })
  it.each([
    [{ [POD]: 'runtime/default' }, spec({ type: 'RuntimeDefault' }, undefined), []],
    [{ [POD]: 'docker/default' }, spec({ type: 'RuntimeDefault' }, undefined), []],
    [
      { [POD]: 'unconfined' },
      spec({ type: 'RuntimeDefault' }, undefined),
      [
        'spec.securityContext.seccompProfile.type: Forbidden: seccomp type in annotation and field must match',
      ],
    ],
    [
      { [C]: 'runtime/default' },
      spec(undefined, { type: 'Unconfined' }),
      [
        'spec.containers[0].securityContext.seccompProfile.type: Forbidden: seccomp type in annotation and field must match',
      ],
    ],
    [
      { [C]: 'localhost/a' },
      spec(undefined, { type: 'Localhost', localhostProfile: 'b' }),
      [
        'spec.containers[0].securityContext.seccompProfile.localhostProfile: Forbidden: seccomp profile in annotation and field must match',
      ],
    ],
    [{ [C]: 'localhost/a' }, spec(undefined, { type: 'Localhost', localhostProfile: 'a' }), []],
    [{ [C]: 'unconfined' }, spec({ type: 'RuntimeDefault' }, undefined), []],
  ])('%j %#', (annotations, s, want) => {
    expect(messages(seccompAgreementErrors(annotations, ctx(s)))).toEqual(want)
  })
})

// pkg/apis/core/validation/validation.go validateAppArmorAnnotationsAndFieldsMatchOnCreate
describe('AppArmor annotation and field agree', () => {
  const K = 'container.apparmor.security.beta.kubernetes.io/app'
  const A = 'spec.containers[0].securityContext.appArmorProfile'
  const spec = (pod: object | undefined, container: object | undefined, os?: string) => ({
    ...(os ? { os: { name: os } } : {}),
    securityContext: pod ? { appArmorProfile: pod } : {},
    containers: [{ name: 'app', securityContext: container ? { appArmorProfile: container } : {} }],
  })
  it.each([
    [{ [K]: 'runtime/default' }, spec(undefined, { type: 'RuntimeDefault' }), []],
    [
      { [K]: 'unconfined' },
      spec(undefined, { type: 'RuntimeDefault' }),
      [`${A}.type: Forbidden: apparmor type in annotation and field must match`],
    ],
    [
      { [K]: 'unconfined' },
      spec({ type: 'RuntimeDefault' }, undefined),
      [`${A}.type: Forbidden: apparmor type in annotation and field must match`],
    ],
    [{ [K]: 'unconfined' }, spec({ type: 'RuntimeDefault' }, undefined, 'windows'), []],
    [
      { [K]: 'localhost/x' },
      spec(undefined, { type: 'Localhost', localhostProfile: 'y' }),
      [`${A}.localhostProfile: Forbidden: apparmor profile in annotation and field must match`],
    ],
    [
      { [K]: 'runtime/default' },
      spec(undefined, { type: 'Localhost', localhostProfile: 'y' }),
      [`${A}.type: Forbidden: apparmor type in annotation and field must match`],
    ],
  ])('%j %#', (annotations, s, want) => {
    expect(messages(appArmorAgreementErrors(annotations, ctx(s)))).toEqual(want)
  })
})
