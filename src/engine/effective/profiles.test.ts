// Cases from containerd internal/cri/sputil/seccomp_linux.go (GenerateSeccompSpecOpts) and
// apparmor_linux.go (GenerateApparmorSpecOpts); CRI-O server/container_create.go
// (privileged_seccomp_profile); kubernetes/kubernetes pkg/security/apparmor/helpers.go (GetProfile);
// cluster-path.md §9.6.
import { describe, expect, it } from 'vitest'
import type { Runtime } from '../report'
import { appliedAppArmor, appliedSeccomp, requestedAppArmor, requestedSeccomp } from './profiles'

describe('seccomp: no profile for a privileged container, on both runtimes', () => {
  const cases: [Runtime, string | null, boolean, string | null, boolean][] = [
    // runtime, requested, privileged, applied, ignored (note)
    ['containerd', null, false, null, false],
    ['containerd', 'RuntimeDefault', false, 'RuntimeDefault', false],
    ['containerd', 'Localhost', false, 'Localhost', false],
    ['containerd', 'RuntimeDefault', true, 'Unconfined', true],
    ['containerd', 'Localhost', true, 'Unconfined', true],
    ['containerd', 'Unconfined', true, 'Unconfined', false],
    ['containerd', null, true, 'Unconfined', false],
    ['cri-o', 'RuntimeDefault', false, 'RuntimeDefault', false],
    ['cri-o', 'RuntimeDefault', true, 'Unconfined', true],
    ['cri-o', null, true, 'Unconfined', false],
  ]
  it.each(cases)('%s: %s, privileged %s -> %s', (runtime, requested, privileged, applied, note) => {
    const r = appliedSeccomp(requested, privileged, runtime, 'c')
    expect(r.applied).toBe(applied)
    expect(r.ignored !== null).toBe(note)
  })
  it('says why, naming the runtime and the container', () => {
    expect(appliedSeccomp('RuntimeDefault', true, 'containerd', 'web').ignored).toBe(
      'Container "web" is privileged: containerd applies no seccomp profile to a privileged container, so seccompProfile RuntimeDefault is ignored (it runs Unconfined).',
    )
    expect(appliedSeccomp('Localhost', true, 'cri-o', 'web').ignored).toContain(
      'privileged_seccomp_profile',
    )
  })
})

describe('AppArmor: containerd skips RuntimeDefault (and its implicit default) when privileged', () => {
  const cases: [Runtime, string | null, boolean, string | null, boolean][] = [
    ['containerd', 'RuntimeDefault', false, 'RuntimeDefault', false],
    ['containerd', 'RuntimeDefault', true, 'Unconfined', true],
    ['containerd', null, true, 'Unconfined', false],
    ['containerd', 'Localhost', true, 'Localhost', false],
    ['containerd', 'Unconfined', true, 'Unconfined', false],
    ['containerd', null, false, null, false],
    ['cri-o', 'RuntimeDefault', true, 'RuntimeDefault', false], // not read: reported as asked
  ]
  it.each(cases)('%s: %s, privileged %s -> %s', (runtime, requested, privileged, applied, note) => {
    const r = appliedAppArmor(requested, privileged, runtime, 'c')
    expect(r.applied).toBe(applied)
    expect(r.ignored !== null).toBe(note)
  })
})

describe('what the kubelet sends', () => {
  const A = 'container.apparmor.security.beta.kubernetes.io/c'
  type O = Record<string, unknown>
  const cases: [string, O, O, O, string | null][] = [
    ['nothing', {}, {}, {}, null],
    ['the pod field', {}, { appArmorProfile: { type: 'RuntimeDefault' } }, {}, 'RuntimeDefault'],
    [
      'the container field over everything',
      { appArmorProfile: { type: 'Localhost' } },
      { appArmorProfile: { type: 'RuntimeDefault' } },
      { [A]: 'unconfined' },
      'Localhost',
    ],
    [
      'the annotation over the pod field',
      {},
      { appArmorProfile: { type: 'RuntimeDefault' } },
      { [A]: 'unconfined' },
      'Unconfined',
    ],
    ['runtime/default', {}, {}, { [A]: 'runtime/default' }, 'RuntimeDefault'],
    ['localhost/p', {}, {}, { [A]: 'localhost/p' }, 'Localhost'],
    [
      'an invalid annotation counts as absent',
      {},
      { appArmorProfile: { type: 'Unconfined' } },
      { [A]: 'foo' },
      'Unconfined',
    ],
    ["another container's annotation", {}, {}, { [`${A}x`]: 'unconfined' }, null],
  ]
  it.each(cases)('AppArmor: %s', (_name, sc, psc, annotations, expected) => {
    expect(requestedAppArmor(sc, psc, annotations, 'c')).toBe(expected)
  })
  it('seccomp: the container type, else the pod type', () => {
    const pod = { seccompProfile: { type: 'RuntimeDefault' } }
    expect(requestedSeccomp({}, pod)).toBe('RuntimeDefault')
    expect(requestedSeccomp({ seccompProfile: { type: 'Unconfined' } }, pod)).toBe('Unconfined')
    expect(requestedSeccomp({}, {})).toBeNull()
  })
})
