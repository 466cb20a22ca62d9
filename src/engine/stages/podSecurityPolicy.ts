/**
 * Admission, PodSecurityPolicy: which policy admits each workload's pod, what it changes, and
 * every policy's errors, located in both editors. The admitted pod goes on to the node.
 */
import { isObj } from '../obj'
import { formatPath } from '../path'
import { describeFields, evaluatePsp, pssLevelOfPsp, readPsp } from '../psp'
import type { Path, PodSecurityPolicyReport, SourceLocation } from '../report'
import type { Found } from '../workloads/extract'
import { type Admitted, type PreparedWorkload, report, type StageContext } from './context'

/** The policies of an evaluation, read once. */
export interface PspWorld {
  inputs: { name: string; object: unknown }[]
  byName: Map<string, Found>
  levels: Map<string, ReturnType<typeof pssLevelOfPsp>>
}

const FIELD_TEXT = new Map(describeFields().map((f) => [f.field, f.description]))

/** What the forbidding policy field does, and how to fix the error (for learners). */
function explain(policy: string, policyPath: Path | null): string | null {
  if (!policyPath) return null
  // The most specific described field on the path (spec.runAsUser.ranges -> spec.runAsUser).
  for (let n = policyPath.length; n > 0; n--) {
    const field = formatPath(policyPath.slice(0, n))
    const text = FIELD_TEXT.get(field)
    if (text) {
      return `\`${field}\` of policy "${policy}": ${text} Fix it in the pod, or change that field of the policy (or let the pod use another policy).`
    }
  }
  return null
}

function policyLocation(
  ctx: StageContext,
  found: Found | undefined,
  path: Path | null,
): SourceLocation | null {
  if (!found) return null
  return ctx.locator.location(found.editor, found.doc, [...found.at, ...(path ?? [])])
}

/** Reads the standing policies once per evaluation; their problems go to the report. */
export function readPolicies(policies: readonly Found[], ctx: StageContext): PspWorld {
  const byName = new Map<string, Found>()
  const levels = new Map<string, ReturnType<typeof pssLevelOfPsp>>()
  for (const f of policies) {
    byName.set(f.name, f)
    for (const p of readPsp(f.object).problems) {
      report(ctx, f, p.path, p.severity, 'psp-invalid', p.message)
    }
    levels.set(f.name, pssLevelOfPsp(f.object))
  }
  const inputs = policies.map((f) => ({ name: f.name, object: f.object }))
  return { inputs, byName, levels }
}

/** The plugin's verdict for one workload (null without policies) and the pod it admits. */
export function podSecurityPolicyStage(
  w: PreparedWorkload,
  p: PspWorld,
  ctx: StageContext,
): { report: PodSecurityPolicyReport | null; admitted: Admitted | null } {
  if (p.inputs.length === 0) return { report: null, admitted: null }
  const r = evaluatePsp(w.pod, p.inputs, { usable: ctx.options.pspUsable ?? null })
  const prefix = [...w.found.at, ...w.found.templatePath]
  const podLocation = (path: Path) =>
    ctx.locator.location(w.found.editor, w.found.doc, [...prefix, ...path])
  const out: PodSecurityPolicyReport = {
    allowed: r.allowed,
    policy: r.policy,
    message: r.message,
    errors: r.errors,
    mutations: r.mutations,
    pod: r.pod,
    candidates: r.candidates.map((c) => {
      const level = p.levels.get(c.policy)
      const at = policyLocation(ctx, p.byName.get(c.policy), [])
      return {
        ...c,
        ...(level && {
          pssLevel: level.level,
          pssReasons: level.reasons.map((x) => ({
            level: x.level,
            field: formatPath(x.field),
            reason: x.reason,
          })),
        }),
        ...(at && { at }),
      }
    }),
    errorDetails: r.errorDetails.map((e) => {
      const explanation = explain(e.policy, e.policyPath)
      return {
        policy: e.policy,
        message: e.message,
        pod: podLocation(e.podPath),
        policyField: policyLocation(ctx, p.byName.get(e.policy), e.policyPath),
        ...(explanation && { explanation }),
      }
    }),
    mutationDetails: r.mutationDetails.map((m) => ({
      path: formatPath(m.path),
      value: m.value,
      before: m.before,
      at: podLocation(m.path),
    })),
  }
  const admitted =
    r.allowed && r.mutationDetails.length > 0 && isObj(r.pod)
      ? { pod: r.pod, set: new Set(r.mutationDetails.map((m) => formatPath(m.path))) }
      : null
  return { report: out, admitted }
}
