/**
 * Nothing pasted or linked wipes work (issue 9): a share link opens as a new workspace with the
 * previous one a click away, a hash that is not a podplay link is left alone, a broken link changes
 * nothing, each tab reloads its own text, and a save that fails is said once.
 */
import { SEED } from './data'
import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'

const MINE = SEED.replace('name: kubia', 'name: mine')

test('a share link opens as a new workspace; the previous work is one click away', async ({
  playground,
  page,
}) => {
  await playground.goto()
  await playground.setEditorText('pod', SEED.replace('hostPID: true', 'hostPID: false'))
  await page.getByRole('button', { name: 'Copy link' }).click()
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue()
  await playground.setEditorText('pod', MINE)
  await expect(playground.container('mine')).toBeVisible()

  await page.goto('about:blank')
  await playground.goto(link)
  await expect(playground.setting('effective.hostPID')).toHaveText('no')
  const banner = page.getByRole('region', { name: 'Shared link opened' })
  await banner.getByRole('button', { name: 'Back to your previous work' }).click()
  await expect.poll(() => playground.editorText('pod')).toBe(MINE)
  await expect(banner).toHaveCount(0)
})

test('a hash that is not a podplay link is left alone', async ({ playground, page }) => {
  await playground.goto()
  await playground.setEditorText('pod', MINE)
  await expect(playground.container('mine')).toBeVisible()
  await page.goto('about:blank')
  await playground.goto('/#top')
  expect(await playground.editorText('pod')).toBe(MINE)
  expect(new URL(page.url()).hash).toBe('#top')
  await expect(page.locator('.notice')).toHaveCount(0)
})

test('a broken share link says so and keeps the work', async ({ playground, page }) => {
  await playground.goto()
  await playground.setEditorText('pod', MINE)
  await expect(playground.container('mine')).toBeVisible()
  await page.evaluate(() => {
    location.hash = '#v1/broken'
  })
  await expect(page.getByRole('alert').filter({ hasText: 'left as it was' })).toBeVisible()
  expect(await playground.editorText('pod')).toBe(MINE)
  await page.reload()
  await expect(page.locator('.monaco-editor')).toHaveCount(2)
  await expect.poll(() => playground.editorText('pod')).toBe(MINE)
})

test('two tabs never overwrite each other on reload; a new tab starts from the last edit', async ({
  playground,
  page,
  context,
}) => {
  const other = new PlaygroundPage(await context.newPage())
  await playground.goto()
  await other.goto()
  await playground.setEditorText('pod', MINE)
  await expect(playground.container('mine')).toBeVisible()
  await other.setEditorText('pod', SEED.replace('name: kubia', 'name: theirs'))
  await expect(other.container('theirs')).toBeVisible()

  await page.reload()
  await expect(playground.container('mine')).toBeVisible()
  await other.page.reload()
  await expect(other.container('theirs')).toBeVisible()

  const third = new PlaygroundPage(await context.newPage())
  await third.goto()
  await expect(third.container('theirs')).toBeVisible()
  await other.page.close()
  await third.page.close()
})

test('when storage is full, the failed save is shown once, plainly', async ({
  playground,
  page,
}) => {
  await playground.goto()
  // fill local storage to the brim
  await page.evaluate(() => {
    localStorage.clear()
    const block = 'x'.repeat(256 * 1024)
    for (let i = 0; ; i++)
      try {
        localStorage.setItem(`fill${i}`, block)
      } catch {
        break
      }
    for (let size = 16 * 1024; size >= 1; size = Math.floor(size / 2))
      for (let i = 0; ; i++)
        try {
          localStorage.setItem(`fill-${size}-${i}`, 'x'.repeat(size))
        } catch {
          break
        }
  })
  await playground.setEditorText('pod', MINE)
  const alert = page.getByRole('alert').filter({ hasText: 'could not be saved' })
  await expect(alert).toBeVisible()
  await alert.getByRole('button', { name: 'Dismiss' }).click()
  await playground.setEditorText('pod', `${MINE}# more\n`)
  await expect(playground.container('mine')).toBeVisible()
  await page.waitForTimeout(300)
  await expect(alert).toHaveCount(0)
  await page.evaluate(() => localStorage.clear())
})
