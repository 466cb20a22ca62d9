/**
 * An editor for every screen and every hand (issue 12): the theme follows the system and a choice
 * is kept across reloads, in the page and in Monaco.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import type { PlaygroundPage } from './pages/PlaygroundPage'

/** playground.goto() with more patience for Monaco: seven people share two cores here. */
async function open(playground: PlaygroundPage) {
  await playground.page.goto('/')
  await expect(playground.page.locator('.monaco-editor')).toHaveCount(2, { timeout: 30_000 })
  await expect(playground.verdict).not.toHaveText(/Evaluating/, { timeout: 30_000 })
}

/** The path down to the element that widens the page (hiding it narrows it), to name it on failure. */
const sticking = (page: Page) =>
  page.evaluate(() => {
    const width = () => document.documentElement.scrollWidth
    const path: string[] = []
    let el: Element = document.body
    for (let depth = 0; depth < 40; depth++) {
      const base = width()
      const child = [...el.children].find((c) => {
        const h = c as HTMLElement
        const display = h.style.display
        h.style.display = 'none'
        const narrower = width() < base
        h.style.display = display
        return narrower
      })
      if (!child) break
      path.push(`${child.tagName}.${child.className}`)
      el = child
    }
    return `${path.join(' > ')}: ${el.textContent?.slice(0, 60)}`
  })

const monacoTheme = (page: Page) => page.locator('.monaco-editor').first()

test('the theme follows the system, and a chosen theme is kept across a reload', async ({
  playground,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await open(playground)
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
  await expect(page.locator('.monaco-editor')).toHaveCount(2, { timeout: 30_000 })
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

test('at 390 px every example fits the width: no horizontal scrolling, editors stacked', async ({
  playground,
  page,
}) => {
  test.slow() // every example, one after the other
  await page.setViewportSize({ width: 390, height: 844 })
  await open(playground)
  const noScroll = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  const ids = await page
    .getByRole('combobox', { name: /^Example/ })
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean))
  expect(ids.length).toBeGreaterThan(3)
  for (const id of ids) {
    await page.getByRole('combobox', { name: /^Example/ }).selectOption(id)
    await expect(playground.verdict).not.toHaveText(/Evaluating/)
    expect(await noScroll(), `example ${id}: ${await sticking(page)}`).toBeLessThanOrEqual(0)
  }
  const pod = await playground.editorHost('pod').boundingBox()
  const policy = await playground.editorHost('policy').boundingBox()
  const results = await playground.results.boundingBox()
  expect(policy!.y).toBeGreaterThan(pod!.y + pod!.height - 1)
  expect(results!.y).toBeGreaterThan(policy!.y + policy!.height - 1)
  await expect(page.getByTestId('pane-handle.0')).toBeHidden()
})

test('the skip link moves the focus to the results', async ({ playground, page }) => {
  await open(playground)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to results' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(playground.results).toBeFocused()
})

test('Tab indents in the editor; Esc then Tab, or Ctrl+M, leaves it', async ({
  playground,
  page,
}) => {
  await open(playground)
  for (const editor of ['pod', 'policy'] as const)
    await expect(page.getByTestId(`editor-hint.${editor}`)).toHaveText(
      'Esc then Tab, or Ctrl+M, to leave the editor',
    )
  const host = playground.editorHost('pod')
  const inEditor = () => host.evaluate((h) => h.contains(document.activeElement))
  await host.locator('.view-lines').click()
  const before = await playground.editorText('pod')
  await page.keyboard.press('Tab')
  expect(await inEditor()).toBe(true)
  await expect.poll(() => playground.editorText('pod')).not.toBe(before)
  await page.keyboard.press('Escape')
  await page.keyboard.press('Tab')
  expect(await inEditor()).toBe(false)
  await expect(page.getByTestId('pane-handle.0')).toBeFocused()
  // back in, Tab indents again; Shift+Tab after Esc leaves backwards
  await host.locator('.view-lines').click()
  const typed = await playground.editorText('pod')
  await page.keyboard.press('Tab')
  await expect.poll(() => playground.editorText('pod')).not.toBe(typed)
  await page.keyboard.press('Escape')
  await page.keyboard.press('Shift+Tab')
  expect(await inEditor()).toBe(false)
  // Ctrl+M: Tab moves the focus until Ctrl+M again
  await host.locator('.view-lines').click()
  await page.keyboard.press('Control+m')
  await page.keyboard.press('Tab')
  expect(await inEditor()).toBe(false)
  await host.locator('.view-lines').click()
  await page.keyboard.press('Control+m')
  const last = await playground.editorText('pod')
  await page.keyboard.press('Tab')
  expect(await inEditor()).toBe(true)
  await expect.poll(() => playground.editorText('pod')).not.toBe(last)
})

test('the capability chips are one tab stop; the arrow keys move between them', async ({
  playground,
  page,
}) => {
  await open(playground)
  await playground.pickExample('PodSecurityPolicy')
  const chips = playground.container('main').first().locator('button.chip')
  await expect(chips.first()).toBeVisible()
  const count = await chips.count()
  expect(count).toBeGreaterThan(2)
  await chips.first().focus()
  await page.keyboard.press('ArrowRight')
  await expect(chips.nth(1)).toBeFocused()
  await page.keyboard.press('End')
  await expect(chips.nth(count - 1)).toBeFocused()
  await page.keyboard.press('Tab')
  expect(await chips.evaluateAll((cs) => cs.some((c) => c === document.activeElement))).toBe(false)
  await page.keyboard.press('Shift+Tab')
  await expect(chips.nth(count - 1)).toBeFocused()
  expect(await chips.evaluateAll((cs) => cs.filter((c) => c.tabIndex === 0).length)).toBe(1)
})

test('the panes resize with the arrow keys and keep their widths across a reload', async ({
  playground,
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await open(playground)
  const handle = page.getByTestId('pane-handle.0')
  await expect(handle).toHaveRole('separator')
  const width = async () => (await playground.editorHost('pod').boundingBox())!.width
  const before = await width()
  await handle.focus()
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight')
  await expect.poll(width).toBeGreaterThan(before + 100)
  const resized = await width()
  const value = await handle.getAttribute('aria-valuenow')
  await page.reload()
  await expect(page.locator('.monaco-editor')).toHaveCount(2, { timeout: 30_000 })
  await expect.poll(width).toBeCloseTo(resized, 0)
  await expect(handle).toHaveAttribute('aria-valuenow', value!)
  // dragging the other handle to the left widens the results
  const results = async () => (await playground.results.boundingBox())!.width
  const wide = await results()
  const box = (await page.getByTestId('pane-handle.1').boundingBox())!
  await page.mouse.move(box.x + 2, box.y + 200)
  await page.mouse.down()
  await page.mouse.move(box.x - 120, box.y + 200, { steps: 4 })
  await page.mouse.up()
  await expect.poll(results).toBeGreaterThan(wide + 100)
  await handle.dblclick()
  await expect.poll(width).toBeCloseTo(before, 0)
})

test('colour with meaning: added capabilities warn, dropped ones are calm; seccomp unset is explained', async ({
  playground,
  page,
}) => {
  await open(playground)
  await playground.pickExample('Capabilities added')
  const added = page.getByRole('button', { name: 'SYS_TIME (added)' })
  const dropped = page.getByRole('button', { name: 'CHOWN (dropped)' })
  await expect(added).toBeVisible()
  /** A colour variable of the theme, as the browser computes it (rgb). */
  const variable = (name: string) =>
    page.evaluate((n) => {
      const probe = document.createElement('span')
      probe.style.color = `var(${n})`
      document.body.append(probe)
      const rgb = getComputedStyle(probe).color
      probe.remove()
      return rgb
    }, name)
  const colour = (l: import('@playwright/test').Locator) =>
    l.evaluate((e) => getComputedStyle(e).color)
  for (const theme of ['light', 'dark']) {
    await page.getByLabel('Theme').selectOption(theme)
    expect(await colour(added)).toBe(await variable('--warn'))
    expect(await colour(dropped)).toBe(await variable('--muted'))
  }
  const seccomp = page.locator('[data-testid$=".seccompProfile"]').first()
  await expect(seccomp.locator('.setting-value')).toContainText('Unconfined')
  await seccomp.locator('summary').click()
  await expect(seccomp.locator('.explanation')).toContainText('--seccomp-default')
})

test('the network example: alike pods share a card, and the graph has a legend', async ({
  playground,
  page,
}) => {
  await open(playground)
  await playground.pickExample('NetworkPolicy')
  for (const ns of ['x', 'y', 'z'])
    await expect(
      page.getByRole('article', { name: `3 Pods in ${ns}: a, b, c`, exact: true }),
    ).toBeVisible()
  await expect(page.getByRole('article', { name: /^Pod / })).toHaveCount(0)
  const legend = page.getByRole('list', { name: 'Legend of the graph' })
  await expect(legend).toContainText('an allowed connection')
  await expect(legend).toContainText('isolated for ingress')
})

/**
 * The toolbar's controls as boxes (its heading, every select and button shown), and whether they
 * sit on one row: a horizontal line crosses them all (the highest bottom is below the lowest top).
 */
const toolbarRows = (page: Page) =>
  page.locator('header.toolbar').evaluate((bar) => {
    const boxes = [...bar.querySelectorAll('h1, select, button')]
      .filter((e) => !e.closest('[role="dialog"]'))
      .map((e) => ({
        // a select by its label (caption first), a button by its name
        name:
          e.getAttribute('aria-label') ??
          ((e as HTMLSelectElement).labels?.[0] ?? e).textContent ??
          '',
        ...e.getBoundingClientRect().toJSON(),
      }))
      .filter((b) => b.width > 0 && b.height > 0)
    const lowestTop = Math.max(...boxes.map((b) => b.top))
    const highestBottom = Math.min(...boxes.map((b) => b.bottom))
    return {
      oneRow: lowestTop < highestBottom,
      below: boxes.filter((b) => b.top >= highestBottom).map((b) => b.name.slice(0, 30)),
      right: Math.max(...boxes.map((b) => b.right)),
      count: boxes.length,
    }
  })

/** The summary table's scroll box: wider content than the box, and whether a scrollbar shows. */
const summaryFit = (page: Page) =>
  page.getByRole('table', { name: /^Summary of/ }).evaluate((table) => {
    const box = table.parentElement!
    const style = getComputedStyle(box)
    const borders =
      Number.parseFloat(style.borderTopWidth) + Number.parseFloat(style.borderBottomWidth)
    const scrollbar = box.offsetHeight - box.clientHeight - borders
    const headers = [...table.querySelectorAll('thead th')]
      .filter((th) => th.scrollWidth > th.clientWidth + 1)
      .map((th) => th.textContent)
    return {
      overflow: box.scrollWidth - box.clientWidth,
      scrollbar: /auto|scroll/.test(style.overflowX) ? scrollbar : 0,
      clippedHeaders: headers,
    }
  })

const DESKTOP = [
  [1600, 1000],
  [1280, 800],
] as const

for (const [width, height] of DESKTOP)
  test(`at ${width} px the toolbar is one row`, async ({ playground, page }) => {
    await page.setViewportSize({ width, height })
    await open(playground)
    const rows = await toolbarRows(page)
    expect(rows.count).toBeGreaterThan(8)
    expect(rows.below, 'toolbar controls on a second row').toEqual([])
    expect(rows.oneRow).toBe(true)
    expect(rows.right).toBeLessThanOrEqual(width)
    // compare mode and the lessons panel do not push a control onto a second row
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    await page.getByRole('button', { name: 'Lessons', exact: true }).click()
    await expect(page.getByRole('region', { name: 'Lessons' })).toBeVisible()
    expect((await toolbarRows(page)).below).toEqual([])
  })

for (const [width, height] of DESKTOP)
  test(`at ${width} px the summary table fits the panel`, async ({ playground, page }) => {
    await page.setViewportSize({ width, height })
    await open(playground)
    // a denied and an admitted workload, with a PodSecurityPolicy and added capabilities
    await playground.pickExample('PodSecurityPolicy')
    await expect(page.getByTestId('summary.row')).toHaveCount(2)
    const fit = await summaryFit(page)
    expect(fit.clippedHeaders, 'headers cut short').toEqual([])
    // every column is in sight, or a scrollbar says there is more
    if (fit.overflow > 0)
      expect(fit.scrollbar, 'a scrollbar for the columns out of sight').toBeGreaterThan(0)
    else expect(fit.overflow).toBeLessThanOrEqual(0)
    // what a cut cell leaves out is in its tooltip
    const risks = page.getByTestId('summary.row').filter({ hasText: 'denied' }).locator('td').last()
    await expect(risks).toHaveAttribute('title', /PodSecurityPolicy: rejected/)
  })

test('at 390 px every toolbar control is within the width', async ({ playground, page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await open(playground)
  const rows = await toolbarRows(page)
  expect(rows.count).toBeGreaterThan(8)
  expect(rows.right).toBeLessThanOrEqual(390)
})
