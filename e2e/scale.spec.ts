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

test('300 workloads: the summary table renders the rows in sight, riskiest first', async ({
  playground,
  page,
}) => {
  await playground.goto()
  // every tenth pod shares the host's PID namespace (baseline denies it), the others do not
  const pods = Array.from({ length: 300 }, (_, i) =>
    SEED.replace('pod-with-host-pid-and-ipc', `pod-${i}`)
      .replace('hostPID: true', `hostPID: ${i % 10 === 7}`)
      .replace('hostIPC: true', 'hostIPC: false')
      .replace('      hostPort: 9000\n', ''),
  )
  await playground.setEditorText('pod', pods.join('---\n'))
  await page.getByRole('combobox', { name: 'Level' }).selectOption('baseline')
  await expect(playground.verdict).toContainText('300 workloads')
  const summary = page.getByRole('region', { name: 'Summary' })
  await expect(summary.getByTestId('summary.count')).toContainText('300 workloads, 30 denied')
  const rows = summary.getByTestId('summary.row')
  // virtualized: far fewer rows in the page than workloads
  const rendered = await rows.count()
  expect(rendered).toBeGreaterThan(10)
  expect(rendered).toBeLessThan(100)
  // riskiest first: the denied ones lead
  await expect(rows.first()).toContainText('denied')
  await expect(rows.first()).toContainText('pod-7')
  await expect(rows.first()).toContainText('PID')
  // scrolled to the end: the last rows are there, the first ones are not
  await summary.locator('.summary-scroll').evaluate((e) => {
    e.scrollTop = e.scrollHeight
  })
  await expect(rows.last()).toContainText('pod-299')
  const pick = (name: string) =>
    summary.getByRole('button', { name: `Pod default/${name}`, exact: true })
  await expect(pick('pod-7')).toHaveCount(0)
  expect(await rows.count()).toBeLessThan(100)
  // failing only: the 30 denied, riskiest first, the last of them pod-297
  await summary.getByRole('checkbox', { name: 'Failing only' }).check()
  await expect(rows.first()).toContainText('pod-7')
  await summary.locator('.summary-scroll').evaluate((e) => {
    e.scrollTop = e.scrollHeight
  })
  await expect(rows.last()).toContainText('pod-297')
  await pick('pod-297').click()
  const denied = page.getByRole('article', { name: 'Pod default/pod-297', exact: true })
  await expect(denied).toBeInViewport()
  await expect(denied.getByTestId('pss.message')).toContainText('hostPID=true')
  // a row far past the first page of cards opens its card and brings it into view
  await summary.getByRole('checkbox', { name: 'Failing only' }).uncheck()
  await summary.locator('.summary-scroll').evaluate((e) => {
    e.scrollTop = e.scrollHeight
  })
  await pick('pod-299').click()
  const card = page.getByRole('article', { name: 'Pod default/pod-299', exact: true })
  await expect(card).toBeInViewport()
  await expect(card.locator('.container-card')).toHaveCount(1)
  await expect(card.getByTestId('pss.highest')).toHaveText('baseline')
})
