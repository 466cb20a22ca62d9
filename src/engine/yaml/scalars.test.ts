import { describe, expect, it } from 'vitest'
import { formatFloat, resolvePlain, resolveTagged } from './scalars'

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

// go-yaml v2 resolve.go `resolve`: ParseInt(plain, 0, 64), then ParseUint, then yamlStyleFloat with
// ParseFloat (an out-of-range float stays a string), then the `0b` fallback (cluster-path.md §3.1).
describe('numbers as go-yaml v2 resolves them', () => {
  it.each([
    ['08', 8, 'float'],
    ['09', 9, 'float'],
    ['0644', 420, 'int'],
    ['+0x1F', 31, 'int'],
    ['0o17', 15, 'int'],
    ['0b11', 3, 'int'],
    ['1_000', 1000, 'int'],
    ['0b-101', -5, 'int'],
    // (JavaScript numbers: the nearest double; the exact integer is kept in `big`)
    ['9223372036854775807', 2 ** 63, 'int'],
    ['-9223372036854775808', -(2 ** 63), 'int'],
    ['9223372036854775808', 2 ** 63, 'uint'],
    ['18446744073709551615', 2 ** 64, 'uint'],
    ['18446744073709551616', 2 ** 64, 'float'],
    ['0xFFFFFFFFFFFFFFFF', 2 ** 64, 'uint'],
    ['0x1FFFFFFFFFFFFFFFF', '0x1FFFFFFFFFFFFFFFF', 'str'],
    ['+0xFFFFFFFFFFFFFFFF', '+0xFFFFFFFFFFFFFFFF', 'str'],
    ['1e3', 1000, 'float'],
    ['0.', 0, 'float'],
    ['1e-7', 1e-7, 'float'],
    ['1e400', '1e400', 'str'],
    ['-1e400', '-1e400', 'str'],
    ['.5e400', '.5e400', 'str'],
    ['.5', 0.5, 'float'],
    ['2001-12-14', '2001-12-14', 'str'],
    ['12:30:00', '12:30:00', 'str'],
    ['0x1p-2', '0x1p-2', 'str'],
    ['+Inf', '+Inf', 'str'],
  ])('%s -> %s (%s)', (text, value, go) => {
    const r = resolvePlain(text)
    expect(r.value).toStrictEqual(value)
    expect(r.go).toBe(go)
  })

  it('keeps the exact integer beyond 2^53 for keys', () => {
    expect(resolvePlain('9007199254740993').big).toBe(9007199254740993n)
  })
})

// go-yaml v2 decode.go `scalar` and resolve.go: a standard tag must fit the text (the `cannot
// decode` failf), `!!float` takes an int, `!!binary` is base64, other tags leave a string.
describe('tags as go-yaml v2 reads them', () => {
  it.each([
    ['!!str', '123', '123'],
    ['!!int', '12', 12],
    ['!!float', '1', 1],
    ['!!null', '~', null],
    ['!!binary', 'aGk=', 'hi'],
    ['!!binary', 'aGk=\n', 'hi'],
    ['!!binary', '/w==', '\uFFFD'],
    ['!foo', 'bar', 'bar'],
    ['!foo', '12', '12'],
    ['!', '12', '12'],
    ['!<tag:yaml.org,2002:int>', '12', 12],
    ['!!timestamp', '2001-12-14', '2001-12-14'],
    ['!!timestamp', '2001-12-14T21:59:43.10Z', '2001-12-14T21:59:43.10Z'],
    ['!!merge', 'x', 'x'],
  ])('%s %j -> %j', (tag, text, value) => {
    expect(resolveTagged(tag, text)).toMatchObject({ value })
  })

  it.each([
    ['!!int', 'abc', 'yaml: cannot decode !!str `abc` as a !!int'],
    ['!!int', '1.5', 'yaml: cannot decode !!float `1.5` as a !!int'],
    ['!!bool', '1', 'yaml: cannot decode !!int `1` as a !!bool'],
    ['!!null', 'x', 'yaml: cannot decode !!str `x` as a !!null'],
    ['!!int', '<<', 'yaml: cannot decode !!merge `<<` as a !!int'],
    ['!!timestamp', '5', 'yaml: cannot decode !!int `5` as a !!timestamp'],
    ['!!timestamp', '2001-13-14', 'yaml: cannot decode !!str `2001-13-14` as a !!timestamp'],
    ['!!binary', 'a', 'yaml: !!binary value contains invalid base64 data'],
  ])('%s %j: %s', (tag, text, error) => {
    expect(resolveTagged(tag, text)).toEqual({ error })
  })
})

// Go strconv.FormatFloat(f, 'g', -1, bits) (ftoa.go: shortest digits, %e when exp < -4 || exp >= 6),
// used by sigs.k8s.io/yaml for float keys with bits = 32.
describe('formatFloat', () => {
  it.each([
    [1.5, 32, '1.5'],
    [100, 32, '100'],
    [1e6, 32, '1e+06'],
    [123456, 32, '123456'],
    [1234567, 32, '1.234567e+06'],
    [0.0001, 32, '0.0001'],
    [0.00001, 32, '1e-05'],
    [0.1, 32, '0.1'],
    [2.5e-3, 32, '0.0025'],
    [1.23456789012345, 64, '1.23456789012345'],
    [1.23456789012345, 32, '1.2345679'],
    [1e21, 64, '1e+21'],
    [-2.5, 64, '-2.5'],
    [0, 64, '0'],
    [Number.POSITIVE_INFINITY, 64, '+Inf'],
    [Number.NaN, 64, 'NaN'],
  ] as const)('%s (%i bits) -> %s', (x, bits, s) => {
    expect(formatFloat(x, bits)).toBe(s)
  })

  it('spells infinities and NaN as keys the way sigs.k8s.io/yaml does', () => {
    expect([Infinity, -Infinity, Number.NaN, 1e39].map((x) => formatFloat(x, 32, true))).toEqual([
      '.inf',
      '-.inf',
      '.nan',
      '.inf',
    ])
  })
})
