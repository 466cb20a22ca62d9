/**
 * Equality of optional values (cel-go common/types/optional.go, `Optional.Equal`): two empty
 * optionals are equal, an empty and a full one are not, two full ones compare their values with
 * CEL's ordinary (heterogeneous) equality. Kubernetes policies use it, e.g. the
 * ValidatingAdmissionPolicy GA blog post's `c.?runAsNonRoot == optional.of(true)`; the JS
 * implementation declares no `==` on `optional<A>` and rejects such expressions at type check.
 * Registered as `optional<A> == optional<A>` (and so `!=`), the signature cel-go's checker gives
 * `_==_` (`A, A -> bool`): `optional.of(1) == optional.of('a')` is still a type error.
 */
import { Environment } from '@marcbachmann/cel-js'

interface OptionalValue {
  hasValue(): boolean
  value(): unknown
}

/** CEL's own `==` on two values of any type, by the implementation itself. */
const valueEquals = (() => {
  const env = new Environment({ homogeneousAggregateLiterals: false })
  env.registerVariable('a', 'dyn')
  env.registerVariable('b', 'dyn')
  const eq = env.parse('a == b')
  return (a: unknown, b: unknown): boolean => eq({ a, b }) === true
})()

export function optionalEquals(a: OptionalValue, b: OptionalValue): boolean {
  if (!a.hasValue() || !b.hasValue()) return a.hasValue() === b.hasValue()
  return valueEquals(a.value(), b.value())
}

export const OPTIONAL_EQUALS_SIGNATURE = 'optional<A> == optional<A>'
