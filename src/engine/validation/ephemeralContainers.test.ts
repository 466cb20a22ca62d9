import { describe, expect, it } from 'vitest'
import { ephemeralContainersError } from './ephemeralContainers'
import { ctx } from './testing/ctx'

// pkg/apis/core/validation/validation.go ValidatePodCreate and ValidatePodTemplateSpec
describe('ephemeral containers', () => {
  const spec = { ephemeralContainers: [{ name: 'debug', image: 'busybox' }] }
  it.each([
    [{}, true, null],
    [spec, true, 'spec.ephemeralContainers: Forbidden: cannot be set on create'],
    [
      spec,
      false,
      'spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template',
    ],
  ])('%j pod=%s', (s, isPod, want) => {
    expect(ephemeralContainersError(ctx(s, isPod))?.message ?? null).toBe(want)
  })
})
