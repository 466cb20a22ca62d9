import { describe, expect, it } from 'vitest'
import { goJson, goJsonShort } from './json'

// Go encoding/json Marshal as sigs.k8s.io/yaml YAMLToJSON uses it (encode.go: map keys sorted
// byte-wise, HTMLEscape of < > &, \u2028 and \u2029 escaped, invalid UTF-8 as \ufffd).
describe('goJson', () => {
  it.each([
    [{ b: 1, a: [true, null, 'x'] }, '{"a":[true,null,"x"],"b":1}'],
    [{ B: 1, a: 2, é: 3, z: 4 }, '{"B":1,"a":2,"z":4,"é":3}'],
    ['<a&b>', '"\\u003ca\\u0026b\\u003e"'],
    ['\u2028\u2029', '"\\u2028\\u2029"'],
    ['x\ud800y', '"x\\ufffdy"'],
    ['😀', '"😀"'],
    ['tab\tnl\n', '"tab\\tnl\\n"'],
    [1.5, '1.5'],
    [1e21, '1e+21'],
    [JSON.parse('{"__proto__": {"k": 1}}'), '{"__proto__":{"k":1}}'],
  ])('%j -> %s', (v, s) => {
    expect(goJson(v)).toBe(s)
  })

  it('goJsonShort cuts long output and says how long it was', () => {
    expect(goJsonShort({ a: 'x'.repeat(10) }, 8)).toBe('{"a":"xx… (18 characters)')
    expect(goJsonShort({ a: 1 })).toBe('{"a":1}')
  })
})
