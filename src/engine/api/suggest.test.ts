import { describe, expect, it } from 'vitest'
import { editDistance, suggestField } from './suggest'
import { structType } from './tree'

const fieldsOf = (name: string) => structType(name)!.fields.keys()

// podplay's own "did you mean" (the API server gives none); names from the generated tree.
describe('suggestField', () => {
  it.each([
    ['securityContex', 'PodSpec', 'securityContext'],
    ['SecurityContext', 'PodSpec', 'securityContext'],
    ['runAsNonroot', 'SecurityContext', 'runAsNonRoot'],
    ['privilegd', 'SecurityContext', 'privileged'],
    ['allowPrivilegeEscalaton', 'SecurityContext', 'allowPrivilegeEscalation'],
    ['contianers', 'PodSpec', 'containers'],
    ['hostpid', 'PodSpec', 'hostPID'],
    ['imagePullPolicyy', 'Container', 'imagePullPolicy'],
    ['xyz', 'SecurityContext', undefined],
    ['__proto__', 'SecurityContext', undefined],
  ])('%s in %s -> %s', (key, struct, expected) => {
    expect(suggestField(key, fieldsOf(struct))).toBe(expected)
  })

  it.each([
    ['abc', 'abc', 0],
    ['abc', 'acb', 1],
    ['kitten', 'sitting', 3],
    ['a', 'abcdef', 3],
  ])('editDistance(%s, %s) = %i (capped at limit + 1 = 3)', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(d, 3))
  })
})
