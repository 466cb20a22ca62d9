import { describe, expect, it } from 'vitest'
import { At } from './at'
import { dnsLabelNameErrors } from './names'
import { messages } from './testing/ctx'

// pkg/apis/core/validation/validation.go validateContainerCommon / ValidateVolumes (name checks)
describe('DNS-label names', () => {
  const at = At.root('spec').child('containers').index(0).child('name')
  const N = 'spec.containers[0].name'
  it.each([
    ['web', []],
    ['', [`${N}: Required value`]],
    [
      'Web',
      [
        `${N}: Invalid value: "Web": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      ],
    ],
    ['web.v1', [`${N}: Invalid value: "web.v1": must not contain dots`]],
    [
      'a'.repeat(64),
      [`${N}: Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters`],
    ],
  ])('%j', (name, want) => {
    expect(messages(dnsLabelNameErrors(name, at))).toEqual(want)
  })
})
