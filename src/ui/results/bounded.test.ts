import { describe, expect, it } from 'vitest'
import { boundReport } from './bounded'

describe('boundReport', () => {
  it('shortens every long string, anywhere, and remembers the whole text', () => {
    const name = 'n'.repeat(3_000_000)
    const report = {
      workloads: [{ name, containers: [{ name, tags: [name, 'short'] }] }],
      problems: [{ message: `container ${name} is invalid` }],
      count: 3,
      none: null,
    }
    const { value, full } = boundReport(report, 300)
    const json = JSON.stringify(value)
    expect(json.length).toBeLessThan(3_000)
    expect(value.count).toBe(3)
    expect(value.none).toBeNull()
    expect(value.workloads[0]!.containers[0]!.tags[1]).toBe('short')
    const short = value.workloads[0]!.name
    expect(short).toMatch(/^n{300}… \(2,999,700 more characters\)$/)
    expect(full.get(short)).toBe(name)
    // the original is untouched
    expect(report.workloads[0]!.name).toBe(name)
  })

  it('keeps keys from the input as own data, never as the prototype', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": "yes"}, "a": "b"}')
    const { value } = boundReport(raw)
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.keys(value)).toEqual(['__proto__', 'a'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it.each([[null], [undefined], [42], ['short']])('passes %j through', (v) => {
    expect(boundReport(v).value).toBe(v)
  })
})
