import { describe, expect, it } from 'vitest'
import { At } from './at'
import { procMountErrors } from './procMount'
import { messages } from './testing/ctx'

// pkg/apis/core/validation/validation.go ValidateProcMountType, ValidateSecurityContext
describe('procMount', () => {
  const at = At.root('spec').child('containers').index(0).child('securityContext')
  const P = 'spec.containers[0].securityContext.procMount'
  it.each([
    [{ procMount: 'Default' }, true, []],
    [{ procMount: 'Unmasked' }, false, []],
    [
      { procMount: 'Unmasked' },
      true,
      [`${P}: Invalid value: "Unmasked": \`hostUsers\` must be false to use \`Unmasked\``],
    ],
    [
      { procMount: 'Masked' },
      true,
      [`${P}: Unsupported value: "Masked": supported values: "Default", "Unmasked"`],
    ],
    [
      { procMount: '' },
      false,
      [`${P}: Unsupported value: "": supported values: "Default", "Unmasked"`],
    ],
    [{}, true, []],
  ])('%j hostUsers=%s', (sc, hostUsers, want) => {
    expect(messages(procMountErrors(sc, at, hostUsers))).toEqual(want)
  })
})
