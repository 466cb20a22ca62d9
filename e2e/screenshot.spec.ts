/**
 * The README's screenshot: `SCREENSHOT=1 npx playwright test screenshot` rewrites docs/screenshot.png
 * (never in CI). Without the variable the spec still checks that the page renders the example.
 */
import { expect, test } from './fixtures'

test('screenshot of the playground', async ({ playground, page }) => {
  await page.setViewportSize({ width: 1600, height: 940 })
  await playground.goto()
  await playground.pickExample('PodSecurityPolicy')
  // the admitted pod's container (cards are riskiest first, so it is not the first one)
  const chip = page
    .getByRole('article', { name: 'Pod default/pod-add-settime' })
    .getByRole('article', { name: 'Container main' })
    .getByRole('button', { name: /^SYS_TIME / })
  await chip.click()
  await expect(page.getByRole('note')).toContainText('Sets the system clock')
  if (process.env.SCREENSHOT) await page.screenshot({ path: 'docs/screenshot.png' })
})

test('screenshot of a lesson in progress', async ({ playground, page }) => {
  await page.setViewportSize({ width: 1600, height: 940 })
  await playground.goto()
  await page.getByRole('button', { name: 'Lessons', exact: true }).click()
  const lessons = page.getByRole('region', { name: 'Lessons' })
  await lessons.getByRole('button', { name: 'A fixed user ID', exact: true }).click()
  await lessons.getByRole('button', { name: 'Start this step' }).click()
  await lessons.getByRole('button', { name: /^Show a hint/ }).click()
  await expect(lessons.getByRole('list', { name: 'Hints' })).toBeVisible()
  // half way: a securityContext, but not yet the user the goal asks for
  await playground.typeAtEndOfLine('pod', 8, '\nsecurityContext:\n  runAsUser: 1000')
  await expect(playground.setting('container.main.runAsUser')).toHaveText(/^1000/)
  await expect(lessons.getByRole('status', { name: 'Goal status' })).toContainText('Not yet:')
  if (process.env.SCREENSHOT) await page.screenshot({ path: 'docs/lesson.png' })
})
