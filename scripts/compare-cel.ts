/**
 * Compares the JavaScript CEL implementations on the npm registry (issue 13, spec
 * validating-admission-policy.md §14): cel-spec's conformance "simple" tests (as shipped by
 * @bufbuild/cel-spec, cel-spec v0.25.1) per section, and a set of expressions Kubernetes policies
 * write. Not part of the test run (the candidates are not all dependencies of podplay):
 *
 *   mkdir /tmp/celcmp && cd /tmp/celcmp && npm i @bufbuild/cel@0.6.1 @bufbuild/cel-spec@0.6.1 \
 *     @marcbachmann/cel-js@8.0.0 cel-js@0.8.2
 *   NODE_PATH=/tmp/celcmp/node_modules npx tsx scripts/compare-cel.ts
 *
 * A test counts as passed when the implementation returns the expected value (or fails when an
 * error is expected). Tests that need protobuf messages, enums or type environments with proto
 * types are left out for every candidate. cel-js has one number type, so its ints and doubles are
 * compared by value alone (in its favour).
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const base = process.env.NODE_PATH ?? '/tmp/celcmp/node_modules'
const ENTRIES: Record<string, string> = {
  '@marcbachmann/cel-js': '@marcbachmann/cel-js/lib/index.js',
  '@bufbuild/cel': '@bufbuild/cel/dist/esm/index.js',
  '@bufbuild/cel/ext': '@bufbuild/cel/dist/esm/ext/index.js',
  'cel-js': 'cel-js/dist/index.js',
  '@bufbuild/cel-spec/testdata/conformance.js':
    '@bufbuild/cel-spec/dist/esm/testdata/conformance.js',
}
const mods: Record<string, Any> = {}
for (const [k, v] of Object.entries(ENTRIES))
  mods[k] = await import(pathToFileURL(join(base, v)).href)
const req = (k: string): Any => mods[k]
const out = (line: string): void => {
  process.stdout.write(`${line}\n`)
}
// biome-ignore lint/suspicious/noExplicitAny: candidates are loaded untyped
type Any = any

const SECTIONS = [
  'basic',
  'comparisons',
  'conversions',
  'fields',
  'fp_math',
  'integer_math',
  'lists',
  'logic',
  'macros',
  'optionals',
  'parse',
  'plumbing',
  'string',
  'string_ext',
  'timestamps',
]

interface Engine {
  name: string
  run(expr: string, vars: Record<string, unknown>): unknown
  canon(v: unknown): string
  input(v: Any): unknown
  lenientNumbers?: boolean
}

function hex(b: Uint8Array): string {
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('')
}

function canonCommon(v: unknown, rec: (x: unknown) => string): string | null {
  if (v === null || v === undefined) return 'null'
  if (typeof v === 'bigint') return `int:${v}`
  if (typeof v === 'number') return `double:${v}`
  if (typeof v === 'string') return `string:${JSON.stringify(v)}`
  if (typeof v === 'boolean') return `bool:${v}`
  if (v instanceof Uint8Array) return `bytes:${hex(v)}`
  if (Array.isArray(v)) return `[${v.map(rec).join(',')}]`
  if (v instanceof Map)
    return `{${[...v.entries()]
      .map(([k, x]) => `${rec(k)}=${rec(x)}`)
      .sort()
      .join(',')}}`
  return null
}

function expected(v: Any, lenient: boolean): string | null {
  if (!v) return null
  if ('int64Value' in v) return lenient ? `num:${Number(v.int64Value)}` : `int:${v.int64Value}`
  if ('uint64Value' in v) return lenient ? `num:${Number(v.uint64Value)}` : `uint:${v.uint64Value}`
  if ('doubleValue' in v)
    return lenient ? `num:${Number(v.doubleValue)}` : `double:${Number(v.doubleValue)}`
  if ('stringValue' in v) return `string:${JSON.stringify(v.stringValue)}`
  if ('boolValue' in v) return `bool:${v.boolValue}`
  if ('nullValue' in v) return 'null'
  if ('bytesValue' in v) return `bytes:${hex(Buffer.from(v.bytesValue, 'base64'))}`
  if ('typeValue' in v) return `type:${v.typeValue}`
  if ('listValue' in v) {
    const parts = (v.listValue.values ?? []).map((x: Any) => expected(x, lenient))
    return parts.includes(null) ? null : `[${parts.join(',')}]`
  }
  if ('mapValue' in v) {
    const parts = (v.mapValue.entries ?? []).map(
      (e: Any) => `${expected(e.key, lenient)}=${expected(e.value, lenient)}`,
    )
    return parts.some((p: string) => p.includes('null=') && false)
      ? null
      : `{${parts.sort().join(',')}}`
  }
  return null // objectValue, enumValue: protobuf messages
}

function toInput(
  v: Any,
  e: {
    int: (s: string) => unknown
    uint: (s: string) => unknown
    map: (m: Map<unknown, unknown>) => unknown
    list: (l: unknown[]) => unknown
  },
): unknown {
  if ('int64Value' in v) return e.int(v.int64Value)
  if ('uint64Value' in v) return e.uint(v.uint64Value)
  if ('doubleValue' in v) return Number(v.doubleValue)
  if ('stringValue' in v) return v.stringValue
  if ('boolValue' in v) return v.boolValue
  if ('nullValue' in v) return null
  if ('bytesValue' in v) return new Uint8Array(Buffer.from(v.bytesValue, 'base64'))
  if ('listValue' in v) return e.list((v.listValue.values ?? []).map((x: Any) => toInput(x, e)))
  if ('mapValue' in v)
    return e.map(
      new Map((v.mapValue.entries ?? []).map((x: Any) => [toInput(x.key, e), toInput(x.value, e)])),
    )
  throw new Error('unsupported binding')
}

function engines(): Engine[] {
  const out: Engine[] = []
  const marc = req('@marcbachmann/cel-js')
  const menv = new marc.Environment({
    unlistedVariablesAreDyn: true,
    enableOptionalTypes: true,
    homogeneousAggregateLiterals: false,
  })
  const mconv = {
    int: (s: string) => BigInt(s),
    uint: (s: string) => new (marc.evaluate('1u').constructor)(BigInt(s)),
    map: (m: Map<unknown, unknown>) => m,
    list: (l: unknown[]) => l,
  }
  const mcanon = (v: unknown): string => {
    const c = canonCommon(v, mcanon)
    if (c !== null) return c
    const o = v as Any
    if (o.constructor?.name === 'UnsignedInt') return `uint:${o.value}`
    if (o instanceof Date) return `timestamp:${o.toISOString()}`
    if (o.constructor?.name === 'Type')
      return `type:${o.name ?? String(o).replace(/^Type<|>$/g, '')}`
    if (o.constructor === Object)
      return `{${Object.entries(o)
        .map(([k, x]) => `${mcanon(k)}=${mcanon(x)}`)
        .sort()
        .join(',')}}`
    return `?${String(o)}`
  }
  out.push({
    name: '@marcbachmann/cel-js 8.0.0',
    run: (e, vars) => menv.evaluate(e, vars),
    canon: mcanon,
    input: (v) => toInput(v, mconv),
  })

  const buf = req('@bufbuild/cel')
  const ext = req('@bufbuild/cel/ext')
  const bconv = {
    int: (s: string) => BigInt(s),
    uint: (s: string) => buf.celUint(BigInt(s)),
    map: (m: Map<unknown, unknown>) => m,
    list: (l: unknown[]) => l,
  }
  const bcanon = (v: unknown): string => {
    const c = canonCommon(v, bcanon)
    if (c !== null) return c
    const o = v as Any
    if (buf.isCelUint(o)) return `uint:${o.value}`
    if (buf.isCelList(o)) return `[${[...o].map(bcanon).join(',')}]`
    if (buf.isCelMap(o))
      return `{${[...o.entries()]
        .map(([k, x]: [unknown, unknown]) => `${bcanon(k)}=${bcanon(x)}`)
        .sort()
        .join(',')}}`
    if (buf.isCelType(o)) return `type:${o.name}`
    return `?${String(o)}`
  }
  out.push({
    name: '@bufbuild/cel 0.6.1',
    run: (e, vars) => {
      const r = buf.run(e, vars, { funcs: ext.strings })
      if (buf.isCelError(r)) throw new Error(r.message)
      return r
    },
    canon: bcanon,
    input: (v) => toInput(v, bconv),
  })

  const cjs = req('cel-js')
  const ccanon = (v: unknown): string => {
    if (typeof v === 'number') return `num:${v}`
    const c = canonCommon(v, ccanon)
    if (c !== null) return c
    const o = v as Any
    if (o instanceof Date) return `timestamp:${o.toISOString()}`
    if (o.constructor === Object)
      return `{${Object.entries(o)
        .map(([k, x]) => `string:${JSON.stringify(k)}=${ccanon(x)}`)
        .sort()
        .join(',')}}`
    return `?${String(o)}`
  }
  const cconv = {
    int: (s: string) => Number(s),
    uint: (s: string) => Number(s),
    map: (m: Map<unknown, unknown>) => Object.fromEntries(m),
    list: (l: unknown[]) => l,
  }
  out.push({
    name: 'cel-js 0.8.2',
    run: (e, vars) => cjs.evaluate(e, vars),
    canon: ccanon,
    input: (v) => toInput(v, cconv),
    lenientNumbers: true,
  })
  return out
}

interface Tally {
  pass: number
  fail: number
}

function conformance(list: Engine[]): void {
  const { tests } = req('@bufbuild/cel-spec/testdata/conformance.js')
  const table: Record<string, Record<string, Tally>> = {}
  let considered = 0
  for (const section of tests.suites as Any[]) {
    if (!SECTIONS.includes(section.name)) continue
    const walk = (s: Any, cb: (t: Any) => void) => {
      for (const t of s.tests ?? []) cb(t.original)
      for (const c of s.suites ?? []) walk(c, cb)
    }
    walk(section, (t) => {
      if (t.checkOnly || t.container || t.value?.objectValue || t.value?.enumValue) return
      if (/TestAllTypes|google\.protobuf|cel\.expr|GlobalEnum|NestedEnum/.test(t.expr)) return
      const bindings = Object.entries((t.bindings ?? {}) as Record<string, Any>)
      if (bindings.some(([, b]) => !b.value || b.value.objectValue || b.value.enumValue)) return
      if (!t.evalError && !t.value && !t.typedResult) return
      const want = t.typedResult?.result ?? t.value
      if (!t.evalError && want && expected(want, false) === null) return
      considered++
      for (const e of list) {
        table[section.name] ??= {}
        const row = table[section.name]!
        row[e.name] ??= { pass: 0, fail: 0 }
        const tally = row[e.name]!
        let ok = false
        try {
          const vars = Object.create(null)
          for (const [k, b] of bindings) vars[k] = e.input(b.value)
          const got = e.run(t.expr, vars)
          ok = !t.evalError && e.canon(got) === expected(want, !!e.lenientNumbers)
        } catch {
          ok = !!t.evalError
        }
        if (ok) tally.pass++
        else {
          tally.fail++
          if (process.env.CEL_SHOW === e.name.split(' ')[0])
            out(`  fail [${section.name}] ${t.expr}`)
        }
      }
    })
  }
  out(`cel-spec conformance (v0.25.1 data), ${considered} applicable tests: passed/total`)
  const header = ['section', ...list.map((e) => e.name)]
  out(header.join(' | '))
  const total: Record<string, Tally> = {}
  for (const [s, row] of Object.entries(table)) {
    out(
      [
        s,
        ...list.map((e) => {
          const t = row[e.name]!
          total[e.name] ??= { pass: 0, fail: 0 }
          const tt = total[e.name]!
          tt.pass += t.pass
          tt.fail += t.fail
          return `${t.pass}/${t.pass + t.fail}`
        }),
      ].join(' | '),
    )
  }
  out(
    [
      'TOTAL',
      ...list.map((e) => `${total[e.name]!.pass}/${total[e.name]!.pass + total[e.name]!.fail}`),
    ].join(' | '),
  )
}

/**
 * Core-language expressions as Kubernetes policies write them (BLOG, DOC, kubescape and kyverno
 * policies), the object given as plain data; the extension libraries are podplay's own on top.
 */
const K8S: [string, boolean][] = [
  [
    'object.spec.containers.all(c, has(c.securityContext) && has(c.securityContext.runAsNonRoot) && c.securityContext.runAsNonRoot)',
    false,
  ],
  ['object.spec.containers.exists(c, c.name == "app")', true],
  ['object.spec.replicas <= 5', true],
  ['!has(object.spec.hostNetwork) || !object.spec.hostNetwork', true],
  ['object.spec.containers.map(c, c.image).filter(i, i.startsWith("nginx")).size() == 1', true],
  ['object.spec.containers.all(c, c.?securityContext.?privileged.orValue(false) == false)', true],
  ['object.metadata.?labels[?"app"].orValue("") == "web"', true],
  ['object.spec.containers.all(c, c.image.matches("^[a-z]+(:[0-9.]+)?$"))', true],
  [
    'object.spec.containers[0].ports.all(p, p.containerPort < 1024 || p.containerPort == 8080)',
    true,
  ],
  ['"app" in object.metadata.labels', true],
  [
    'object.metadata.name.size() < 64 && object.metadata.name.lowerAscii() == object.metadata.name',
    true,
  ],
  ['object.spec.containers.exists_one(c, c.name == "app")', true],
  ['object.spec.replicas * 2 > 5.5', true], // CrossTypeNumericComparisons
  ['int(object.spec.replicas) + 1 == 4', true],
  [
    'object.spec.containers.all(c, !("SYS_ADMIN" in c.?securityContext.?capabilities.?add.orValue([])))',
    true,
  ],
  ['object.metadata.name.split("-").size() == 1', true],
  ['[1, 2] + [3] == [1, 2, 3]', true],
  ['{"a": 1}.a == 1', true],
  ['object.spec.containers.all(c, c.name.indexOf("p") >= 0)', true],
  ['object.spec.missing > 1', false], // error expected: no such key
]

function k8s(list: Engine[]): void {
  const obj = {
    metadata: { name: 'web', labels: { app: 'web' } },
    spec: {
      replicas: 3,
      containers: [
        {
          name: 'app',
          image: 'nginx:1.25',
          ports: [{ containerPort: 8080 }],
          securityContext: { privileged: false },
        },
      ],
    },
  }
  const ints = (v: unknown, big: boolean): unknown => {
    if (typeof v === 'number') return big ? BigInt(v) : v
    if (Array.isArray(v)) return v.map((x) => ints(x, big))
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ints(x, big)]))
    return v
  }
  const toMap = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(toMap)
    if (typeof v === 'bigint' || v === null || typeof v !== 'object') return v
    return new Map(Object.entries(v).map(([k, x]) => [k, toMap(x)]))
  }
  out(`\nKubernetes-style core expressions (${K8S.length}):`)
  for (const e of list) {
    let pass = 0
    const failed: string[] = []
    const input = e.name.startsWith('@bufbuild')
      ? toMap(ints(obj, true))
      : ints(obj, !e.lenientNumbers)
    for (const [expr, want] of K8S) {
      let ok: boolean
      try {
        const got = e.run(expr, { object: input })
        ok = got === want && !expr.includes('missing')
      } catch {
        ok = expr.includes('missing') || want === false
      }
      if (ok) pass++
      else failed.push(expr)
    }
    out(
      `${e.name}: ${pass}/${K8S.length}${failed.length ? `; failed: ${failed.join(' ;; ')}` : ''}`,
    )
  }
}

const list = engines()
conformance(list)
k8s(list)
