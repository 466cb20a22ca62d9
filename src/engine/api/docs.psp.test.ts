/** Every PodSecurityPolicy field of the frozen tree has its documentation, and nothing else does. */
import { describe, expect, it } from 'vitest'
import { DOCS } from './docs.generated'
import { PSP_DOCS } from './docs.psp'
import { PSP_STRUCTS } from './fields.psp'

/** The structs fields.psp.ts shares with the generated tree, documented there. */
const FROM_GENERATED = new Set(Object.keys(PSP_STRUCTS).filter((s) => Object.hasOwn(DOCS, s)))

const fields = Object.entries(PSP_STRUCTS)
  .filter(([struct]) => !FROM_GENERATED.has(struct))
  .flatMap(([struct, f]) => Object.keys(f).map((field) => [struct, field] as const))

describe('PSP_DOCS', () => {
  it('shares no struct with the generated documentation', () => {
    expect([...FROM_GENERATED]).toEqual([])
  })

  it.each(fields)('%s.%s has a description', (struct, field) => {
    const doc = PSP_DOCS[struct]?.[1][field]
    expect(doc?.trim().length ?? 0).toBeGreaterThan(10)
  })

  it.each(Object.keys(PSP_STRUCTS))('%s has a description of its own', (struct) => {
    expect(PSP_DOCS[struct]?.[0].trim().length ?? 0).toBeGreaterThan(10)
  })

  it('documents no field the tree does not have', () => {
    for (const [struct, [, docs]] of Object.entries(PSP_DOCS))
      for (const field of Object.keys(docs))
        expect(Object.keys(PSP_STRUCTS[struct] ?? {})).toContain(field)
  })
})
