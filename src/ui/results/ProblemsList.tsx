/**
 * Input problems (YAML errors, wrong types, warnings), errors first, each revealing its line; the
 * objects podplay does not judge are one line (`28 objects not judged: 6 ServiceAccount, ...`)
 * that expands into each one.
 */
import { memo } from 'react'
import type { Problem } from '../../engine/report'
import { type NotJudgedView, PROBLEMS_PAGE } from '../../worker/view'
import { useAppState } from '../AppContext'
import { Text } from './bounded'
import { RevealButton, withKeys } from './common'
import './summary/summary.css'
import './problems.css'

const ICON = { error: '✖', warning: '▲', info: 'ℹ' } as const

function ProblemItem({ p }: { p: Problem }) {
  return (
    <li className={`problem problem-${p.severity}`}>
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
  )
}

const problemKey = (p: Problem) => `${p.editor}:${p.line}:${p.column}:${p.message}`

/** The objects not judged: one line; expanded, each one (a page at a time). */
function NotJudged({ nj }: { nj: NotJudgedView }) {
  const open = useAppState((s) => s.notJudgedOpen)
  const toggle = useAppState((s) => s.toggleNotJudged)
  return (
    <div className="not-judged" data-testid="problems.notJudged">
      <button type="button" className="not-judged-toggle" aria-expanded={open} onClick={toggle}>
        <span className="icon" aria-hidden="true">
          {ICON.info}
        </span>{' '}
        <Text text={nj.line} />
      </button>
      {open && nj.shown === null && <p className="muted">Loading…</p>}
      {open && nj.shown !== null && (
        <>
          <ul>
            {withKeys(nj.shown, problemKey).map(([k, p]) => (
              <ProblemItem key={k} p={p} />
            ))}
          </ul>
          <ShowMore rest={nj.count - nj.shown.length} />
        </>
      )}
    </div>
  )
}

/** The worker sends a page of problems at a time: the next page, for both lists. */
function ShowMore({ rest }: { rest: number }) {
  const showMore = useAppState((s) => s.showMoreProblems)
  if (rest <= 0) return null
  return (
    <button type="button" className="show-more" onClick={showMore}>
      Show {Math.min(PROBLEMS_PAGE, rest).toLocaleString('en-US')} more (of{' '}
      {rest.toLocaleString('en-US')} not shown)
    </button>
  )
}

/**
 * `problems`: the first ones, errors first (the worker sends a page at a time); `count`: how many
 * there are; `notJudged`: the objects podplay does not judge, counted by kind.
 */
export const ProblemsList = memo(function ProblemsList({
  problems,
  count,
  notJudged = null,
}: {
  problems: readonly Problem[]
  count: number
  notJudged?: NotJudgedView | null
}) {
  if (!count && !notJudged) return null
  return (
    <section className="card problems" aria-label="Problems">
      <h3>
        Problems <span className="muted">{count}</span>
      </h3>
      {problems.length > 0 && (
        <ul>
          {withKeys(problems, problemKey).map(([k, p]) => (
            <ProblemItem key={k} p={p} />
          ))}
        </ul>
      )}
      <ShowMore rest={count - problems.length} />
      {notJudged && <NotJudged nj={notJudged} />}
    </section>
  )
})
