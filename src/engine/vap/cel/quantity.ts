/**
 * Kubernetes quantity library (k8s.io/apiserver/pkg/cel/library/quantity.go over apimachinery's
 * pkg/api/resource/quantity.go): `quantity`, `isQuantity`, `sign`, `isGreaterThan`, `isLessThan`,
 * `compareTo`, `add`, `sub`, `asInteger`, `isInteger`, `asApproximateFloat`. Values are kept
 * exactly in nano-units (the finest decimal scale a Quantity keeps), rounded up like `RoundUp`.
 */
import { quantityError } from '../../api/quantity'

const NANO = 1_000_000_000n
const INT64_MAX = 9223372036854775807n
const INT64_MIN = -9223372036854775808n

const DECIMAL: Record<string, number> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
}
const BINARY: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 }

export class Quantity {
  /** The value times 10^9. */
  readonly nano: bigint
  constructor(nano: bigint) {
    this.nano = nano
  }
  sign(): bigint {
    return this.nano > 0n ? 1n : this.nano < 0n ? -1n : 0n
  }
  compareTo(o: Quantity): bigint {
    return this.nano < o.nano ? -1n : this.nano > o.nano ? 1n : 0n
  }
  add(o: Quantity | bigint): Quantity {
    return new Quantity(this.nano + (typeof o === 'bigint' ? o * NANO : o.nano))
  }
  sub(o: Quantity | bigint): Quantity {
    return new Quantity(this.nano - (typeof o === 'bigint' ? o * NANO : o.nano))
  }
  isInteger(): boolean {
    if (this.nano % NANO !== 0n) return false
    const v = this.nano / NANO
    return v <= INT64_MAX && v >= INT64_MIN
  }
  asInteger(): bigint {
    if (!this.isInteger()) throw new Error('cannot convert value to integer')
    return this.nano / NANO
  }
  asApproximateFloat(): number {
    return Number(this.nano) / 1e9
  }
  toString(): string {
    const whole = this.nano / NANO
    const frac = this.nano % NANO
    if (frac === 0n) return String(whole)
    return `${this.nano < 0n ? '-' : ''}${(this.nano < 0n ? -this.nano : this.nano).toString()}n`
  }
}

function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b
  return a % b !== 0n && a > 0n === b > 0n ? q + 1n : q
}

/** `quantity(s)`: the parsed quantity, or the parse error apimachinery gives. */
export function parseQuantity(input: string): Quantity {
  const err = quantityError(input)
  if (err !== null) throw new Error(err)
  const m = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(.*)$/.exec(input.trim())
  if (!m) throw new Error('quantities must match the regular expression')
  const negative = m[1] === '-'
  const intPart = m[2] ?? ''
  const fracPart = m[3] ?? ''
  const suffix = m[4] ?? ''
  let num = BigInt(`${intPart}${fracPart}` || '0')
  let den = 10n ** BigInt(fracPart.length)
  if (suffix in BINARY) num *= 2n ** BigInt(BINARY[suffix]!)
  else {
    const exp = suffix in DECIMAL ? DECIMAL[suffix]! : Number(suffix.slice(1))
    if (exp >= 0) num *= 10n ** BigInt(exp)
    else den *= 10n ** BigInt(-exp)
  }
  const nano = ceilDiv(num * NANO, den)
  return new Quantity(negative ? -nano : nano)
}

export function isQuantity(s: string): boolean {
  return quantityError(s) === null
}
