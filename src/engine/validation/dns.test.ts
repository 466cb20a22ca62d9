import { describe, expect, it } from 'vitest'
import { byteLength, dnsLabelErrors, dnsSubdomainErrors } from './dns'

const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
const SUB_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"

// staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go IsDNS1123Label, IsDNS1123Subdomain
describe('DNS names', () => {
  it.each([
    ['web', []],
    ['0a', []],
    ['Web', [LABEL_MSG]],
    ['a.b', ['must not contain dots']],
    ['-a', [LABEL_MSG]],
    ['', [LABEL_MSG]],
    ['a'.repeat(63), []],
    ['a'.repeat(64), ['must be no more than 63 characters']],
    [`${'a'.repeat(64)}.b`, ['must be no more than 63 characters', 'must not contain dots']],
  ])('label %j', (name, want) => {
    expect(dnsLabelErrors(name)).toEqual(want)
  })

  it.each([
    ['example.com', []],
    ['My_Pod', [SUB_MSG]],
    ['a.', [SUB_MSG]],
    ['a'.repeat(254), ['must be no more than 253 characters']],
  ])('subdomain %j', (name, want) => {
    expect(dnsSubdomainErrors(name)).toEqual(want)
  })

  it('counts bytes as Go does', () => {
    expect(byteLength('aé日\u{1F600}')).toBe(1 + 2 + 3 + 4)
  })
})
