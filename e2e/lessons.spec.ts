/**
 * Lessons (issue 12): every step of every lesson is completed by writing its solution into the
 * editors as a user would (select all, paste), and the goal status the worker computed says it is
 * met; progress survives a reload. Also: a shown solution keeps the user's attempt a click away,
 * the hints revealed survive a reload, and the example menu says when an example was edited.
 */
import { LESSON_STEPS } from '../src/engine/lessons/data'
import { expect, test } from './fixtures'
import type { PlaygroundPage } from './pages/PlaygroundPage'

const GOAL_MET = 'Goal met: this step is done.'

function lessonsPanel(playground: PlaygroundPage) {
  const panel = playground.page.getByRole('region', { name: 'Lessons' })
  return {
    panel,
    status: panel.getByRole('status', { name: 'Goal status' }),
    nav: panel.getByRole('navigation', { name: 'Lesson steps' }),
    title: panel.getByRole('heading', { level: 2 }),
  }
}

async function openLessons(playground: PlaygroundPage) {
  await playground.page.getByRole('button', { name: 'Lessons', exact: true }).click()
  const l = lessonsPanel(playground)
  await expect(l.panel).toBeVisible()
  return l
}

test('every lesson step is completed by typing its solution; progress survives a reload', async ({
  playground,
  page,
}) => {
  test.setTimeout(240_000)
  await playground.goto()
  const l = await openLessons(playground)
  const first = LESSON_STEPS[0]!
  await l.nav.getByRole('button', { name: first.title, exact: true }).click()
  await l.panel.getByRole('button', { name: 'Start this step' }).click()
  for (const [i, step] of LESSON_STEPS.entries()) {
    await test.step(step.id, async () => {
      await expect(l.title).toContainText(step.title)
      // the start text is in the editors and the worker says what is missing
      await expect.poll(() => playground.editorText('pod')).toBe(step.start.pod)
      await expect(l.status).toContainText('Not yet:')
      await expect(l.status.getByRole('listitem').first()).toBeVisible()
      await playground.replaceInEditor('pod', step.solution.pod)
      await playground.replaceInEditor('policy', step.solution.policy)
      await expect(l.status).toHaveText(GOAL_MET)
      await expect(
        l.nav.getByRole('button', { name: `${step.title} (done)`, exact: true }),
      ).toBeVisible()
      await expect(l.nav).toContainText(`${i + 1} of ${LESSON_STEPS.length} steps done`)
      const next = LESSON_STEPS[i + 1]
      if (next) await l.panel.getByRole('button', { name: `Next step: ${next.title}` }).click()
      else await expect(l.panel).toContainText('That was the last step.')
    })
  }
  // finished steps' work is not kept as "previous work" when the next step replaces it
  await expect(page.getByRole('region', { name: 'Lesson step opened' })).toHaveCount(0)

  await page.reload()
  await expect(page.locator('.monaco-editor')).toHaveCount(2)
  const after = lessonsPanel(playground)
  await expect(after.panel).toBeVisible()
  await expect(after.nav).toContainText(
    `${LESSON_STEPS.length} of ${LESSON_STEPS.length} steps done`,
  )
  for (const step of LESSON_STEPS)
    await expect(
      after.nav.getByRole('button', { name: `${step.title} (done)`, exact: true }),
    ).toBeVisible()
  // the last step is still shown and its goal still met on the restored texts
  await expect(after.title).toContainText(LESSON_STEPS.at(-1)!.title)
  await expect(after.status).toHaveText(GOAL_MET)
})

test('hints one at a time; Show solution keeps the attempt a click away', async ({
  playground,
  page,
}) => {
  const step = LESSON_STEPS.find((s) => s.hints.length > 1)!
  await playground.goto()
  const l = await openLessons(playground)
  await l.nav.getByRole('button', { name: step.title, exact: true }).click()
  await l.panel.getByRole('button', { name: 'Start this step' }).click()
  await expect(l.status).toContainText('Not yet:')
  const hints = l.panel.getByRole('list', { name: 'Hints' })
  await l.panel.getByRole('button', { name: /^Show a hint/ }).click()
  await expect(hints.getByRole('listitem')).toHaveText([step.hints[0]!])
  await l.panel.getByRole('button', { name: /^Another hint/ }).click()
  await expect(hints.getByRole('listitem')).toHaveText(step.hints.slice(0, 2))

  const attempt = `${step.start.pod}# my attempt\n`
  await playground.replaceInEditor('pod', attempt)
  await expect.poll(() => playground.editorText('pod')).toBe(attempt)
  await l.panel.getByRole('button', { name: 'Show solution' }).click()
  await expect(l.status).toHaveText(GOAL_MET)
  await expect(l.nav.getByRole('button', { name: `${step.title} (done)` })).toContainText(
    '(solution shown)',
  )
  const banner = page.getByRole('region', { name: 'Lesson step opened' })
  await banner.getByRole('button', { name: 'Back to your previous work' }).click()
  await expect.poll(() => playground.editorText('pod')).toBe(attempt)
  await expect(l.status).toContainText('Not yet:')

  // the hints revealed are kept with the progress: a reload shows them again
  await page.reload()
  await expect(page.locator('.monaco-editor')).toHaveCount(2, { timeout: 30_000 })
  const after = lessonsPanel(playground)
  await expect(after.title).toContainText(step.title)
  await expect(after.panel.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveText(
    step.hints.slice(0, 2),
  )
  await expect(
    after.panel.getByRole('button', { name: `Another hint (2/${step.hints.length})` }),
  ).toBeVisible()
})

test('the example menu says when the example was edited; its lesson is in the panel', async ({
  playground,
  page,
}) => {
  await playground.goto()
  await playground.pickExample('fixed user ID')
  const note = page.getByTestId('example-note')
  const select = page.getByRole('combobox', { name: /^Example/ })
  const chosen = select.locator('option:checked')
  await expect(chosen).not.toContainText('(edited)')
  const lesson = await chosen.getAttribute('title')
  await expect(note).toContainText(lesson!)
  await expect(note).not.toContainText('(edited)')
  await playground.typeAtEndOfLine('pod', 1, ' ')
  await expect(chosen).toContainText('(edited)')
  await expect(note).toContainText('(edited)')
  // another example replaces the edited one; the edit is a click away
  await playground.pickExample('runAsNonRoot')
  await expect(select.locator('option:checked')).not.toContainText('(edited)')
  const banner = page.getByRole('region', { name: 'Example opened' })
  await banner.getByRole('button', { name: 'Back to your previous work' }).click()
  await expect.poll(() => playground.editorText('pod')).toMatch(/^apiVersion: v1 \n/)
})
