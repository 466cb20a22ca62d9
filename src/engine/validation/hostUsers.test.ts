import { describe, expect, it } from 'vitest'
import { hostUsersErrors } from './hostUsers'
import { ctx, messages } from './testing/ctx'

// pkg/apis/core/validation/validation.go validateHostUsers
describe('hostUsers: false with host namespaces', () => {
  const F = 'Forbidden: when `pod.Spec.HostUsers` is false'
  it.each([
    [{ hostNetwork: true, hostPID: true, hostIPC: true }, []],
    [{ hostUsers: true, hostPID: true }, []],
    [{ hostUsers: false }, []],
    [
      { hostUsers: false, hostNetwork: true, hostPID: true, hostIPC: true },
      [`spec.hostNetwork: ${F}`, `spec.HostPID: ${F}`, `spec.HostIPC: ${F}`],
    ],
  ])('%j', (spec, want) => {
    expect(messages(hostUsersErrors(ctx(spec)))).toEqual(want)
  })

  it('points the editor at hostPID', () => {
    expect(hostUsersErrors(ctx({ hostUsers: false, hostPID: true }))[0]!.path).toEqual([
      'spec',
      'hostPID',
    ])
  })
})
