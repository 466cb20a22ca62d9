/**
 * CEL as the API server runs it for ValidatingAdmissionPolicy (spec validating-admission-policy.md
 * §7-§10): @marcbachmann/cel-js (optional syntax on, heterogeneous literals allowed) with the
 * Kubernetes libraries (k8s.io/apiserver/pkg/cel/library: lists, regex, urls, quantity, ip, cidr,
 * authz), cel-go's string formatting and optional equality, the policy's variables, compile errors as cel-go words
 * them where it can, and an approximate cost meter (element reads and library calls).
 */
import { Environment } from '@marcbachmann/cel-js'
import { charAt, formatString } from './format'
import { CIDRValue, IPAddr, isCIDR, isIP, parseCidrValue, parseIpValue } from './ip'
import * as lists from './lists'
import { OPTIONAL_EQUALS_SIGNATURE, optionalEquals } from './optional'
import { isQuantity, parseQuantity, Quantity } from './quantity'
import { find, findAll } from './regex'
import { isUrl, parseUrl, URLValue } from './urls'

/** `PerCallLimit` (staging/src/k8s.io/apiserver/pkg/apis/cel/config.go). */
export const PER_CALL_LIMIT = 1_000_000
/** `RuntimeCELCostBudget`. */
export const RUNTIME_BUDGET = 10_000_000
export const COST_LIMIT_ERROR = 'operation cancelled: actual cost limit exceeded'

/** The cost meter of the evaluation in progress (evaluation is synchronous). */
const meter = { cost: 0, limit: Number.POSITIVE_INFINITY }

class CostExceeded extends Error {}

function charge(n: number): void {
  meter.cost += n
  if (meter.cost > meter.limit) throw new CostExceeded(COST_LIMIT_ERROR)
}

/** authorizer: podplay has no RBAC, so every check is allowed with reason "" (spec §7). */
export class Authz {
  group(_g: string): Authz {
    return this
  }
  allowed(): boolean {
    return true
  }
}

export type VarName =
  | 'object'
  | 'oldObject'
  | 'request'
  | 'params'
  | 'namespaceObject'
  | 'variables'
  | 'authorizer'

export interface EnvOptions {
  /** `params` is declared only when the policy has paramKind. */
  params: boolean
  /** `authorizer` is not declared for messageExpression. */
  authorizer: boolean
}

function build(opts: EnvOptions): Environment {
  const env = new Environment({ enableOptionalTypes: true, homogeneousAggregateLiterals: false })
  for (const v of ['object', 'oldObject', 'request', 'namespaceObject'] as const)
    env.registerVariable(v, 'dyn')
  env.registerVariable('variables', 'map')
  if (opts.params) env.registerVariable('params', 'dyn')
  env.registerType('Quantity', Quantity)
  env.registerType('IP', IPAddr)
  env.registerType('CIDR', CIDRValue)
  env.registerType('URL', URLValue)
  env.registerType('Authorizer', Authz)
  if (opts.authorizer) env.registerVariable('authorizer', 'Authorizer')
  // optional equality (optional.ts), e.g. `c.?privileged == optional.of(true)`
  env.registerOperator(OPTIONAL_EQUALS_SIGNATURE, optionalEquals)
  const fn = (sig: string, h: (...a: never[]) => unknown) =>
    env.registerFunction(sig, (...a: unknown[]) => {
      charge(
        1 +
          a.reduce<number>(
            (n, x) => n + (typeof x === 'string' ? x.length / 10 : Array.isArray(x) ? x.length : 0),
            0,
          ),
      )
      return (h as (...a: unknown[]) => unknown)(...a)
    })
  // lists (lists.go)
  for (const t of ['list<dyn>']) {
    fn(`${t}.isSorted(): bool`, lists.isSorted)
    fn(`${t}.sum(): dyn`, lists.sum)
    fn(`${t}.min(): dyn`, lists.min)
    fn(`${t}.max(): dyn`, lists.max)
    fn(`${t}.indexOf(dyn): int`, lists.indexOf)
    fn(`${t}.lastIndexOf(dyn): int`, lists.lastIndexOf)
  }
  // regex (regex.go); `matches` itself uses RE2 too
  fn('string.find(string): string', find)
  fn('string.findAll(string): list<string>', (s: string, p: string) => findAll(s, p))
  fn('string.findAll(string, int): list<string>', findAll)
  // strings ext v2 parts the implementation lacks
  fn('string.format(list<dyn>): string', formatString)
  fn('string.charAt(int): string', charAt)
  // urls (urls.go)
  fn('url(string): URL', parseUrl)
  fn('isURL(string): bool', isUrl)
  for (const m of ['getScheme', 'getHost', 'getHostname', 'getPort', 'getEscapedPath'] as const)
    fn(`URL.${m}(): string`, (u: URLValue) => u[m]())
  fn('URL.getQuery(): map<string, list<string>>', (u: URLValue) => u.getQuery())
  // quantity (quantity.go)
  fn('quantity(string): Quantity', parseQuantity)
  fn('isQuantity(string): bool', isQuantity)
  fn('Quantity.sign(): int', (q: Quantity) => q.sign())
  fn('Quantity.isGreaterThan(Quantity): bool', (a: Quantity, b: Quantity) => a.compareTo(b) > 0n)
  fn('Quantity.isLessThan(Quantity): bool', (a: Quantity, b: Quantity) => a.compareTo(b) < 0n)
  fn('Quantity.compareTo(Quantity): int', (a: Quantity, b: Quantity) => a.compareTo(b))
  fn('Quantity.add(Quantity): Quantity', (a: Quantity, b: Quantity) => a.add(b))
  fn('Quantity.add(int): Quantity', (a: Quantity, b: bigint) => a.add(b))
  fn('Quantity.sub(Quantity): Quantity', (a: Quantity, b: Quantity) => a.sub(b))
  fn('Quantity.sub(int): Quantity', (a: Quantity, b: bigint) => a.sub(b))
  fn('Quantity.asInteger(): int', (q: Quantity) => q.asInteger())
  fn('Quantity.isInteger(): bool', (q: Quantity) => q.isInteger())
  fn('Quantity.asApproximateFloat(): double', (q: Quantity) => q.asApproximateFloat())
  // ip, cidr (ip.go, cidr.go)
  fn('ip(string): IP', parseIpValue)
  fn('isIP(string): bool', isIP)
  fn('IP.family(): int', (i: IPAddr) => i.family())
  for (const m of [
    'isUnspecified',
    'isLoopback',
    'isLinkLocalMulticast',
    'isLinkLocalUnicast',
    'isGlobalUnicast',
  ] as const)
    fn(`IP.${m}(): bool`, (i: IPAddr) => i[m]())
  fn('string(IP): string', (i: IPAddr) => i.toString())
  fn('cidr(string): CIDR', parseCidrValue)
  fn('isCIDR(string): bool', isCIDR)
  fn('CIDR.containsIP(IP): bool', (c: CIDRValue, i: IPAddr) => c.containsIP(i))
  fn('CIDR.containsIP(string): bool', (c: CIDRValue, i: string) => c.containsIP(i))
  fn('CIDR.containsCIDR(CIDR): bool', (c: CIDRValue, o: CIDRValue) => c.containsCIDR(o))
  fn('CIDR.containsCIDR(string): bool', (c: CIDRValue, o: string) => c.containsCIDR(o))
  fn('CIDR.ip(): IP', (c: CIDRValue) => c.ipValue())
  fn('CIDR.masked(): CIDR', (c: CIDRValue) => c.masked())
  fn('CIDR.prefixLength(): int', (c: CIDRValue) => c.prefixLength())
  fn('string(CIDR): string', (c: CIDRValue) => c.toString())
  // authz (authz.go): every check allowed
  for (const m of ['group', 'resource', 'subresource', 'namespace', 'name', 'path'])
    fn(`Authorizer.${m}(string): Authorizer`, (a: Authz) => a)
  fn('Authorizer.serviceAccount(string, string): Authorizer', (a: Authz) => a)
  fn('Authorizer.check(string): Authorizer', (a: Authz) => a)
  fn('Authorizer.allowed(): bool', () => true)
  fn('Authorizer.errored(): bool', () => false)
  fn('Authorizer.reason(): string', () => '')
  fn('Authorizer.error(): string', () => '')
  return env
}

const ENVS = new Map<string, Environment>()

export function celEnv(opts: EnvOptions): Environment {
  const key = `${opts.params}/${opts.authorizer}`
  let env = ENVS.get(key)
  if (!env) {
    env = build(opts)
    ENVS.set(key, env)
  }
  return env
}

/** A compile error: cel-go's words where known, and the offset in the expression. */
export interface CompileError {
  message: string
  offset: number
}

export interface Compiled {
  expression: string
  error: CompileError | null
  /** The result type the checker found (`bool`, `string`, `dyn`, ...). */
  type: string | null
  run: ((vars: Record<string, unknown>) => unknown) | null
}

function lineCol(expr: string, offset: number): { line: number; column: number } {
  const before = expr.slice(0, offset).split('\n')
  return { line: before.length, column: before[before.length - 1]!.length + 1 }
}

/** cel-go's wording for the implementation's common error texts. */
function celGoWords(message: string): string {
  const first = message.split('\n')[0] ?? message
  return first
    .replace(/^No such key: /, 'no such key: ')
    .replace(/^Unknown variable: (.*)$/, "undeclared reference to '$1' (in container '')")
    .replace(/^Unexpected token: EOF$/, "Syntax error: mismatched input '<EOF>'")
    .replace(/^Unexpected token: (.*)$/, 'Syntax error: unexpected $1')
}

export function compile(expression: string, opts: EnvOptions): Compiled {
  const env = celEnv(opts)
  let parsed: ReturnType<Environment['parse']>
  try {
    parsed = env.parse(expression)
  } catch (e) {
    return { expression, error: compileError(expression, e), type: null, run: null }
  }
  const checked = parsed.check()
  if (!checked.valid)
    return { expression, error: compileError(expression, checked.error), type: null, run: null }
  return { expression, error: null, type: checked.type ?? 'dyn', run: (vars) => parsed(vars) }
}

function compileError(expression: string, e: unknown): CompileError {
  const err = e as { message?: string; range?: { start: number } }
  const offset = err?.range?.start ?? 0
  const { line, column } = lineCol(expression, offset)
  return {
    message: `compilation failed: ERROR: <input>:${line}:${column}: ${celGoWords(err?.message ?? String(e))}`,
    offset,
  }
}

export type EvalResult =
  | { ok: true; value: unknown; cost: number }
  | { ok: false; error: string; cost: number }

/** Runs a compiled expression under a cost limit; errors come back in cel-go's words. */
export function run(
  c: Compiled,
  vars: Record<string, unknown>,
  limit = PER_CALL_LIMIT,
): EvalResult {
  const saved = { cost: meter.cost, limit: meter.limit }
  meter.cost = 0
  meter.limit = limit
  try {
    const value = c.run!(vars)
    return { ok: true, value, cost: meter.cost + 1 }
  } catch (e) {
    return { ok: false, error: errorText(e), cost: meter.cost + 1 }
  } finally {
    const used = meter.cost
    meter.cost = saved.cost + used
    meter.limit = saved.limit
  }
}

export function errorText(e: unknown): string {
  if (e instanceof CostExceeded) return COST_LIMIT_ERROR
  const cause = (e as { cause?: unknown })?.cause
  if (cause instanceof CostExceeded) return COST_LIMIT_ERROR
  if (cause instanceof VariableError) return cause.message
  if (e instanceof VariableError) return e.message
  const msg = (e as { message?: string })?.message ?? String(e)
  if (msg.includes(COST_LIMIT_ERROR)) return COST_LIMIT_ERROR
  const composited = /composited variable "[^"]*" fails to (evaluate|compile): .*/.exec(msg)
  if (composited) return composited[0].split('\n')[0]!
  return celGoWords(msg)
}

/** An error of a variable, surfaced in the expression that used it (composition.go). */
export class VariableError extends Error {}

const INDEX = /^(0|[1-9][0-9]*)$/

function meteredList(items: unknown[]): unknown[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && INDEX.test(key)) charge(1)
      return Reflect.get(target, key, receiver)
    },
  })
}

/**
 * A decoded YAML value as a CEL value (spec §8): integers are `int`, other numbers `double`, maps
 * have no prototype, YAML nulls are absent keys.
 */
export function toCel(v: unknown): unknown {
  if (v === null || v === undefined) return null
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v
  if (Array.isArray(v)) return meteredList(v.map(toCel))
  if (typeof v === 'object') {
    const out: Record<string, unknown> = Object.create(null)
    for (const [k, x] of Object.entries(v)) {
      if (x === null || x === undefined) continue
      out[k] = toCel(x)
    }
    return out
  }
  return v
}

/** A CEL value as plain JSON-like data for the report (bigints as numbers when safe). */
export function fromCel(v: unknown): unknown {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : String(v)
  if (Array.isArray(v)) return v.map(fromCel)
  if (v instanceof Map)
    return Object.fromEntries([...v.entries()].map(([k, x]) => [String(k), fromCel(x)]))
  if (v instanceof Quantity || v instanceof IPAddr || v instanceof CIDRValue) return v.toString()
  if (v && typeof v === 'object' && !(v instanceof Uint8Array)) {
    if ('value' in v && typeof (v as { value: unknown }).value === 'bigint')
      return String((v as { value: bigint }).value)
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v))
      Object.defineProperty(out, k, {
        value: fromCel(x),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    return out
  }
  return v
}
