import { describe, expect, it } from 'vitest'
import { ctx, messages } from './testing/ctx'
import { volumeErrors } from './volumes'

// pkg/apis/core/validation/validation.go ValidateVolumes
describe('volumes', () => {
  const v = (name: string, extra: object = { emptyDir: {} }) => ({ name, ...extra })
  it.each([
    [[v('data'), v('logs')], []],
    [[v('')], ['spec.volumes[0].name: Required value']],
    [[v('data'), v('data')], ['spec.volumes[1].name: Duplicate value: "data"']],
    [
      [v('data', { emptyDir: {}, hostPath: { path: '/' } }), v('data')],
      ['spec.volumes[0].hostPath: Forbidden: may not specify more than 1 volume type'],
    ],
    [
      [v('Data'), v('Data')].slice(0, 1),
      [
        "spec.volumes[0].name: Invalid value: \"Data\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
      ],
    ],
  ])('%#', (volumes, want) => {
    expect(messages(volumeErrors(ctx({ volumes })))).toEqual(want)
  })
})
