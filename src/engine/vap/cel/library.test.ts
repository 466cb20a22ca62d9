/**
 * The Kubernetes CEL libraries on top of the JS implementation, one table per library, each case
 * taken from the upstream library tests: k8s.io/apiserver/pkg/cel/library/{lists,regex,urls,
 * quantity,ip,cidr}_test.go and cel-go ext/strings_test.go (format, charAt). `error` cases expect
 * an evaluation error whose text contains the given words.
 */
import { describe, expect, it } from 'vitest'
import { compile, PER_CALL_LIMIT, run, toCel } from './env'

function evalCel(expr: string, vars: Record<string, unknown> = {}): unknown {
  const c = compile(expr, { params: false, authorizer: true })
  if (c.error) throw new Error(c.error.message)
  const r = run(c, {
    object: null,
    oldObject: null,
    request: null,
    namespaceObject: null,
    variables: Object.create(null),
    ...vars,
  })
  if (!r.ok) throw new Error(r.error)
  return r.value
}

type Case = [expr: string, want: unknown]

const tables: Record<string, Case[]> = {
  // staging/src/k8s.io/apiserver/pkg/cel/library/lists_test.go
  lists: [
    ['[1, 2, 3].isSorted()', true],
    ['[3, 1].isSorted()', false],
    ['["a", "b"].isSorted()', true],
    ['[1, 2, 3].sum()', 3n * 2n],
    ['[].sum()', 0n],
    ['[1.5, 2.5].sum()', 4],
    ['[3, 1, 2].min()', 1n],
    ['[3, 1, 2].max()', 3n],
    ['[1, 2, 2, 3].indexOf(2)', 1n],
    ['[1, 2, 2, 3].lastIndexOf(2)', 2n],
    ['[1, 2].indexOf(5)', -1n],
    ['[].min()', { error: 'min called on empty list' }],
  ],
  // staging/src/k8s.io/apiserver/pkg/cel/library/regex_test.go
  regex: [
    ['"abc 123".find("[0-9]+")', '123'],
    ['"abc".find("[0-9]+")', ''],
    ['"123 abc 456".findAll("[0-9]+")', ['123', '456']],
    ['"123 abc 456".findAll("[0-9]+", 1)', ['123']],
    ['"123 abc 456".findAll("[0-9]+", 0)', []],
    ['"ABC".find("(?i)b")', 'B'],
    ['"a".find("[")', { error: 'error parsing regexp' }],
  ],
  // staging/src/k8s.io/apiserver/pkg/cel/library/urls_test.go
  urls: [
    ['url("https://example.com:80/path?query=val#fragment".split("#")[0]).getScheme()', 'https'],
    ['url("https://example.com:80/path").getHost()', 'example.com:80'],
    ['url("https://example.com:80/path").getHostname()', 'example.com'],
    ['url("https://[::1]:80/path").getHostname()', '::1'],
    ['url("https://example.com:80/path").getPort()', '80'],
    ['url("https://example.com/path%20x").getEscapedPath()', '/path%20x'],
    ['url("/absolute-path").getScheme()', ''],
    ['url("https://example.com/?k=a&k=b").getQuery()["k"]', ['a', 'b']],
    ['isURL("https://example.com/")', true],
    ['isURL("relative")', false],
    ['url("relative")', { error: 'URL parse error during conversion from string' }],
  ],
  // staging/src/k8s.io/apiserver/pkg/cel/library/quantity_test.go
  quantity: [
    ['isQuantity("20")', true],
    ['isQuantity("200M")', true],
    ['isQuantity("20Mi")', true],
    ['isQuantity("20.5.5")', false],
    ['quantity("50M").isGreaterThan(quantity("50Mi"))', false],
    ['quantity("50Mi").isGreaterThan(quantity("50M"))', true],
    ['quantity("50M").isLessThan(quantity("100M"))', true],
    ['quantity("200M").compareTo(quantity("0.2G"))', 0n],
    ['quantity("50k").add(quantity("20")).compareTo(quantity("50.02k"))', 0n],
    ['quantity("50k").add(20).compareTo(quantity("50020"))', 0n],
    ['quantity("50k").sub(quantity("20")).compareTo(quantity("49980"))', 0n],
    ['quantity("50k").sub(20).isLessThan(quantity("50k"))', true],
    ['quantity("-50k").sign()', -1n],
    ['quantity("0").sign()', 0n],
    ['quantity("50k").asInteger()', 50000n],
    ['quantity("9999999999999999999999999999999999999G").isInteger()', false],
    ['quantity("50m").isInteger()', false],
    ['quantity("5k").asApproximateFloat()', 5000],
    ['quantity("500m").asApproximateFloat()', 0.5],
    ['quantity("50m").asInteger()', { error: 'cannot convert value to integer' }],
    ['quantity("invalid")', { error: 'quantities must match the regular expression' }],
  ],
  // staging/src/k8s.io/apiserver/pkg/cel/library/ip_test.go, cidr_test.go
  ip: [
    ['isIP("192.168.0.1")', true],
    ['isIP("192.168.0.01")', false],
    ['isIP("fe80::1%eth0")', false],
    ['ip("192.168.0.1").family()', 4n],
    ['ip("::1").family()', 6n],
    ['ip("127.0.0.1").isLoopback()', true],
    ['ip("0.0.0.0").isUnspecified()', true],
    ['ip("169.254.169.254").isLinkLocalUnicast()', true],
    ['ip("224.0.0.1").isLinkLocalMulticast()', true],
    ['ip("192.168.0.1").isGlobalUnicast()', true],
    ['ip("255.255.255.255").isGlobalUnicast()', false],
    ['string(ip("2001:db8:0:0:0:0:0:1"))', '2001:db8::1'],
    ['cidr("192.168.0.0/24").containsIP(ip("192.168.0.1"))', true],
    ['cidr("192.168.0.0/24").containsIP("192.168.1.1")', false],
    ['cidr("192.168.0.0/16").containsCIDR("192.168.10.0/24")', true],
    ['cidr("192.168.0.0/24").containsCIDR(cidr("192.168.0.0/16"))', false],
    ['cidr("192.168.0.1/24").prefixLength()', 24n],
    ['string(cidr("192.168.0.1/24").masked())', '192.168.0.0/24'],
    ['string(cidr("192.168.0.1/24").ip())', '192.168.0.1'],
    ['isCIDR("192.168.0.0/33")', false],
    ['ip("999.1.1.1")', { error: 'parse error during conversion from string' }],
  ],
  // cel-go ext/strings_test.go (format, charAt)
  strings: [
    ['"%s is %d".format(["x", 3])', 'x is 3'],
    ['"%.3f".format([1.2345])', '1.234'],
    ['"%x".format([30])', '1e'],
    ['"%X".format(["Hello world!"])', '48656C6C6F20776F726C6421'],
    ['"%b".format([5])', '101'],
    ['"%o".format([11])', '13'],
    ['"%%%s%%".format(["text"])', '%text%'],
    ['"%s".format([[1, "a"]])', '[1, a]'],
    ['"tacocat".charAt(3)', 'o'],
    ['"tacocat".charAt(7)', ''],
  ],
}

describe.each(Object.entries(tables))('%s', (_name, cases) => {
  it.each(cases)('%s', (expr, want) => {
    if (want && typeof want === 'object' && 'error' in want) {
      expect(() => evalCel(expr)).toThrow(String(want.error))
      return
    }
    expect(evalCel(expr)).toEqual(want)
  })
})

describe('values and limits', () => {
  // staging/src/k8s.io/apiserver/pkg/admission/plugin/cel/activation.go; cel-go errors
  it.each([
    ['object.spec.foo > 1', 'no such key: foo'],
    ['object.spec.replicas + "a"', 'no such overload'],
  ])('%s errors with %s', (expr, words) => {
    expect(() => evalCel(expr, { object: toCel({ spec: { replicas: 3 } }) })).toThrow(words)
  })

  it('optional syntax and cross-type numeric comparison', () => {
    const object = toCel({
      spec: { replicas: 3, containers: [{ name: 'a', securityContext: { privileged: false } }] },
    })
    expect(
      evalCel('object.spec.containers.all(c, !c.?securityContext.?privileged.orValue(false))', {
        object,
      }),
    ).toBe(true)
    expect(evalCel('object.spec.replicas > 2.5', { object })).toBe(true)
  })

  // staging/src/k8s.io/apiserver/pkg/apis/cel/config.go PerCallLimit
  it('stops a runaway expression at the per-call limit', () => {
    const n = Math.ceil(Math.cbrt(PER_CALL_LIMIT)) + 20
    const object = toCel({ items: Array.from({ length: n }, (_, i) => i) })
    expect(() =>
      evalCel('object.items.all(a, object.items.all(b, object.items.all(c, a + b + c >= 0)))', {
        object,
      }),
    ).toThrow('operation cancelled: actual cost limit exceeded')
  })

  it('reports a syntax error with its position', () => {
    const c = compile('object.x in [1, 2, ', { params: false, authorizer: true })
    expect(c.error?.message).toMatch(/^compilation failed: ERROR: <input>:1:20: /)
    expect(compile('params.x', { params: false, authorizer: true }).error?.message).toContain(
      "undeclared reference to 'params'",
    )
  })
})
