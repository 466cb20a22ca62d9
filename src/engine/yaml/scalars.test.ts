import { describe, expect, it } from 'vitest'
import { resolvePlain, resolveTagged } from './scalars'

// Expected values follow pod-security-standards.md §1 (YAML 1.1 as Kubernetes reads it, go-yaml
// v2 rules: strconv.ParseInt with base 0 after removing underscores, then the float pattern).
// `warns` is true only for forms a YAML 1.2 (core schema) reader would read differently.
const cases: { text: string; value: unknown; warns: boolean }[] = [
  // booleans, YAML 1.2 forms: no warning
  { text: 'true', value: true, warns: false },
  { text: 'True', value: true, warns: false },
  { text: 'TRUE', value: true, warns: false },
  { text: 'false', value: false, warns: false },
  { text: 'False', value: false, warns: false },
  { text: 'FALSE', value: false, warns: false },
  // booleans, YAML 1.1 only
  { text: 'y', value: true, warns: true },
  { text: 'Y', value: true, warns: true },
  { text: 'yes', value: true, warns: true },
  { text: 'Yes', value: true, warns: true },
  { text: 'YES', value: true, warns: true },
  { text: 'on', value: true, warns: true },
  { text: 'On', value: true, warns: true },
  { text: 'ON', value: true, warns: true },
  { text: 'n', value: false, warns: true },
  { text: 'N', value: false, warns: true },
  { text: 'no', value: false, warns: true },
  { text: 'No', value: false, warns: true },
  { text: 'NO', value: false, warns: true },
  { text: 'off', value: false, warns: true },
  { text: 'Off', value: false, warns: true },
  { text: 'OFF', value: false, warns: true },
  // nulls
  { text: '', value: null, warns: false },
  { text: '~', value: null, warns: false },
  { text: 'null', value: null, warns: false },
  { text: 'Null', value: null, warns: false },
  { text: 'NULL', value: null, warns: false },
  // decimal integers
  { text: '0', value: 0, warns: false },
  { text: '123', value: 123, warns: false },
  { text: '-17', value: -17, warns: false },
  { text: '+12', value: 12, warns: false },
  { text: '65535', value: 65535, warns: false },
  // octal with a leading zero: YAML 1.1 only
  { text: '0644', value: 420, warns: true },
  { text: '0755', value: 493, warns: true },
  { text: '0777', value: 511, warns: true },
  { text: '0400', value: 256, warns: true },
  { text: '-010', value: -8, warns: true },
  // 0o octal is YAML 1.2 too
  { text: '0o17', value: 15, warns: false },
  // hexadecimal
  { text: '0x1F', value: 31, warns: false },
  { text: '0xff', value: 255, warns: false },
  { text: '0X1F', value: 31, warns: true },
  { text: '-0x10', value: -16, warns: true },
  { text: '0O17', value: 15, warns: true },
  { text: '0B11', value: 3, warns: true },
  // binary: YAML 1.1 only
  { text: '0b1010', value: 10, warns: true },
  { text: '-0b11', value: -3, warns: true },
  // underscores are ignored in YAML 1.1 numbers
  { text: '1_000', value: 1000, warns: true },
  { text: '1_000_000', value: 1000000, warns: true },
  { text: '06_44', value: 420, warns: true },
  { text: '1_000.5', value: 1000.5, warns: true },
  // floats
  { text: '1.5', value: 1.5, warns: false },
  { text: '-2.5e3', value: -2500, warns: false },
  { text: '.5', value: 0.5, warns: false },
  { text: '1e3', value: 1000, warns: false },
  { text: '3.', value: 3, warns: false },
  { text: '.inf', value: Number.POSITIVE_INFINITY, warns: false },
  { text: '-.Inf', value: Number.NEGATIVE_INFINITY, warns: false },
  { text: '+.INF', value: Number.POSITIVE_INFINITY, warns: false },
  { text: '.nan', value: Number.NaN, warns: false },
  { text: '.NaN', value: Number.NaN, warns: false },
  // plain strings that must stay strings
  { text: '0x', value: '0x', warns: false },
  { text: '0b', value: '0b', warns: false },
  { text: '0b102', value: '0b102', warns: false },
  { text: '0xZZ', value: '0xZZ', warns: false },
  { text: '1.2.3', value: '1.2.3', warns: false },
  { text: 'Yes please', value: 'Yes please', warns: false },
  { text: 'yes!', value: 'yes!', warns: false },
  { text: 'Off-road', value: 'Off-road', warns: false },
  { text: 'onion', value: 'onion', warns: false },
  { text: 'nope', value: 'nope', warns: false },
  { text: 'yES', value: 'yES', warns: false },
  { text: 'tRUE', value: 'tRUE', warns: false },
  { text: 'nULL', value: 'nULL', warns: false },
  { text: '.', value: '.', warns: false },
  { text: '..', value: '..', warns: false },
  { text: '+', value: '+', warns: false },
  { text: '~x', value: '~x', warns: false },
  { text: '1:20', value: '1:20', warns: false },
  { text: '10.0.0.1', value: '10.0.0.1', warns: false },
  { text: '8080/TCP', value: '8080/TCP', warns: false },
  { text: '-v', value: '-v', warns: false },
  { text: 'SYS_TIME', value: 'SYS_TIME', warns: false },
  { text: '1e', value: '1e', warns: false },
  { text: '.inff', value: '.inff', warns: false },
]

describe('resolvePlain', () => {
  it.each(cases)('$text -> $value (warns: $warns)', ({ text, value, warns }) => {
    const r = resolvePlain(text)
    if (typeof value === 'number' && Number.isNaN(value)) expect(r.value).toBeNaN()
    else expect(r.value).toStrictEqual(value)
    expect(r.yaml11 !== undefined).toBe(warns)
  })

  it.each([
    ['yes', '`yes` is read by Kubernetes as `true`'],
    ['Off', '`Off` is read by Kubernetes as `false`'],
    ['0644', '420'],
  ])('the warning for %s says what Kubernetes reads (%s)', (text, part) => {
    expect(resolvePlain(text).yaml11).toContain(part)
  })
})

describe('resolveTagged', () => {
  const tagged: { tag: string; text: string; value?: unknown; error?: boolean }[] = [
    { tag: '!!str', text: '0644', value: '0644' },
    { tag: '!!str', text: 'yes', value: 'yes' },
    { tag: '!!str', text: 'null', value: 'null' },
    { tag: '!!int', text: '0644', value: 420 },
    { tag: '!!int', text: '42', value: 42 },
    { tag: '!!int', text: 'abc', error: true },
    { tag: '!!float', text: '1.5', value: 1.5 },
    { tag: '!!bool', text: 'yes', value: true },
    { tag: '!!bool', text: 'false', value: false },
    { tag: '!!bool', text: 'maybe', error: true },
    { tag: '!!null', text: '', value: null },
  ]
  it.each(tagged)('$tag $text', ({ tag, text, value, error }) => {
    const r = resolveTagged(tag, text)
    if (error) expect('error' in r).toBe(true)
    else {
      expect('error' in r).toBe(false)
      expect((r as { value: unknown }).value).toStrictEqual(value)
    }
  })
})
