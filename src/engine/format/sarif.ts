/**
 * SARIF 2.1.0 for code-scanning tools: every Pod Security Standards violation, PodSecurityPolicy
 * error and input problem, at its file and line.
 */
import type { Problem, Report, SourceLocation } from '../report'

/** Where a line of an editor came from: the file and its line there. */
export type Origin = (editor: 'pod' | 'policy', line: number) => { file: string; line: number }

interface SarifResult {
  ruleId: string
  level: 'error' | 'warning' | 'note'
  message: { text: string }
  locations: unknown[]
}

const LEVEL: Record<Problem['severity'], SarifResult['level']> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
}

function physical(
  origin: Origin,
  at: {
    editor: 'pod' | 'policy'
    line: number
    column: number
    endLine?: number
    endColumn?: number
  },
) {
  const from = origin(at.editor, at.line)
  const region: Record<string, number> = { startLine: from.line, startColumn: at.column }
  if (at.endLine !== undefined && at.endColumn !== undefined) {
    region.endLine = from.line + (at.endLine - at.line)
    region.endColumn = at.endColumn
  }
  return { physicalLocation: { artifactLocation: { uri: fileUri(from.file) }, region } }
}

/**
 * A file path as the URI reference SARIF requires (SARIF 2.1.0 §3.10.3, RFC 3986): every path
 * segment percent-encoded, `:` too so that no first segment reads as a scheme. `/` separates
 * segments as it does in the path; `<stdin>` becomes `%3Cstdin%3E`.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

export function fileUri(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment.replace(LONE_SURROGATE, '\ufffd')).replaceAll(':', '%3A'),
    )
    .join('/')
}

export function formatSarif(report: Report, origin: Origin, version = '0.1.0'): string {
  const results: SarifResult[] = []
  const rules = new Map<string, string>()
  const add = (ruleId: string, description: string, r: Omit<SarifResult, 'ruleId'>) => {
    if (!rules.has(ruleId)) rules.set(ruleId, description)
    results.push({ ruleId, ...r })
  }
  for (const w of report.workloads) {
    const ps = w.podSecurity
    if (ps && !ps.allowed) {
      for (const v of ps.violations) {
        const locations = (v.locations ?? []).map((l: SourceLocation) => physical(origin, l))
        add(`pss/${v.check}`, `Pod Security Standards: ${v.reason}`, {
          level: 'error',
          message: {
            text: `${w.kind} ${w.namespace}/${w.name} violates PodSecurity "${ps.level}:${ps.version}": ${v.reason} (${v.detail})`,
          },
          locations: locations.length
            ? locations
            : [physical(origin, { editor: w.editor, line: w.line, column: 1 })],
        })
      }
    }
    const psp = w.podSecurityPolicy
    if (psp && !psp.allowed) {
      for (const e of psp.errorDetails ??
        psp.errors.map((message) => ({ message, policy: '', pod: null }))) {
        add('psp/rejected', 'PodSecurityPolicy: the pod is not admitted', {
          level: 'error',
          message: {
            text: `${w.kind} ${w.namespace}/${w.name}: ${e.message}${e.policy ? ` (policy ${e.policy})` : ''}`,
          },
          locations: [physical(origin, e.pod ?? { editor: w.editor, line: w.line, column: 1 })],
        })
      }
    }
  }
  for (const p of report.problems) {
    add(`input/${p.code}`, `Input: ${p.code}`, {
      level: LEVEL[p.severity],
      message: { text: p.message },
      locations: [physical(origin, p)],
    })
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'podplay',
            version,
            informationUri: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
            rules: [...rules].map(([id, text]) => ({ id, shortDescription: { text } })),
          },
        },
        results,
      },
    ],
  }
  return `${JSON.stringify(sarif, null, 2)}\n`
}
