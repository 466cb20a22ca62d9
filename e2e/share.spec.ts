import { E2E_PORT } from '../playwright.config'
import { expect, test } from './fixtures'
import { RESTRICTED_NAMESPACE, SEED } from './data'

test('a share link round-trips both editors and the settings', async ({ playground, page }) => {
  await playground.goto()
  const pod = SEED.replace('hostIPC: true', 'hostIPC: false')
  await playground.setEditorText('pod', pod)
  await playground.setEditorText('policy', RESTRICTED_NAMESPACE)
  await page.getByRole('combobox', { name: /^Level/ }).selectOption('baseline')
  await page.getByRole('button', { name: 'Copy link' }).click()
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue()
  expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${E2E_PORT}/#v1/[A-Za-z0-9_-]+$`))

  // a fresh browser state: nothing in local storage
  await page.evaluate(() => localStorage.clear())
  await page.goto('about:blank')
  await playground.goto(link)
  await expect.poll(() => playground.editorText('pod')).toBe(pod)
  expect(await playground.editorText('policy')).toBe(RESTRICTED_NAMESPACE)
  await expect(page.getByRole('combobox', { name: /^Level/ })).toHaveValue('baseline')
  await expect(playground.setting('effective.hostIPC')).toHaveText('no')
  // the hash is read once, then dropped so later edits persist
  expect(new URL(page.url()).hash).toBe('')
})

test('a broken share link says so (on a first visit, next to the starter example)', async ({
  playground,
  page,
}) => {
  await playground.goto('/#v1/this-is-not-a-link')
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible()
  expect(await playground.editorText('pod')).toBe(SEED)
})

test('Copy Markdown gives a Markdown summary of the report', async ({ playground, page }) => {
  await playground.goto()
  await page.getByRole('button', { name: 'Copy Markdown' }).click()
  const text = await page.getByRole('textbox', { name: 'Markdown report' }).inputValue()
  // names are escaped as Markdown text (issue 9): `-` is written `\-`
  expect(text).toContain('pod\\-with\\-host\\-pid\\-and\\-ipc')
  expect(text).toMatch(/^#/)
  // and ends with a link that opens the same work (issue 11)
  expect(text.trimEnd()).toMatch(
    /\n\[Open this in podplay\]\(<http:\/\/127\.0\.0\.1:\d+\/[^\s>]*#v1[^\s>]+>\)$/,
  )
})

test('a share link opened in the same tab loads without a reload', async ({ playground, page }) => {
  await playground.goto()
  await playground.setEditorText('pod', SEED.replace('hostPID: true', 'hostPID: false'))
  await page.getByRole('button', { name: 'Copy link' }).click()
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue()
  await playground.setEditorText('pod', SEED)
  await expect(playground.setting('effective.hostPID')).toHaveText(/^yes/)
  await page.evaluate((hash) => {
    location.hash = hash
  }, new URL(link).hash)
  await expect(playground.setting('effective.hostPID')).toHaveText('no')
  expect(await playground.editorText('pod')).toContain('hostPID: false')
})
