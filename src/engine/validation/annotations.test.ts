import { describe, expect, it } from 'vitest'
import { appArmorAnnotationErrors } from './appArmorAnnotations'
import { At } from './at'
import { seccompAnnotationErrors } from './seccompAnnotations'
import { messages } from './testing/ctx'

const ANN = At.root('metadata').child('annotations')

// pkg/apis/core/validation/validation.go ValidateSeccompPodAnnotations, ValidateSeccompProfile
describe('seccomp annotations', () => {
  const POD = 'seccomp.security.alpha.kubernetes.io/pod'
  const C = 'container.seccomp.security.alpha.kubernetes.io/app'
  it.each([
    [{ [POD]: 'runtime/default', [C]: 'docker/default' }, []],
    [{ [POD]: 'unconfined', [C]: 'localhost/p.json' }, []],
    [
      { [POD]: 'foo' },
      [`metadata.annotations.${POD}: Invalid value: "foo": must be a valid seccomp profile`],
    ],
    [
      { [C]: 'localhost//etc/p' },
      [`metadata.annotations.${C}: Invalid value: "/etc/p": must be a relative path`],
    ],
    [
      { [C]: 'localhost/../p', [POD]: 'x' },
      [
        `metadata.annotations.${POD}: Invalid value: "x": must be a valid seccomp profile`,
        `metadata.annotations.${C}: Invalid value: "../p": must not contain '..'`,
      ],
    ],
  ])('%j', (annotations, want) => {
    expect(messages(seccompAnnotationErrors(annotations, ANN))).toEqual(want)
  })
})

// pkg/apis/core/validation/validation.go ValidateAppArmorPodAnnotations, ValidateAppArmorProfileFormat
describe('AppArmor annotations', () => {
  const keyOf = (c: string) => `container.apparmor.security.beta.kubernetes.io/${c}`
  const spec = { initContainers: [{ name: 'init' }], containers: [{ name: 'app' }] }
  it.each([
    [{ [keyOf('app')]: 'runtime/default', [keyOf('init')]: 'localhost/p' }, []],
    [{ [keyOf('app')]: '' }, []],
    [
      { [keyOf('web')]: 'unconfined' },
      [`metadata.annotations[${keyOf('web')}]: Invalid value: "web": container not found`],
    ],
    [
      { [keyOf('app')]: 'foo' },
      [
        `metadata.annotations[${keyOf('app')}]: Invalid value: "foo": invalid AppArmor profile name: "foo"`,
      ],
    ],
    [
      { [keyOf('x')]: 'docker-default' },
      [
        `metadata.annotations[${keyOf('x')}]: Invalid value: "x": container not found`,
        `metadata.annotations[${keyOf('x')}]: Invalid value: "docker-default": invalid AppArmor profile name: "docker-default"`,
      ],
    ],
  ])('%j', (annotations, want) => {
    expect(messages(appArmorAnnotationErrors(annotations, spec, ANN))).toEqual(want)
  })
})
