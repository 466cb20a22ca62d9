/**
 * Test helper: random Pods as a Go decoder would hold them (the ground truth: only fields of the
 * right type, no nulls) and random but equivalent YAML texts for each, written the many ways
 * kubectl's YAML reader (go-yaml v2 through sigs.k8s.io/yaml) accepts. Every trick names the
 * go-yaml v2 source it relies on (branch v2 of go-yaml/yaml; cluster-path.md §3):
 *
 * - flow `{a: 1}` / `[a]` or block style, and comments (scannerc.go, parserc.go);
 * - plain, 'single' and "double" quoted strings, `\x41` / `\u0041` escapes, `!!str` tags and `|-`
 *   literal blocks (scannerc.go yaml_parser_scan_flow_scalar / _block_scalar; a tagged or quoted
 *   scalar is never resolved: decode.go `d.scalar`, resolve.go `resolve` with a tag);
 * - YAML 1.1 booleans `y`, `yes`, `On`, `TRUE`... (resolve.go `resolve_table`, "y", "Y", "yes", ...);
 * - integers as octal `0644`, `-010`, `0o17`, hex `0x1F` / `+0x1F`, binary `0b11`, underscores
 *   `1_000`, floats `1.0` / `1e3` for integral values, `!!int "12"` (resolve.go `resolve`:
 *   underscores removed, strconv.ParseInt base 0, then ParseFloat);
 * - `~`, `null`, `Null`, `NULL` and an empty value for a field that is unset (resolve.go: null
 *   values; sigs.k8s.io/json then leaves the field unset);
 * - anchors and aliases of equal values (decode.go `d.alias`);
 * - merge keys `<<` with an alias or an inline map, the keys that differ written after the merge
 *   (the explicit key wins) or a stale value written before it (the merge wins), keys of the merged
 *   map the pod does not have nulled after it (decode.go `d.mapping` and `d.merge`, which write
 *   into one map in document order);
 * - duplicate keys, the last one winning (decode.go `d.mapping`: non-strict, later writes win);
 * - a `__proto__` key inside a merge: an unknown field of the struct, which the typed decoder drops,
 *   so it must never become the JavaScript prototype of the engine's object.
 */
import fc from 'fast-check'

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type JsonObj = { [k: string]: Json }

const isObj = (v: unknown): v is JsonObj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Sets a key as own data (`__proto__` included). */
function setOwn(o: JsonObj, k: string, v: Json): void {
  Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true })
}

/** A record built from entries without taking any key as a prototype. */
function record(entries: [string, Json | undefined][]): JsonObj {
  const o: JsonObj = {}
  for (const [k, v] of entries) if (v !== undefined) setOwn(o, k, v)
  return o
}

// ---------------------------------------------------------------------------------------------
// The ground truth
// ---------------------------------------------------------------------------------------------

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 })

const profile = (types: string[]) =>
  fc
    .record({ type: fc.constantFrom(...types), local: fc.constantFrom('p.json', 'x/y') })
    .map(({ type, local }) =>
      record([
        ['type', type],
        ['localhostProfile', type === 'Localhost' ? local : undefined],
      ]),
    )

// Values a level forbids are the less likely ones, so that pods on both sides of each line are common.
const seccomp = profile(['RuntimeDefault', 'Localhost', 'RuntimeDefault', 'Unconfined'])
const appArmor = profile(['RuntimeDefault', 'Localhost', 'RuntimeDefault', 'Unconfined'])
const userId = fc.constantFrom(0, 1, 1000, 65534, 420)

/** Capability names, some only valid through quoting (`yes`, `""`) or oddly cased. */
export const CAPABILITY_NAMES = [
  'ALL',
  'all',
  'NET_BIND_SERVICE',
  'CHOWN',
  'NET_RAW',
  'SYS_ADMIN',
  'sys_admin',
  'CAP_SYS_ADMIN',
  'KILL',
  'AUDIT_WRITE',
  'SETUID',
  'yes',
  '',
]
const capList = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('NET_BIND_SERVICE', 'CHOWN', 'ALL') },
    { weight: 1, arbitrary: fc.constantFrom(...CAPABILITY_NAMES) },
  ),
  { maxLength: 2 },
)

const containerSc = fc
  .record(
    {
      privileged: fc.boolean(),
      allowPrivilegeEscalation: fc.boolean(),
      runAsNonRoot: fc.boolean(),
      runAsUser: userId,
      readOnlyRootFilesystem: fc.boolean(),
      capabilities: fc.record({ add: capList, drop: capList }, { requiredKeys: [] }),
      seccompProfile: seccomp,
      appArmorProfile: appArmor,
      procMount: fc.constantFrom('Default', 'Default', 'Unmasked'),
    },
    { requiredKeys: [] },
  )
  .map((sc) => record(Object.entries(sc) as [string, Json][]))

const podSc = fc
  .record(
    {
      runAsNonRoot: fc.boolean(),
      runAsUser: userId,
      runAsGroup: userId,
      fsGroup: userId,
      supplementalGroups: fc.array(userId, { maxLength: 2 }),
      seccompProfile: seccomp,
      appArmorProfile: appArmor,
      sysctls: fc.array(
        fc.record({
          name: fc.constantFrom(
            'kernel.shm_rmid_forced',
            'net.ipv4.tcp_syncookies',
            'net.ipv4.tcp_syncookies',
            'kernel.msgmax',
          ),
          value: fc.constantFrom('1', '0'),
        }),
        { maxLength: 2 },
      ),
      seLinuxOptions: fc.record({
        type: fc.constantFrom('container_t', '', 'container_t', 'spc_t'),
      }),
    },
    { requiredKeys: [] },
  )
  .map((sc) => record(Object.entries(sc) as [string, Json][]))

/**
 * Most random pods fail restricted many times over; a hardened variant sets each restricted field
 * to its allowed value with high probability, so that pods near the line on both sides are common.
 */
const often = fc.integer({ min: 0, max: 9 }).map((n) => n < 8)
const HARDENED_CONTAINER: [string, Json][] = [
  ['allowPrivilegeEscalation', false],
  ['runAsNonRoot', true],
  ['capabilities', { drop: ['ALL'] }],
  ['seccompProfile', { type: 'RuntimeDefault' }],
  ['privileged', false],
]
const HARDENED_POD: [string, Json][] = [
  ['runAsNonRoot', true],
  ['seccompProfile', { type: 'RuntimeDefault' }],
]
const harden = (base: fc.Arbitrary<JsonObj>, fields: [string, Json][]) =>
  fc
    .tuple(base, fc.array(often, { minLength: fields.length, maxLength: fields.length }))
    .map(([sc, keep]) => {
      const out = record(Object.entries(sc) as [string, Json][])
      fields.forEach(([k, v], i) => {
        if (keep[i]) setOwn(out, k, v)
      })
      return out
    })
const anyContainerSc = fc.oneof(containerSc, harden(containerSc, HARDENED_CONTAINER))
const anyPodSc = fc.oneof(podSc, harden(podSc, HARDENED_POD))

const port = fc
  .record(
    {
      containerPort: fc.constantFrom(80, 443, 8080),
      hostPort: fc.constantFrom(0, 0, 0, 80, 9000),
      protocol: fc.constantFrom('TCP', 'UDP'),
    },
    { requiredKeys: ['containerPort'] },
  )
  .map((p) => record(Object.entries(p) as [string, Json][]))

const container = (name: string) =>
  fc
    .record(
      {
        image: fc.constantFrom('nginx', 'busybox:1.36'),
        securityContext: anyContainerSc,
        ports: fc.array(port, { maxLength: 2 }),
      },
      { requiredKeys: ['image'] },
    )
    .map((c) => record([['name', name], ...(Object.entries(c) as [string, Json][])]))

const volume = (name: string) =>
  fc
    .constantFrom(
      null,
      { emptyDir: {} },
      { emptyDir: {} },
      { hostPath: { path: '/var/log' } },
      { configMap: { name: 'cm' } },
      { hostPath: { path: '/', type: 'Directory' } },
      { configMap: { name: 'cm' } },
      { secret: { secretName: 's' } },
    )
    .map((src) => record([['name', name], ...(Object.entries(src ?? {}) as [string, Json][])]))

const APPARMOR = 'container.apparmor.security.beta.kubernetes.io/'

/** A Pod as the API server's typed decoder holds it (before `tame`). */
const anyPod: fc.Arbitrary<JsonObj> = fc
  .record({
    names: fc.shuffledSubarray(['app', 'web', 'side'], { minLength: 1 }),
    init: fc.boolean(),
    host: fc.record(
      {
        hostNetwork: fc.constantFrom(false, false, false, true),
        hostPID: fc.constantFrom(false, false, false, true),
        hostIPC: fc.constantFrom(false, false, false, true),
        hostUsers: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    podSc: opt(anyPodSc),
    volumes: fc.array(fc.nat(), { maxLength: 2 }),
    annotations: opt(
      fc.record(
        {
          app: fc.constantFrom('runtime/default', 'localhost/p', '', 'unconfined'),
          init: fc.constantFrom('unconfined', 'runtime/default'),
          note: fc.constantFrom('yes', '0644', 'null', 'plain'),
          proto: fc.constantFrom('x'),
        },
        { requiredKeys: [] },
      ),
    ),
    labels: opt(fc.constant({ app: 'web' })),
  })
  .chain((g) =>
    fc
      .record({
        containers: fc.tuple(...g.names.map((n) => container(n))),
        initContainers: g.init ? fc.tuple(container('init')) : fc.constant(undefined),
        volumes: fc.tuple(...g.volumes.map((_, i) => volume(`v${i}`))),
      })
      .map(({ containers, initContainers, volumes }) => {
        const a = g.annotations
        const annotations =
          a === undefined
            ? undefined
            : record([
                [`${APPARMOR}app`, a.app],
                [`${APPARMOR}init`, g.init ? a.init : undefined],
                ['note', a.note],
                ['__proto__', a.proto],
              ])
        const spec = record([
          ...(Object.entries(g.host) as [string, Json][]),
          ['securityContext', g.podSc],
          ['initContainers', initContainers],
          ['containers', containers],
          ['volumes', volumes.length > 0 ? volumes : undefined],
        ])
        return record([
          ['apiVersion', 'v1'],
          ['kind', 'Pod'],
          [
            'metadata',
            record([
              ['name', 'p'],
              ['labels', g.labels],
              ['annotations', annotations],
            ]),
          ],
          ['spec', spec],
        ])
      }),
  )

function clone(v: Json): Json {
  if (Array.isArray(v)) return v.map(clone)
  if (!isObj(v)) return v
  return record(Object.entries(v).map(([k, x]) => [k, clone(x)]))
}

const objs = (v: Json | undefined): JsonObj[] => (Array.isArray(v) ? v.filter(isObj) : [])

/**
 * A copy of `pod` in which each value that Pod Security Standards forbid is replaced by an allowed
 * one with probability `p`: random pods almost always fail every level many times over, tamed
 * ones fall on both sides of each line.
 */
function tame(pod: JsonObj, rng: Rng, p: number): JsonObj {
  const out = clone(pod) as JsonObj
  const spec = out.spec as JsonObj
  const meta = out.metadata as JsonObj
  const fix = (o: JsonObj, k: string, bad: (v: Json) => boolean, good: Json | undefined) => {
    if (Object.hasOwn(o, k) && bad(o[k] as Json) && rng.chance(p)) {
      if (good === undefined) delete o[k]
      else setOwn(o, k, good)
    }
  }
  const profiles = (sc: JsonObj) => {
    for (const k of ['seccompProfile', 'appArmorProfile'])
      fix(sc, k, (v) => isObj(v) && v.type === 'Unconfined', { type: 'RuntimeDefault' })
    fix(sc, 'runAsUser', (v) => v === 0, 1000)
    fix(sc, 'runAsNonRoot', (v) => v !== true, true)
  }
  for (const k of ['hostNetwork', 'hostPID', 'hostIPC']) fix(spec, k, (v) => v === true, false)
  for (const v of objs(spec.volumes)) {
    if (Object.hasOwn(v, 'hostPath') && rng.chance(p)) {
      delete v.hostPath
      v.emptyDir = {}
    }
  }
  if (isObj(spec.securityContext)) {
    const psc = spec.securityContext
    profiles(psc)
    fix(psc, 'seLinuxOptions', (v) => isObj(v) && v.type === 'spc_t', { type: 'container_t' })
    fix(psc, 'sysctls', (v) => objs(v).some((x) => x.name === 'kernel.msgmax'), undefined)
  }
  if (isObj(meta.annotations)) {
    for (const k of Object.keys(meta.annotations))
      fix(meta.annotations, k, (v) => v === 'unconfined', 'runtime/default')
  }
  for (const c of [...objs(spec.initContainers), ...objs(spec.containers)]) {
    for (const port of objs(c.ports)) fix(port, 'hostPort', (v) => v !== 0, undefined)
    if (!isObj(c.securityContext)) {
      if (rng.chance(p)) c.securityContext = {}
      else continue
    }
    const sc = c.securityContext as JsonObj
    profiles(sc)
    fix(sc, 'privileged', (v) => v === true, false)
    fix(sc, 'allowPrivilegeEscalation', (v) => v !== false, false)
    if (!Object.hasOwn(sc, 'allowPrivilegeEscalation') && rng.chance(p))
      sc.allowPrivilegeEscalation = false
    fix(sc, 'procMount', (v) => v !== 'Default', 'Default')
    const caps = isObj(sc.capabilities) ? sc.capabilities : {}
    fix(caps, 'add', (v) => Array.isArray(v) && v.some((x) => x !== 'NET_BIND_SERVICE'), [
      'NET_BIND_SERVICE',
    ])
    if (rng.chance(p)) caps.drop = ['ALL']
    sc.capabilities = caps
    if (!Object.hasOwn(sc, 'seccompProfile') && rng.chance(p))
      sc.seccompProfile = { type: 'RuntimeDefault' }
  }
  return out
}

/** A Pod as the API server's typed decoder holds it: random, or tamed (see `tame`). */
export const groundTruthPod: fc.Arbitrary<JsonObj> = fc
  .tuple(anyPod, fc.constantFrom(0, 0.9, 0.97), fc.integer())
  .map(([pod, p, seed]) => (p === 0 ? pod : tame(pod, new Rng(seed), p)))

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

/** What the map at a path is, for the fields that may be written as null there. */
type Kind =
  | 'pod'
  | 'meta'
  | 'strmap'
  | 'spec'
  | 'podsc'
  | 'container'
  | 'csc'
  | 'caps'
  | 'port'
  | 'volume'
  | 'struct'

function kindOf(path: readonly (string | number)[]): Kind {
  const last = path[path.length - 1]
  const prev = path[path.length - 2]
  if (path.length === 0) return 'pod'
  if (path.length === 1 && last === 'metadata') return 'meta'
  if (last === 'labels' || last === 'annotations') return 'strmap'
  if (path.length === 1 && last === 'spec') return 'spec'
  if (path.length === 2 && last === 'securityContext') return 'podsc'
  if (typeof last === 'number' && (prev === 'containers' || prev === 'initContainers'))
    return 'container'
  if (last === 'securityContext') return 'csc'
  if (last === 'capabilities') return 'caps'
  if (typeof last === 'number' && prev === 'ports') return 'port'
  if (typeof last === 'number' && prev === 'volumes') return 'volume'
  return 'struct'
}

/** Known fields of each kind that a text may write as null (unset). */
const NULLABLE: Record<Kind, readonly string[]> = {
  pod: ['status'],
  meta: ['labels', 'annotations', 'namespace'],
  strmap: [],
  spec: [
    'hostNetwork',
    'hostPID',
    'hostIPC',
    'hostUsers',
    'securityContext',
    'volumes',
    'initContainers',
  ],
  podsc: ['runAsNonRoot', 'runAsUser', 'seccompProfile', 'appArmorProfile', 'sysctls', 'fsGroup'],
  container: ['securityContext', 'ports', 'command', 'args'],
  csc: [
    'privileged',
    'allowPrivilegeEscalation',
    'capabilities',
    'runAsUser',
    'runAsNonRoot',
    'procMount',
    'seccompProfile',
    'appArmorProfile',
  ],
  caps: ['add', 'drop'],
  port: ['hostPort', 'protocol', 'hostIP'],
  volume: ['emptyDir', 'hostPath', 'configMap', 'secret'],
  struct: [],
}

/** A small deterministic generator (mulberry32) so that a text is a function of its seed. */
export class Rng {
  private s: number
  constructor(seed: number) {
    this.s = seed >>> 0
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0
    let t = this.s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[items[i], items[j]] = [items[j] as T, items[i] as T]
    }
    return items
  }
}

/** Order-insensitive equality of JSON values. */
export function sameJson(a: Json, b: Json): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => sameJson(x, b[i] as Json))
    )
  }
  if (isObj(a) || isObj(b)) {
    if (!isObj(a) || !isObj(b)) return false
    const ka = Object.keys(a)
    return (
      ka.length === Object.keys(b).length &&
      ka.every((k) => Object.hasOwn(b, k) && sameJson(a[k] as Json, b[k] as Json))
    )
  }
  return a === b
}

// resolve.go resolve_table: every plain scalar that YAML 1.1 reads as a bool or null.
const NOT_PLAIN = /^(y|yes|n|no|on|off|true|false|null|~)$/i
const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./-]*$/

const TRUE_FORMS = ['true', 'True', 'TRUE', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'y', 'Y']
const FALSE_FORMS = ['false', 'False', 'FALSE', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'n', 'N']
const NULL_FORMS = ['~', 'null', 'Null', 'NULL', '']

interface Anchor {
  name: string
  value: Json
  kind: Kind | 'scalar' | 'list'
}

interface State {
  rng: Rng
  anchors: Anchor[]
  counter: number
}

function str(s: string, st: State, flow: boolean): string {
  const r = st.rng.next()
  const plainOk = PLAIN.test(s) && !NOT_PLAIN.test(s)
  if (plainOk && r < 0.45) return s
  if (r < 0.6) return `'${s.replaceAll("'", "''")}'`
  if (r < 0.7 && s.length > 0) {
    // scannerc.go: \xXX and \uXXXX escapes in double-quoted scalars
    const c = s.charCodeAt(0)
    const esc = st.rng.chance(0.5)
      ? `\\x${c.toString(16).padStart(2, '0')}`
      : `\\u${c.toString(16).padStart(4, '0')}`
    return `"${esc}${JSON.stringify(s.slice(1)).slice(1, -1)}"`
  }
  if (r < 0.8 && !flow && /^[A-Za-z0-9_./:-]+$/.test(s)) return `!!str ${s}`
  return JSON.stringify(s)
}

function int(n: number, st: State): string {
  const r = st.rng.next()
  const neg = n < 0
  const a = Math.abs(n)
  const sign = neg ? '-' : ''
  if (a > 0 && r < 0.15) return `${sign}0${a.toString(8)}` // 0644 octal
  if (!neg && r < 0.25) return `${st.rng.pick(['', '+'])}0x${a.toString(16).toUpperCase()}`
  if (!neg && r < 0.32) return `0o${a.toString(8)}`
  if (!neg && r < 0.39) return `0b${a.toString(2)}`
  if (a >= 10 && r < 0.48) {
    const d = String(a)
    const at = 1 + Math.floor(st.rng.next() * (d.length - 1))
    return `${sign}${d.slice(0, at)}_${d.slice(at)}`
  }
  if (r < 0.54) return `${n}.0`
  if (a >= 10 && a % 10 === 0 && r < 0.6) return `${sign}${a / 10}e1`
  if (r < 0.66) return `!!int "${n}"`
  return String(n)
}

function scalar(v: Json, st: State, flow: boolean): string {
  if (typeof v === 'string') return str(v, st, flow)
  if (typeof v === 'number') return int(v, st)
  if (typeof v === 'boolean') return st.rng.pick(v ? TRUE_FORMS : FALSE_FORMS)
  return '~'
}

function key(k: string, st: State): string {
  if (k === '<<') return JSON.stringify(k)
  const plainOk = PLAIN.test(k) && !NOT_PLAIN.test(k)
  if (plainOk && st.rng.chance(0.7)) return k
  return st.rng.chance(0.5) ? JSON.stringify(k) : `'${k.replaceAll("'", "''")}'`
}

/**
 * A rendering: one inline text, or lines that go below their key (already indented) with what
 * stands after the key on its own line (an anchor, `|-`, or nothing).
 */
type Out = { inline: string } | { block: string[]; header: string }

const pad = (n: number) => ' '.repeat(n)

/**
 * Maybe an anchor for a node; it becomes usable (`register`) only once the node is written, so
 * that nothing inside the node refers to it (decode.go: "anchor value contains itself").
 */
function anchorOf(
  v: Json,
  kind: Anchor['kind'],
  st: State,
): { text: string; register: () => void } {
  if (!st.rng.chance(0.25)) return { text: '', register: () => {} }
  const name = `a${st.counter++}`
  return { text: `&${name}`, register: () => st.anchors.push({ name, value: v, kind }) }
}

function node(v: Json, path: (string | number)[], flow: boolean, indent: number, st: State): Out {
  const parent = path[path.length - 2]
  if (v === '' && st.rng.chance(0.4)) {
    // sigs.k8s.io/json: a null list item or string map value is the zero value "" (not unset)
    const last = path[path.length - 1]
    if (
      (typeof last === 'number' && (parent === 'add' || parent === 'drop')) ||
      parent === 'annotations'
    )
      return { inline: nullText(st, true) }
  }
  const kind: Anchor['kind'] = isObj(v) ? kindOf(path) : Array.isArray(v) ? 'list' : 'scalar'
  // decode.go d.alias: an alias stands for the anchored node's value
  const same = st.anchors.filter((a) => a.kind === kind && sameJson(a.value, v))
  if (same.length > 0 && st.rng.chance(0.5)) return { inline: `*${st.rng.pick(same).name}` }
  const a = anchorOf(v, kind, st)
  const anchor = a.text
  const out = write()
  a.register()
  return out

  function write(): Out {
    const withAnchor = (s: string) => (anchor === '' ? s : `${anchor} ${s}`)
    if (!isObj(v) && !Array.isArray(v)) {
      if (!flow && typeof v === 'string' && /^[!-~]/.test(v) && st.rng.chance(0.08)) {
        // scannerc.go yaml_parser_scan_block_scalar: a literal block, final newline stripped
        return { block: [`${pad(indent + 2)}${v}`], header: withAnchor('|-') }
      }
      return { inline: withAnchor(scalar(v, st, flow)) }
    }
    const asFlow =
      flow || st.rng.chance(0.3) || (Array.isArray(v) ? v.length : Object.keys(v).length) === 0
    if (Array.isArray(v)) {
      if (asFlow) {
        const items = v.map((x, i) => inlineOf(node(x, [...path, i], true, 0, st)))
        return { inline: withAnchor(`[${items.join(', ')}]`) }
      }
      const at = st.rng.chance(0.5) ? indent : indent + 2
      const lines: string[] = []
      v.forEach((x, i) => {
        const out = node(x, [...path, i], false, at, st)
        if ('inline' in out) lines.push(`${pad(at)}- ${out.inline}`)
        else if (out.header !== '') lines.push(`${pad(at)}- ${out.header}`, ...out.block)
        else {
          const [first, ...rest] = out.block
          lines.push(`${pad(at)}- ${(first ?? '').trimStart()}`, ...rest)
        }
      })
      return { block: lines, header: anchor }
    }
    const entries = mapEntries(v, path, asFlow, asFlow ? 0 : indent + 2, st)
    if (asFlow) return { inline: withAnchor(`{${entries.join(', ')}}`) }
    return { block: entries, header: anchor }
  }
}

function inlineOf(out: Out): string {
  if ('inline' in out) return out.inline
  throw new Error('a block inside a flow collection')
}

/** `key: value` for one entry, as one or more lines (block) or one text (flow). */
function entry(
  k: string,
  v: Json,
  path: (string | number)[],
  flow: boolean,
  indent: number,
  st: State,
  child: (string | number)[] = [...path, k],
): string[] {
  const out = node(v, child, flow, indent, st)
  const kt = key(k, st)
  if ('inline' in out) {
    const comment = !flow && st.rng.chance(0.1) ? ' # a comment' : ''
    return [`${pad(indent)}${kt}: ${out.inline}${comment}`]
  }
  return [`${pad(indent)}${kt}:${out.header === '' ? '' : ` ${out.header}`}`, ...out.block]
}

function nullText(st: State, flow: boolean): string {
  // An empty value is read as null too (resolve.go); in flow style keep a visible form.
  const form = st.rng.pick(NULL_FORMS)
  return form === '' && flow ? '~' : form
}

/** The entries of a map in a random order, with merges, nulls and duplicates that mean `m`. */
function mapEntries(
  m: JsonObj,
  path: (string | number)[],
  flow: boolean,
  indent: number,
  st: State,
): string[] {
  const kind = kindOf(path)
  const keys = Object.keys(m)
  const join = (parts: string[][]) => (flow ? parts.map((p) => p.join(' ')) : parts.flat())

  // A merge: from an earlier anchored map of the same kind, or an inline map of some of our keys.
  let merged: JsonObj | null = null
  let mergeText: string[] | null = null
  if (keys.length > 0 && st.rng.chance(0.3)) {
    const sources = st.anchors.filter(
      (a) =>
        a.kind === kind &&
        isObj(a.value) &&
        // string maps cannot null a key out (a null string map value is "")
        (kind !== 'strmap' || Object.keys(a.value).every((k) => Object.hasOwn(m, k))) &&
        // nulling out needs a known field of this struct
        Object.keys(a.value).every((k) => Object.hasOwn(m, k) || NULLABLE[kind].includes(k)),
    )
    if (sources.length > 0 && st.rng.chance(0.6)) {
      const src = st.rng.pick(sources)
      merged = src.value as JsonObj
      mergeText = [`${pad(indent)}<<: *${src.name}`]
    } else {
      const chosen = keys.filter(() => st.rng.chance(0.5))
      if (chosen.length > 0) {
        merged = record(chosen.map((k) => [k, m[k]]))
        const inner = mapEntries(merged, path, true, 0, st)
        // An unknown field inside the merge, named like the JavaScript prototype: plain data
        // that the typed decoder drops (never in a string map, where it would be a real key).
        if (kind !== 'strmap' && st.rng.chance(0.3))
          inner.push('__proto__: {runAsNonRoot: true, privileged: false, drop: [ALL]}')
        mergeText = [`${pad(indent)}<<: {${inner.join(', ')}}`]
      }
    }
  }

  // The plan of entries after the merge, in their final order, is fixed before any value is
  // written: anchors must be defined earlier in the text than their aliases (decode.go d.alias).
  const before: string[][] = []
  type Item = { k: string; text?: string; value?: Json }
  const plan: Item[] = []
  const line = (k: string, value: string) => [`${pad(indent)}${key(k, st)}: ${value}`]
  for (const k of keys) {
    const v = m[k] as Json
    const fromMerge = merged !== null && Object.hasOwn(merged, k) && sameJson(merged[k] as Json, v)
    if (fromMerge) {
      // a stale value before the merge: the merged value wins (decode.go, document order)
      if (st.rng.chance(0.3)) before.push(line(k, `decoy-${k.length}`))
      continue
    }
    // a duplicate key before the real one: the last one wins
    if (st.rng.chance(0.1)) plan.push({ k, text: st.rng.pick(['~', 'stale', '{}', '[]', '0']) })
    plan.push({ k, value: v })
  }
  if (merged !== null) {
    for (const k of Object.keys(merged)) {
      if (!Object.hasOwn(m, k)) plan.push({ k, text: nullText(st, flow) })
    }
  }
  for (const k of NULLABLE[kind]) {
    const inMerge = merged !== null && Object.hasOwn(merged, k)
    if (!Object.hasOwn(m, k) && !inMerge && st.rng.chance(0.1))
      plan.push({ k, text: nullText(st, flow) })
  }
  const order = shuffleKeepingOrderPerKey(plan, st).map((item) =>
    item.text !== undefined
      ? line(item.k, item.text)
      : entry(item.k, item.value as Json, path, flow, indent, st),
  )
  if (!flow && st.rng.chance(0.15)) order.unshift([`${pad(indent)}# a comment line`])
  return join([...before, ...(mergeText === null ? [] : [mergeText]), ...order])
}

/** A shuffle in which the items of one key keep their relative order (duplicates first). */
function shuffleKeepingOrderPerKey<T extends { k: string }>(items: T[], st: State): T[] {
  const groups = new Map<string, T[]>()
  for (const e of items) {
    const g = groups.get(e.k)
    if (g) g.push(e)
    else groups.set(e.k, [e])
  }
  const slots = st.rng.shuffle(items.map((e) => e.k))
  return slots.map((k) => groups.get(k)?.shift() as T)
}

/** One YAML text that kubectl reads as `pod`. */
export function renderPod(pod: JsonObj, seed: number): string {
  const st: State = { rng: new Rng(seed), anchors: [], counter: 0 }
  const lines = mapEntries(pod, [], false, 0, st)
  const head = st.rng.pick(['', '---\n', '--- # a pod\n', '# a pod\n'])
  return `${head}${lines.join('\n')}\n`
}
