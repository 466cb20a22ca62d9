import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  DOCS_OUTPUT,
  generate,
  generateDocs,
  OUTPUT,
  QUANTITY_FIELDS,
  structName,
} from '../../../scripts/gen-api-fields'
import { DOCS } from './docs.generated'
import { AFTER_STRUCTS } from './fields.after'
import { KINDS, SOURCE, STRUCTS } from './fields.generated'
import { PSP_STRUCTS } from './fields.psp'
import { knownKinds, structType } from './tree'

// The tree is generated from @kubernetes/client-node's models (OpenAPI Generator output of the
// Kubernetes OpenAPI spec, kubernetes-client/javascript src/gen/models/*.ts `attributeTypeMap`).
describe('fields.generated.ts', () => {
  it('is exactly what the generator makes from the installed package (no hand edits, no drift)', async () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(await generate())
  }, 60_000)

  it('docs.generated.ts is exactly what the generator makes (no hand edits, no drift)', async () => {
    expect(readFileSync(DOCS_OUTPUT, 'utf8')).toBe(await generateDocs())
  }, 60_000)

  it('documents the fields of the tree, unescaped, with no field the tree lacks', () => {
    expect(DOCS.SecurityContext?.[1].runAsNonRoot).toMatch(/^Indicates that the container must run/)
    expect(DOCS.Container?.[1].image).toMatch(/^Container image name\./)
    expect(DOCS.AppArmorProfile?.[0]).toBe(
      "AppArmorProfile defines a pod or container's AppArmor settings.",
    )
    for (const [struct, [, fields]] of Object.entries(DOCS))
      for (const field of Object.keys(fields)) expect(STRUCTS[struct]).toHaveProperty(field)
  })

  it('names the package version and the Kubernetes release it comes from', () => {
    expect(SOURCE).toEqual({
      package: '@kubernetes/client-node',
      version: '2.0.1',
      kubernetes: 'release-1.36',
    })
  })

  it.each([
    ['V1Pod', 'Pod'],
    ['V1SecurityContext', 'SecurityContext'],
    ['AdmissionregistrationV1ServiceReference', 'ServiceReference'],
    ['CoreV1EventSeries', 'EventSeries'],
    ['V1beta1PodSecurityPolicy', 'PodSecurityPolicy'],
    ['V1Volume', 'Volume'],
  ])('model %s is the Go struct %s', (model, name) => {
    expect(structName(model)).toBe(name)
  })

  it.each(QUANTITY_FIELDS)('Quantity overlay %s applies to a field of the tree', (q) => {
    const [struct, field] = q.split('.') as [string, string]
    expect(['Quantity', 'map[Quantity]']).toContain(STRUCTS[struct]?.[field])
  })

  // Spot checks against k8s.io/api core/v1 types.go.
  it.each([
    ['SecurityContext', 'runAsUser', 'int64'],
    ['SecurityContext', 'privileged', 'bool'],
    ['SecurityContext', 'capabilities', 'Capabilities'],
    ['Capabilities', 'add', '[]string'],
    ['ContainerPort', 'containerPort', 'int32'],
    ['HTTPGetAction', 'port', 'IntOrString'],
    ['PodSecurityContext', 'supplementalGroups', '[]int64'],
    ['ObjectMeta', 'labels', 'map[string]'],
    ['ObjectMeta', 'creationTimestamp', 'Time'],
    ['ConfigMap', 'binaryData', 'map[bytes]'],
    ['ResourceRequirements', 'limits', 'map[Quantity]'],
    ['PodSpec', 'containers', '[]Container'],
  ])('%s.%s is %s', (struct, field, type) => {
    expect(STRUCTS[struct]?.[field]).toBe(type)
  })

  it('every kind has a root struct; every type the PSP tree names exists', () => {
    for (const [root] of Object.values(KINDS)) expect(STRUCTS[root]).toBeDefined()
    expect(knownKinds()).toContain('PodSecurityPolicy')
    for (const fields of Object.values(PSP_STRUCTS))
      for (const t of Object.values(fields)) {
        const name = t.replace(/^\[\]/, '')
        if (/^[A-Z]/.test(name)) expect(structType(name), name).toBeDefined()
      }
  })
})

describe('fields newer than the generated release (fields.after.ts)', () => {
  it('are not in the generated tree yet (drop an entry once it is)', () => {
    for (const [struct, fields] of Object.entries(AFTER_STRUCTS))
      for (const field of Object.keys(fields))
        expect(STRUCTS[struct]?.[field], `${struct}.${field}`).toBeUndefined()
  })
})
