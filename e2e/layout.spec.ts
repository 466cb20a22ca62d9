/**
 * An editor for every screen and every hand (issue 12): the theme follows the system and a choice
 * is kept across reloads, in the page and in Monaco.
 */
import { expect, test } from './fixtures'

const monacoTheme = (page: import('@playwright/test').Page) =>
  page.locator('.monaco-editor').first()

test('the theme follows the system, and a chosen theme is kept across a reload', async ({
  playground,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await playground.goto()
  const html = page.locator('html')
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await expect(monacoTheme(page)).toHaveClass(/vs-dark/)
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(html).toHaveAttribute('data-theme', 'light')

  await page.getByLabel('Theme').selectOption('dark')
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await expect(monacoTheme(page)).toHaveClass(/vs-dark/)
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  )
  await page.reload()
  await expect(page.locator('.monaco-editor')).toHaveCount(2)
  await expect(page.getByLabel('Theme')).toHaveValue('dark')
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await expect(monacoTheme(page)).toHaveClass(/vs-dark/)
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
  ).toBe(background)

  await page.getByLabel('Theme').selectOption('light')
  await expect(html).toHaveAttribute('data-theme', 'light')
  await expect(monacoTheme(page)).not.toHaveClass(/vs-dark/)
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
  ).not.toBe(background)
})
