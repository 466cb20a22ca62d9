/**
 * Fast at any size (issue 10): the verdict shows before the editor has loaded, and with many
 * workloads the panel lists closed rows whose cards open on demand (the worker sends only those).
 */
import { expect, test } from './fixtures'
import { SEED } from './data'

test('the verdict and the text show while the editor is still loading', async ({
  playground,
  page,
}) => {
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  // hold the lazy editor chunk (it brings Monaco) until the verdict has been seen
  await page.route(/YamlEditor-[^/]*\.js$/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/')
  await expect(playground.verdict).toContainText('1 workload')
  await expect(page.locator('.monaco-editor')).toHaveCount(0)
  await expect(page.getByTestId('editor.pod').locator('.editor-preview')).toContainText(
    'pod-with-host-pid-and-ipc',
  )
  release()
  await expect(page.locator('.monaco-editor')).toHaveCount(2)
  expect(await playground.editorText('pod')).toBe(SEED)
})

test('many workloads: closed rows, a card opens on demand', async ({ playground, page }) => {
  await playground.goto()
  const pods = Array.from({ length: 120 }, (_, i) =>
    SEED.replace('pod-with-host-pid-and-ipc', `pod-${i}`),
  )
  await playground.setEditorText('pod', pods.join('---\n'))
  await expect(playground.verdict).toContainText('120 workloads')
  const list = page.getByRole('region', { name: 'Workloads' })
  await expect(list.locator(':scope > article')).toHaveCount(100)
  await expect(list.locator('.container-card')).toHaveCount(0)
  const card = list.getByRole('article', { name: 'Pod default/pod-7', exact: true })
  await card.getByRole('button', { name: 'Open' }).click()
  await expect(card.locator('.container-card')).toHaveCount(1)
  await expect(card).toContainText('9000/TCP')
  await list.getByRole('button', { name: /^Show 20 more/ }).click()
  await expect(list.locator(':scope > article')).toHaveCount(120)
  await card.getByRole('button', { name: 'Close' }).click()
  await expect(card.locator('.container-card')).toHaveCount(0)
})
