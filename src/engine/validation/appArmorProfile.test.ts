import { describe, expect, it } from 'vitest'
import { appArmorProfileErrors } from './appArmorProfile'
import { At } from './at'
import { messages } from './testing/ctx'

// pkg/apis/core/validation/validation.go ValidateAppArmorProfileField (Go strings.TrimSpace)
describe('appArmorProfile field', () => {
  const at = At.root('spec').child('containers').index(0).child('securityContext')
  const A = 'spec.containers[0].securityContext.appArmorProfile'
  it.each([
    [{ type: 'RuntimeDefault' }, []],
    [{ type: 'Localhost', localhostProfile: 'k8s-apparmor-example' }, []],
    [{}, [`${A}.type: Required value: type is required when appArmorProfile is set`]],
    [
      { type: 'Foo' },
      [
        `${A}.type: Unsupported value: "Foo": supported values: "Localhost", "RuntimeDefault", "Unconfined"`,
      ],
    ],
    [
      { type: 'Localhost' },
      [`${A}.localhostProfile: Required value: must be set when AppArmor type is Localhost`],
    ],
    [
      { type: 'Localhost', localhostProfile: '' },
      [`${A}.localhostProfile: Required value: must be set when AppArmor type is Localhost`],
    ],
    [
      { type: 'Localhost', localhostProfile: ' p' },
      [`${A}.localhostProfile: Invalid value: " p": must not be padded with whitespace`],
    ],
    [
      { type: 'Localhost', localhostProfile: 'p\u0085' },
      [`${A}.localhostProfile: Invalid value: "p\\u0085": must not be padded with whitespace`],
    ],
    [{ type: 'Localhost', localhostProfile: 'p\ufeff' }, []],
    [
      { type: 'Localhost', localhostProfile: 'a'.repeat(4096) },
      [`${A}.localhostProfile: Too long: may not be more than 4095 bytes`],
    ],
    [
      { type: 'Unconfined', localhostProfile: 'p' },
      [
        `${A}.localhostProfile: Invalid value: "p": can only be set when AppArmor type is Localhost`,
      ],
    ],
  ])('%j', (p, want) => {
    expect(messages(appArmorProfileErrors({ appArmorProfile: p }, at))).toEqual(want)
  })
})
