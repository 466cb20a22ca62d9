import { describe, expect, it } from 'vitest'
import { cronJobNameError, objectMetaErrors, podNameWarnings } from './objectMeta'
import { messages } from './testing/ctx'

const SUB =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"

// staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go ValidateObjectMetaAccessor;
// pkg/apis/apps/validation ValidateStatefulSetName (NameIsDNSLabel); pkg/apis/batch/validation
// ValidateCronJobCreate (52 characters); pkg/registry/core/pod/strategy.go WarningsOnCreate.
describe('object metadata', () => {
  it.each([
    ['Pod', { name: 'web' }, []],
    ['Pod', { name: 'web.example' }, []],
    ['Pod', {}, ['metadata.name: Required value: name or generateName is required']],
    ['Pod', { generateName: 'web-' }, []],
    ['Pod', { generateName: 'Web-' }, [`metadata.generateName: Invalid value: "Web-": ${SUB}`]],
    ['Deployment', { name: 'My_Pod' }, [`metadata.name: Invalid value: "My_Pod": ${SUB}`]],
    [
      'Pod',
      { name: 'a'.repeat(254) },
      [`metadata.name: Invalid value: "${'a'.repeat(254)}": must be no more than 253 characters`],
    ],
    [
      'StatefulSet',
      { name: 'db.v1' },
      ['metadata.name: Invalid value: "db.v1": must not contain dots'],
    ],
    [
      'Pod',
      { name: 'p', namespace: 'Team_A' },
      [
        `metadata.namespace: Invalid value: "Team_A": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      ],
    ],
    ['Namespace', { name: 'a.b' }, ['metadata.name: Invalid value: "a.b": must not contain dots']],
  ])('%s %j', (kind, metadata, want) => {
    expect(messages(objectMetaErrors(kind, { metadata }))).toEqual(want)
  })

  it.each([
    ['CronJob', 'a'.repeat(52), null],
    [
      'CronJob',
      'a'.repeat(53),
      `metadata.name: Invalid value: "${'a'.repeat(53)}": must be no more than 52 characters`,
    ],
    ['Job', 'a'.repeat(53), null],
  ])('%s name length %#', (kind, name, want) => {
    expect(cronJobNameError(kind, { metadata: { name } })?.message ?? null).toBe(want)
  })

  it.each([
    ['Pod', 'web', []],
    [
      'Pod',
      'web.example',
      [
        "metadata.name: this is used in the Pod's hostname, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]",
      ],
    ],
    ['Deployment', 'web.example', []],
  ])('warning for %s %j', (kind, name, want) => {
    expect(podNameWarnings(kind, { metadata: { name } })).toEqual(want)
  })
})
