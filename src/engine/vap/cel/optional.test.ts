/**
 * Optional equality as cel-go has it: cases after cel-go common/types/optional.go (`Optional.Equal`:
 * none == none, none != of(x), of(x) == of(y) when x == y) and the
 * optional field selections of the ValidatingAdmissionPolicy GA blog post
 * (kubernetes/website content/en/blog/_posts/2024-04-24-validating-admission-policy-ga).
 */
import { describe, expect, it } from 'vitest'
import { compile, run, toCel } from './env'

const OBJECT = toCel({
  spec: {
    securityContext: { runAsNonRoot: true, runAsUser: 1000 },
    containers: [{ name: 'a', securityContext: { privileged: false } }, { name: 'b' }],
  },
})

function evalCel(expr: string): unknown {
  const c = compile(expr, { params: false, authorizer: true })
  if (c.error) return { compileError: c.error.message }
  const r = run(c, { object: OBJECT, variables: Object.create(null) })
  return r.ok ? r.value : { error: r.error }
}

describe('optional equality', () => {
  it.each<[string, unknown]>([
    ['optional.none() == optional.none()', true],
    ['optional.of(1) == optional.of(1)', true],
    ['optional.of(1) == optional.of(2)', false],
    ['optional.of(1) == optional.none()', false],
    ['optional.none() == optional.of(1)', false],
    ['optional.of(1) != optional.none()', true],
    ['optional.of([1, 2]) == optional.of([1, 2])', true],
    ['optional.of({"a": 1}) == optional.of({"a": 1})', true],
    // field selections of dyn values: optional<dyn> against optional<bool|int>
    ['object.spec.?securityContext.?runAsNonRoot == optional.of(true)', true],
    ['optional.of(true) == object.spec.?securityContext.?runAsNonRoot', true],
    ['object.spec.?securityContext.?runAsNonRoot != optional.of(true)', false],
    ['object.spec.?securityContext.?runAsUser == optional.of(1000)', true],
    ['object.spec.?securityContext.?runAsUser == optional.of(0)', false],
    ['object.spec.?securityContext.?missing == optional.none()', true],
    ['object.spec.?securityContext.?missing == optional.of(true)', false],
    ['object.spec.containers.all(c, c.?securityContext.?privileged != optional.of(true))', true],
    [
      'object.spec.containers.map(c, c.?securityContext.?privileged == optional.of(false))',
      [true, false],
    ],
  ])('%s', (expr, want) => {
    expect(evalCel(expr)).toEqual(want)
  })

  it('keeps the type rule A == A: optionals of two different types do not compare', () => {
    expect(evalCel("optional.of(1) == optional.of('a')")).toEqual({
      compileError: expect.stringContaining('no such overload'),
    })
  })
})
