/**
 * The lessons panel (issue 12): the lessons in the classic lesson's order, and the step shown: its
 * few sentences, its goal and the goal's live status (checked by the worker on each report), "Start
 * this step", hints one at a time (how many were revealed is kept with the progress), "Show
 * solution", and "Next step" once the goal is met. Loaded lazily with the lesson texts when the
 * panel first opens.
 */
import { useEffect } from 'react'
import { LESSON_STEPS, LESSONS } from '../../engine/lessons/data'
import type { GoalStatus } from '../../worker/view'
import { useAppState } from '../AppContext'
import './lessons.css'

type Step = (typeof LESSON_STEPS)[number]

/** The step to show: the one chosen, else the first not done yet, else the first. */
function currentStep(chosen: string | null, done: readonly string[]): Step {
  return (
    LESSON_STEPS.find((s) => s.id === chosen) ??
    LESSON_STEPS.find((s) => !done.includes(s.id)) ??
    LESSON_STEPS[0]!
  )
}

function GoalLine({ goal, step }: { goal: GoalStatus | null | undefined; step: Step }) {
  const current = goal?.step === step.id ? goal : null
  return (
    <div
      className={`lesson-status ${current?.met ? 'lesson-status-met' : ''}`}
      role="status"
      aria-live="polite"
      aria-label="Goal status"
    >
      {!current ? (
        <span>Checking the goal…</span>
      ) : current.met ? (
        <span>Goal met: this step is done.</span>
      ) : (
        <>
          <span>Not yet:</span>
          <ul>
            {/* the same sentence may come from two requirements: said once */}
            {[...new Set(current.missing)].map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

function StepNav({ step }: { step: Step }) {
  const done = useAppState((s) => s.lessonsDone)
  const shown = useAppState((s) => s.solutionsShown)
  const selectStep = useAppState((s) => s.selectStep)
  return (
    <nav className="lessons-nav" aria-label="Lesson steps">
      <p className="muted">
        {LESSON_STEPS.filter((s) => done.includes(s.id)).length} of {LESSON_STEPS.length} steps done
      </p>
      <ol>
        {LESSONS.map((l) => (
          <li key={l.id}>
            <span className="lesson-title" title={l.summary}>
              {l.title}
            </span>
            <ol>
              {l.steps.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className="lesson-step-link"
                    aria-current={s.id === step.id ? 'step' : undefined}
                    onClick={() => selectStep(s.id)}
                  >
                    <span className="lesson-mark" aria-hidden="true">
                      {done.includes(s.id) ? '✓' : '○'}
                    </span>
                    {s.title}
                    {done.includes(s.id) && <span className="sr-only"> (done)</span>}
                    {shown.includes(s.id) && <span className="muted"> (solution shown)</span>}
                  </button>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  )
}

export default function LessonsPanel() {
  const chosen = useAppState((s) => s.lessonStep)
  const done = useAppState((s) => s.lessonsDone)
  const shown = useAppState((s) => s.solutionsShown)
  const goal = useAppState((s) => s.view?.goal)
  const selectStep = useAppState((s) => s.selectStep)
  const openWork = useAppState((s) => s.openWork)
  const markSolutionShown = useAppState((s) => s.markSolutionShown)
  const setLessonsOpen = useAppState((s) => s.setLessonsOpen)
  const step = currentStep(chosen, done)
  const lesson = LESSONS.find((l) => l.steps.includes(step))!
  const revealHint = useAppState((s) => s.revealHint)
  const revealed = useAppState((s) => s.hintsRevealed[step.id] ?? 0)
  const hintsShown = Math.min(revealed, step.hints.length)
  const index = LESSON_STEPS.indexOf(step)
  const next = LESSON_STEPS[index + 1]
  const met = goal?.step === step.id && goal.met
  // the work of a step whose goal is met is not kept when the next step replaces it
  // the step shown is the one whose goal the worker checks
  useEffect(() => {
    if (chosen !== step.id) selectStep(step.id)
  }, [chosen, step.id, selectStep])
  const start = (s: Step) => {
    selectStep(s.id)
    openWork(s.start, 'lesson', null, !met)
  }

  return (
    <section className="lessons" aria-label="Lessons">
      <StepNav step={step} />
      <article className="lesson-step" aria-labelledby="lesson-step-title">
        <header className="lesson-head">
          <h2 id="lesson-step-title">
            <span className="muted">{lesson.title} · </span>
            {step.title}
          </h2>
          <button type="button" className="lesson-close" onClick={() => setLessonsOpen(false)}>
            Close lessons
          </button>
        </header>
        <p>{step.text}</p>
        <p className="lesson-goal">
          <strong>Goal:</strong> {step.goal.text}
        </p>
        <GoalLine goal={goal} step={step} />
        <div className="lesson-actions">
          <button type="button" onClick={() => start(step)}>
            Start this step
          </button>
          <button
            type="button"
            disabled={hintsShown >= step.hints.length}
            onClick={() => revealHint(step.id, step.hints.length)}
          >
            {hintsShown === 0 ? 'Show a hint' : 'Another hint'} ({hintsShown}/{step.hints.length})
          </button>
          <button
            type="button"
            onClick={() => {
              selectStep(step.id)
              openWork(step.solution, 'lesson', null)
              markSolutionShown(step.id)
            }}
          >
            Show solution
          </button>
          {met && next && (
            <button type="button" className="lesson-next" onClick={() => start(next)}>
              Next step: {next.title}
            </button>
          )}
          {met && !next && <span>That was the last step.</span>}
        </div>
        {hintsShown > 0 && (
          <ol className="lesson-hints" aria-label="Hints">
            {step.hints.slice(0, hintsShown).map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ol>
        )}
        {shown.includes(step.id) && (
          <p className="muted">The solution of this step was shown (it counts all the same).</p>
        )}
        {done.includes(step.id) && !met && (
          <p className="muted">You met this step’s goal before.</p>
        )}
      </article>
    </section>
  )
}
