/** Input problems (YAML errors, wrong types, kinds not evaluated), each revealing its line. */
import type { Problem } from '../../engine/report'
import { Text, useWindow } from './bounded'
import { RevealButton, withKeys } from './common'

const ICON = { error: '✖', warning: '▲', info: 'ℹ' } as const

export function ProblemsList({ problems }: { problems: Problem[] }) {
  const [shown, more] = useWindow(problems, 200)
  if (!problems.length) return null
  return (
    <section className="card problems" aria-label="Problems">
      <h3>
        Problems <span className="muted">{problems.length}</span>
      </h3>
      <ul>
        {withKeys(shown, (p) => `${p.editor}:${p.line}:${p.column}:${p.message}`).map(([k, p]) => (
          <li key={k} className={`problem problem-${p.severity}`}>
            <span className="icon" aria-hidden="true">
              {ICON[p.severity] ?? '•'}
            </span>
            <span className="sr-only">{p.severity}</span>
            <RevealButton
              at={{
                editor: p.editor,
                line: p.line,
                column: p.column,
                ...(p.endLine !== undefined ? { endLine: p.endLine } : {}),
                ...(p.endColumn !== undefined ? { endColumn: p.endColumn } : {}),
              }}
            />
            <span className="problem-message">
              <Text text={p.message} />
            </span>
          </li>
        ))}
      </ul>
      {more}
    </section>
  )
}
