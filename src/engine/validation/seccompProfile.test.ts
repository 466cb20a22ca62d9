import { describe, expect, it } from 'vitest'
import { At } from './at'
import { seccompProfileErrors } from './seccompProfile'
import { messages } from './testing/ctx'

// pkg/apis/core/validation/validation.go validateSeccompProfileField, validateSeccompProfileType,
// validateLocalDescendingPath
describe('seccompProfile field', () => {
  const at = At.root('spec').child('securityContext')
  const S = 'spec.securityContext.seccompProfile'
  it.each([
    [{ type: 'RuntimeDefault' }, []],
    [{ type: 'Localhost', localhostProfile: 'profiles/a.json' }, []],
    [{}, [`${S}.type: Required value: type is required when seccompProfile is set`]],
    [
      { type: 'Foo' },
      [
        `${S}.type: Unsupported value: "Foo": supported values: "Localhost", "RuntimeDefault", "Unconfined"`,
      ],
    ],
    [
      { type: 'Localhost' },
      [`${S}.localhostProfile: Required value: must be set when seccomp type is Localhost`],
    ],
    [
      { type: 'Localhost', localhostProfile: '/x' },
      [`${S}.localhostProfile: Invalid value: "/x": must be a relative path`],
    ],
    [
      { type: 'Localhost', localhostProfile: 'a/../b' },
      [`${S}.localhostProfile: Invalid value: "a/../b": must not contain '..'`],
    ],
    [
      { type: 'Localhost', localhostProfile: '/../b' },
      [
        `${S}.localhostProfile: Invalid value: "/../b": must be a relative path`,
        `${S}.localhostProfile: Invalid value: "/../b": must not contain '..'`,
      ],
    ],
    [
      { type: 'RuntimeDefault', localhostProfile: 'p' },
      [
        `${S}.localhostProfile: Invalid value: {"Type":"RuntimeDefault","LocalhostProfile":"p"}: can only be set when seccomp type is Localhost`,
      ],
    ],
  ])('%j', (sp, want) => {
    expect(messages(seccompProfileErrors({ seccompProfile: sp }, at))).toEqual(want)
  })
})
