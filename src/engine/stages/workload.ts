/**
 * One workload through the API server before admission (cluster-path.md §1, steps 5–9): the typed,
 * strict decoding of the whole object (api/), the API defaults of its pod (workloads/defaults),
 * then API validation (validation/). Admission and the node judge the pod that comes out.
 */
import { decodeErrorMessage, decodeObject } from '../api'
import { isObj, type Obj, setOwn } from '../obj'
import type { Path } from '../report'
import { validateObject } from '../validation'
import { applyPodDefaults } from '../workloads/defaults'
import type { FoundWorkload } from '../workloads/extract'
import { type PreparedWorkload, report, type StageContext } from './context'

/** The value at a path of keys, or undefined. */
function at(value: unknown, path: Path): unknown {
  let cur = value
  for (const k of path) cur = isObj(cur) ? cur[k as string] : undefined
  return cur
}

/** A copy of `value` with `replacement` at `path` (parents copied, nothing changed in place). */
function withAt(value: Obj, path: Path, replacement: unknown): Obj {
  if (path.length === 0) return isObj(replacement) ? replacement : value
  const [head, ...rest] = path as string[]
  const out: Obj = {}
  for (const [k, v] of Object.entries(value)) setOwn(out, k, v)
  const child = value[head!]
  setOwn(out, head!, withAt(isObj(child) ? child : {}, rest, replacement))
  return out
}

export function prepareWorkload(found: FoundWorkload, ctx: StageContext): PreparedWorkload {
  // Step 5: the typed, strict decode. Unknown and wrongly typed fields are problems and are judged
  // as unset, as `--validate=false` would send the object (cli-and-report.md, turn 2, item 1).
  const decoded = decodeObject(found.kind, found.object)
  for (const p of decoded.problems) {
    const hint = p.suggestion === undefined ? '' : ` (did you mean "${p.suggestion}"?)`
    report(ctx, found, p.path, 'error', p.code, `${p.message}${hint}`)
  }
  const decodeError = decodeErrorMessage(found.kind, found.object.apiVersion, decoded.problems)
  const object = isObj(decoded.value) ? decoded.value : {}

  // Step 6: defaults, once, before every gate; step 8: a Pod's create-time rewrites (AppArmor
  // sync). `stored` is what the API server validates; `pod` is what admission and the node see
  // (they differ for a template only: the hostNetwork hostPort default its Pods get on creation).
  const template = at(object, found.templatePath)
  const { pod, stored, applied, warnings } = applyPodDefaults(isObj(template) ? template : {}, {
    kind: found.kind,
    create: true,
  })
  const podObj = isObj(pod) ? pod : {}
  for (const w of warnings)
    report(ctx, found, [...found.templatePath, ...w.path], 'warning', 'api-warning', w.message)

  // Step 9: API validation of the defaulted object.
  const storedObj = isObj(stored) ? stored : {}
  const validation = validateObject({
    kind: found.kind,
    object: template === undefined ? object : withAt(object, found.templatePath, storedObj),
  })
  for (const e of validation.errors) report(ctx, found, e.path, 'error', 'api-invalid', e.message)
  for (const w of validation.warnings)
    report(ctx, found, ['metadata', 'name'], 'warning', 'api-warning', w)

  const errors = validation.errors.map((e) => e.message)
  return {
    found,
    pod: podObj,
    defaults: applied.map((a) => a.note),
    apiServer: {
      allowed: decodeError === null && errors.length === 0,
      errors,
      decodeError: decodeError === null ? null : decodeError.message,
      ...(decodeError?.by === 'kubectl' && { stoppedBy: 'kubectl' as const }),
    },
  }
}
