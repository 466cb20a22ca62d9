/**
 * What the stages of an evaluation share: the options, where findings go, how paths become editor
 * positions, and one workload as it passes the gates. Stage results are passed on explicitly.
 */
import type { Locator } from '../locations'
import type { Obj } from '../obj'
import type { ApiServerVerdict, EngineOptions, Path, Problem, Severity } from '../report'
import type { Found, FoundWorkload } from '../workloads/extract'

export interface StageContext {
  options: EngineOptions
  locator: Locator
  /** Every stage adds its findings here; the report sorts them. */
  problems: Problem[]
}

/** Adds a problem at a path of a found object. */
export function report(
  ctx: StageContext,
  found: Found,
  path: Path,
  severity: Severity,
  code: string,
  message: string,
): void {
  ctx.problems.push(
    ctx.locator.problem(found.editor, found.doc, [...found.at, ...path], severity, code, message),
  )
}

/** One workload after decoding, defaults and API validation: what admission judges. */
export interface PreparedWorkload {
  found: FoundWorkload
  /** The pod (or the template's metadata and spec) as the API server hands it to admission. */
  pod: Obj
  /** The API defaults that changed something, in words. */
  defaults: string[]
  /** Decoding and API validation on the server (cluster-path.md §5, §7). */
  apiServer: ApiServerVerdict
}

/** What admission decided about the pod that reaches the node. */
export interface Admitted {
  pod: Obj
  /** Fields an admitting PodSecurityPolicy set (dotted paths), for the effective view's sources. */
  set: ReadonlySet<string>
}
