/**
 * Every step's start fails its goal and its solution meets it, judged by the whole engine. The
 * behaviours the goals rely on are the engine's (each reproduces its upstream source: Pod Security
 * Admission's checks, the PodSecurityPolicy plugin's strategies, the NetworkPolicy rules).
 */
import { describe, expect, it } from 'vitest'
import { evaluate } from '..'
import { checkGoal, LESSON_STEPS, LESSONS } from '.'

describe.each(LESSON_STEPS.map((s) => ({ id: s.id, step: s })))('$id', ({ step }) => {
  it('starts without the goal met, and says what is missing', () => {
    const report = evaluate({ pod: step.start.pod, policy: step.start.policy })
    const r = checkGoal(step, report)
    expect(r.met).toBe(false)
    expect(r.missing.length).toBeGreaterThan(0)
  })

  it('is met by its solution, read without errors', () => {
    const report = evaluate({ pod: step.solution.pod, policy: step.solution.policy })
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(checkGoal(step, report)).toEqual({ met: true, missing: [] })
  })

  it('has a text, a goal and hints', () => {
    expect(step.text.length).toBeGreaterThan(40)
    expect(step.goal.text).toMatch(/\.$/)
    expect(step.hints.length).toBeGreaterThan(0)
  })
})

it('ids are unique and name their lesson', () => {
  const ids = LESSON_STEPS.map((s) => s.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const l of LESSONS) for (const s of l.steps) expect(s.id.startsWith(`${l.id}/`)).toBe(true)
})

describe('the words a learner reads', () => {
  const step = (id: string) => LESSON_STEPS.find((s) => s.id === id)!
  it.each([
    ['pss/labels', 'text', 'pod-security.kubernetes.io/enforce-version the version'],
    ['pss/labels', 'goal', 'enforce baseline, with the pod still admitted.'],
    ['host/pid-ipc', 'goal', 'Get the pod admitted by the baseline namespace'],
    ['privileges/drop-all', 'goal', 'Get the pod admitted by the restricted namespace, with'],
  ] as const)('%s: its %s says "%s"', (id, field, words) => {
    const s = step(id)
    expect(field === 'goal' ? s.goal.text : s.text).toContain(words)
  })

  it('no text names a label by its bare suffix ("-version")', () => {
    for (const s of LESSON_STEPS) expect(`${s.text} ${s.goal.text}`).not.toMatch(/\s-[a-z]/)
  })
})
