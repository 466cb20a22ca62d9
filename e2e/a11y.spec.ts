/**
 * Accessibility basics without extra dependencies (no axe here): every control has an accessible
 * name, one h1, landmark regions by name, and the verdict is announced through a live region.
 */
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
