/**
 * Accessibility: the basics by hand (every control has an accessible name, one h1, landmark regions
 * by name, a live verdict), then axe scans of the loaded app and of the network example, at 390 px
 * and 1440 px, in the light and the dark theme, that allow no violation of impact serious or
 * critical.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

test('controls have names, the verdict is live, regions are labelled', async ({
  playground,
  page,
}) => {
  await playground.goto()
  await playground.pickExample('PodSecurityPolicy')
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  for (const role of ['button', 'combobox', 'checkbox', 'textbox'] as const) {
    const all = await page.getByRole(role).all()
    for (const control of all) await expect(control).toHaveAccessibleName(/\S/)
  }
  await expect(playground.verdict).toHaveAttribute('aria-live', 'polite')
  for (const name of ['Pod and workloads', 'Policy', 'Results'])
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Effective security' }).first()).toBeVisible()
})

/** Serious and critical axe violations, one line each, so a failure names what to fix. */
async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    // Monaco's own rendering (dimmed line numbers, its hidden textarea) is not ours to fix; the
    // editors are named through their sections and `ariaLabel`, which the test above checks
    .exclude('.monaco-editor')
    .analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')}`))
}

test('axe finds no serious or critical violation in the starter example', async ({
  playground,
}) => {
  await playground.goto()
  await expect(playground.container('kubia')).toBeVisible()
  expect(await axeProblems(playground.page)).toEqual([])
})

test('axe finds no serious or critical violation in the network example', async ({
  playground,
  page,
}) => {
  await playground.goto()
  await playground.pickExample('NetworkPolicy')
  const net = page.getByRole('region', { name: 'Network' })
  await expect(net.getByTestId('net.cell.y/b.x/a')).toHaveText('✓')
  // with a policy picked and a cell explained, so the highlight colours are scanned too
  await net.getByRole('button', { name: 'x/allow-from-y', exact: true }).click()
  await net.getByTestId('net.cell.z/b.x/a').click()
  await expect(net.getByRole('region', { name: 'Connection explanation' })).toBeVisible()
  expect(await axeProblems(page)).toEqual([])
})

for (const width of [390, 1440])
  for (const theme of ['light', 'dark'] as const)
    test(`axe: no serious or critical violation at ${width} px in the ${theme} theme`, async ({
      playground,
      page,
    }) => {
      test.slow() // two axe scans of a big page on a shared machine
      await page.setViewportSize({ width, height: 900 })
      // the system's setting picks the theme (the default choice), the opposite one is chosen by hand
      await page.emulateMedia({
        colorScheme: width === 390 ? theme : theme === 'dark' ? 'light' : 'dark',
      })
      // more patience for Monaco than playground.goto(): the scans run on a shared, busy machine
      await page.goto('/')
      await expect(page.locator('.monaco-editor')).toHaveCount(2, { timeout: 30_000 })
      await expect(playground.verdict).not.toHaveText(/Evaluating/, { timeout: 30_000 })
      if (width !== 390) await page.getByLabel('Theme').selectOption(theme)
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await expect(playground.container('kubia')).toBeVisible()
      expect(await axeProblems(page)).toEqual([])
      await playground.pickExample('NetworkPolicy')
      const net = page.getByRole('region', { name: 'Network' })
      await net.getByTestId('net.cell.z/b.x/a').click()
      await expect(net.getByRole('region', { name: 'Connection explanation' })).toBeVisible()
      expect(await axeProblems(page)).toEqual([])
    })
