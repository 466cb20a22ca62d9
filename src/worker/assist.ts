/**
 * What the worker answers besides evaluations, for the panel and the editors: the quick fixes of
 * the pod editor's violations (each workload at the level enforced on it), "Make it meet <level>",
 * least privilege for one workload, and schema help. Used by the engine worker and the in-process
 * client alike; the report of the last evaluation is reused when the input is the same.
 */
import { evaluate } from '../engine'
import { PSP_DOCS } from '../engine/api/docs.psp'
import { completionsAt, fieldAt, valueCompletionsAt } from '../engine/api/schemaHelp'
import { valueAt } from '../engine/api/valueAt'
import { decisionFor, fixAll, quickFixes } from '../engine/fix'
import { leastPrivilegePolicy, reachableLevels } from '../engine/leastPrivilege'
import type { EngineInput, Level, Report, WorkloadReport } from '../engine/report'
import type {
  DecisionView,
  FixesView,
  FixView,
  LeastPrivilegeView,
  SchemaQuery,
  SchemaResponse,
} from './protocol'
import { rowKeys } from './view'

const sameInput = (a: EngineInput, b: EngineInput) =>
  a.pod === b.pod &&
  a.policy === b.policy &&
  JSON.stringify(a.options ?? {}) === JSON.stringify(b.options ?? {})

/** The pod editor's workloads, by their index in the report, with their keys. */
function podWorkloads(report: Report): { w: WorkloadReport; key: string; index: number }[] {
  const workloads = report.workloads ?? []
  const keys = rowKeys(workloads)
  return workloads
    .map((w, index) => ({ w, key: keys[index]!, index }))
    .filter((x) => x.w.editor === 'pod')
}

const overlap = (a: readonly string[], b: readonly string[]) => a.some((p) => b.includes(p))

/**
 * The safe fixes of every enforced violation and, for a violation none removes, what a person must
 * decide. Fix indices count the pod editor's workloads as the report does; a fix is kept only when
 * the report has the violation it removes.
 */
export function fixesOf(input: EngineInput, report: Report): FixesView {
  const out: FixesView = { fixes: [], decisions: [] }
  const pod = podWorkloads(report)
  const groups = new Map<string, { level: Level; version: string; positions: Set<number> }>()
  pod.forEach(({ w }, position) => {
    const pss = w.podSecurity
    if (!pss || (pss.violations ?? []).length === 0) return
    const id = `${pss.level}:${pss.version}`
    const g = groups.get(id) ?? { level: pss.level, version: pss.version, positions: new Set() }
    g.positions.add(position)
    groups.set(id, g)
  })
  for (const g of groups.values()) {
    const found = quickFixes(input.pod, g.level, g.version)
    for (const position of g.positions) {
      const { w, key } = pod[position]!
      for (const v of w.podSecurity?.violations ?? []) {
        const paths = (v.locations ?? []).map((l) => l.path)
        const mine = found.filter(
          (f) => f.workload === position && f.check === v.check && overlap(f.violationPaths, paths),
        )
        for (const f of mine) {
          const fix: FixView = {
            key,
            check: f.check,
            description: f.description,
            line: f.line,
            violationPaths: f.violationPaths,
            markerLines: [
              ...new Set((v.locations ?? []).filter((l) => l.editor === 'pod').map((l) => l.line)),
            ],
            edit: f.edit,
          }
          out.fixes.push(fix)
        }
        if (mine.length === 0) {
          const decision: DecisionView = {
            key,
            check: v.check,
            violationPaths: paths,
            decide: decisionFor(v.check),
          }
          out.decisions.push(decision)
        }
      }
    }
  }
  return out
}

/** Least privilege for the workload with this row key (null: no such workload in the pod editor). */
export function leastPrivilegeOf(
  input: EngineInput,
  report: Report,
  key: string,
): LeastPrivilegeView | null {
  const pod = podWorkloads(report)
  const position = pod.findIndex((x) => x.key === key)
  if (position < 0) return null
  const { w } = pod[position]!
  const version = w.podSecurity?.version ?? 'latest'
  return {
    workload: `${w.kind} ${w.namespace}/${w.name}`,
    policy: leastPrivilegePolicy(input.pod, position),
    reachable: reachableLevels(input.pod, version)[position] ?? null,
    version,
  }
}

export { fixAll }

/** Keeps the last evaluated input and report; another input is evaluated on demand. */
export function createReportCache(evaluateInput: (input: EngineInput) => Report = evaluate) {
  let last: { input: EngineInput; report: Report } | null = null
  return {
    remember(input: EngineInput, report: Report) {
      last = { input, report }
    },
    reportFor(input: EngineInput): Report {
      if (last && sameInput(last.input, input)) return last.report
      const report = evaluateInput(input)
      last = { input, report }
      return report
    },
  }
}

export type SchemaAnswer = Omit<SchemaResponse, 'type' | 'id'>

type Docs = typeof import('../engine/api/docs.generated').DOCS
let docs: Promise<Docs> | null = null

/**
 * The API documentation, loaded on first use: a chunk of its own, out of the first load; with
 * podplay's own documentation of the PodSecurityPolicy fields (the API no longer has them).
 */
function loadDocs(): Promise<Docs> {
  docs ??= import('../engine/api/docs.generated').then((m) => ({ ...m.DOCS, ...PSP_DOCS }))
  return docs
}

/** A field's documentation, else the documentation of the struct it holds. */
function docOf(all: Docs, owner: string, key: string, struct: string | null): string {
  const own = Object.hasOwn(all, owner) ? all[owner]![1] : undefined
  const doc = own && Object.hasOwn(own, key) ? own[key] : undefined
  return doc ?? (struct !== null && Object.hasOwn(all, struct) ? all[struct]![0] : '')
}

/** What a key completion writes: `key:` before a nested block, `key: ` before a value. */
const keyInsert = (key: string, nested: boolean, flow: boolean) =>
  nested && !flow ? `${key}:` : `${key}: `

/**
 * Schema help: the values of a closed set after `key: ` (or in a list), else (unless only values
 * are asked for) the keys valid at the cursor; or the field or the value under the mouse,
 * documented.
 */
export async function schemaAnswer(query: SchemaQuery): Promise<SchemaAnswer> {
  if (query.mode !== 'hover') {
    const v = valueCompletionsAt(query.text, query.line, query.column)
    if (v)
      return {
        completions: v.values.map((x) => ({
          key: x.value,
          kind: 'value',
          type: v.type,
          doc: x.doc,
          insert: x.insert,
          start: v.start,
        })),
        hover: null,
      }
    const c = query.mode === 'complete' ? completionsAt(query.text, query.line, query.column) : null
    if (!c) return { completions: [], hover: null }
    const all = await loadDocs()
    return {
      completions: c.fields.map((f) => ({
        key: f.key,
        kind: 'key',
        type: f.type,
        doc: docOf(all, c.owner, f.key, f.struct),
        insert: keyInsert(
          f.key,
          f.struct !== null || f.type.startsWith('[]') || f.type.startsWith('map['),
          c.flow,
        ),
        start: c.start,
      })),
      hover: null,
    }
  }
  const f = fieldAt(query.text, query.line, query.column)
  if (f) {
    const all = await loadDocs()
    return {
      completions: [],
      hover: {
        path: f.path,
        key: f.key,
        type: f.type,
        doc: docOf(all, f.owner, f.key, f.struct),
        own: Object.hasOwn(PSP_DOCS, f.owner),
        line: f.line,
        startColumn: f.startColumn,
        endColumn: f.endColumn,
        value: null,
      },
    }
  }
  const v = valueAt(query.text, query.line, query.column)
  if (!v) return { completions: [], hover: null }
  const all = await loadDocs()
  return {
    completions: [],
    hover: {
      path: v.path,
      key: v.field,
      type: v.type,
      doc: docOf(all, v.owner, v.field, null),
      own: Object.hasOwn(PSP_DOCS, v.owner),
      line: v.line,
      startColumn: v.startColumn,
      endColumn: v.endColumn,
      value: { value: v.value, doc: v.doc },
    },
  }
}
