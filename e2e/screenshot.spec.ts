/**
 * The README's screenshot: `SCREENSHOT=1 npx playwright test screenshot` rewrites docs/screenshot.png
 * (never in CI). Without the variable the spec still checks that the page renders the example.
 */
import { expect, test } from './fixtures'

test('screenshot of the playground', async ({ playground, page }) => {
  await page.setViewportSize({ width: 1600, height: 940 })
  await playground.goto()
  await playground.pickExample('PodSecurityPolicy')
  const chip = playground
    .container('main')
    .first()
    .getByRole('button', { name: /^SYS_TIME / })
  await chip.click()
  await expect(page.getByRole('note')).toContainText('Sets the system clock')
  if (process.env.SCREENSHOT) await page.screenshot({ path: 'docs/screenshot.png' })
})
