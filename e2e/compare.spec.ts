/**
 * Compare mode (issue 11): the pod editor as a diff editor (before on the left, after on the
 * right), the panel leading with what the change does, riskiest first; share links carry both
 * sides. `SCREENSHOT=1 npx playwright test compare` rewrites docs/compare.png (never in CI).
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { E2E_PORT } from '../playwright.config'
import { expect, test } from './fixtures'
import type { PlaygroundPage } from './pages/PlaygroundPage'

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      securityContext: {runAsNonRoot: true, runAsUser: 1000, seccompProfile: {type: RuntimeDefault}}
      containers:
      - name: main
        image: nginx:1.27
        securityContext:
          allowPrivilegeEscalation: false
          capabilities:
            drop: [ALL]
`

/** Monaco is a lazy chunk of some MB: on a busy machine it may take a while. */
const LOADING = { timeout: 20_000 }
const SHORT = { timeout: 2_000 }

interface Position {
  lineNumber: number
  column: number
}
interface Models {
  __monaco: {
    editor: {
      getModels(): { uri: { path: string }; getValue(): string; setValue(v: string): void }[]
      getEditors(): {
        getModel(): { uri: { path: string }; getLineMaxColumn(l: number): number } | null
        setPosition(p: Position): void
        focus(): void
        getSelection(): { startLineNumber: number } | null
        getDomNode(): HTMLElement | null
        revealPosition(p: Position): void
        getScrolledVisiblePosition(
          p: Position,
        ): { left: number; top: number; height: number } | null
      }[]
      getModelMarkers(f: { resource: unknown }): {
        startLineNumber: number
        startColumn: number
        message: string
      }[]
    }
  }
}

const compareToggle = (page: Page) => page.getByRole('button', { name: 'Compare', exact: true })
const changes = (page: Page) =>
  page.getByRole('region', { name: 'What this change does' }).getByRole('listitem')

async function modelText(page: Page, path: string) {
  return page.evaluate((p) => {
    const m = (globalThis as unknown as Models).__monaco.editor
      .getModels()
      .find((x) => x.uri.path.endsWith(`/${p}`))
    return m ? m.getValue() : null
  }, path)
}

/** Real typing on the after side: the cursor at the end of `line`, then the keys. */
async function typeAfter(page: Page, line: number, text: string) {
  await page.evaluate((ln) => {
    const ed = (globalThis as unknown as Models).__monaco.editor
      .getEditors()
      .find((e) => e.getModel()?.uri.path.endsWith('/pod.yaml'))!
    ed.setPosition({ lineNumber: ln, column: ed.getModel()!.getLineMaxColumn(ln) })
    ed.focus()
  }, line)
  await page.keyboard.type(text)
}

async function startComparing(playground: PlaygroundPage, page: Page, pod: string) {
  await playground.goto()
  // the editor may be bound to the store a moment after it shows (its model then takes the
  // store's text): write until the panel judges this text
  const name = /metadata: \{name: ([\w-]+), namespace: ([\w-]+)\}/.exec(pod)
  await expect(async () => {
    await playground.setEditorText('pod', pod)
    if (name) await expect(playground.results).toContainText(`${name[2]}/${name[1]}`, SHORT)
    expect(await playground.editorText('pod')).toBe(pod)
  }).toPass(LOADING)
  await compareToggle(page).click()
  await expect(compareToggle(page)).toHaveAttribute('aria-pressed', 'true')
  // the diff editor: two sides in the pod pane
  await expect(playground.editorHost('pod').locator('.monaco-diff-editor')).toBeVisible(LOADING)
  await expect.poll(() => modelText(page, 'before.yaml')).toBe(pod)
}

test('compare mode lists what an edit of the after side grants, more privilege first', async ({
  playground,
  page,
}) => {
  await startComparing(playground, page, DEPLOYMENT)
  const region = page.getByRole('region', { name: 'What this change does' })
  await expect(region).toContainText('No change in security')

  // add a capability by typing on the after side, then hostNetwork through the model
  const capLine = DEPLOYMENT.split('\n').findIndex((l) => l.includes('drop: [ALL]')) + 1
  // Monaco keeps the indentation of the line above
  await typeAfter(page, capLine, '\nadd: [NET_ADMIN]')
  await expect(changes(page).first()).toContainText('more privilege')
  await expect(changes(page).first()).toContainText('Capabilities')
  await expect(changes(page).first()).toContainText('+NET_ADMIN')
  await expect(changes(page).first()).toHaveAttribute('data-direction', 'more')

  const after = (await modelText(page, 'pod.yaml'))!.replace(
    '    spec:\n',
    '    spec:\n      hostNetwork: true\n',
  )
  await playground.setEditorText('pod', after)
  await expect(region.getByRole('listitem').filter({ hasText: 'hostNetwork' })).toContainText(
    'more privilege',
  )
  // every change that grants more comes before any other
  const directions = await changes(page).evaluateAll((items) =>
    items.map((i) => i.getAttribute('data-direction')),
  )
  expect(directions[0]).toBe('more')
  expect(directions.lastIndexOf('more')).toBeLessThan(
    directions.findIndex((d) => d !== 'more') === -1
      ? directions.length
      : directions.findIndex((d) => d !== 'more'),
  )
  // the before side is as it was; the after side is judged as the panel's workloads
  expect(await modelText(page, 'before.yaml')).toBe(DEPLOYMENT)
  await expect(playground.setting('effective.hostNetwork')).toHaveText(/^yes/)

  // a click on a change reveals its workload's line on the after side
  await changes(page).first().getByRole('button').click()
  const line = await page.evaluate(() => {
    const ed = (globalThis as unknown as Models).__monaco.editor
      .getEditors()
      .find((e) => e.getModel()?.uri.path.endsWith('/pod.yaml'))!
    return ed.getSelection()?.startLineNumber
  })
  expect(line).toBe(1)

  // the Markdown carries the comparison, then the after side's report
  await page.getByRole('button', { name: 'Copy Markdown' }).click()
  const md = await page.getByRole('textbox', { name: 'Markdown report' }).inputValue()
  expect(md).toContain('## podplay diff: what this change does to security')
  expect(md).toContain('NET\\_ADMIN')
  expect(md).toContain('## podplay report')
  await page.getByRole('button', { name: 'Close' }).click()

  // turning compare mode off gives the plain pod editor back, with the after text
  await compareToggle(page).click()
  await expect(region).toHaveCount(0)
  await expect(page.locator('.monaco-diff-editor')).toHaveCount(0)
  await expect.poll(() => playground.editorText('pod')).toBe(after)
})

test('a share link round-trips both sides, the policy and the mode', async ({
  playground,
  page,
}) => {
  await startComparing(playground, page, DEPLOYMENT)
  const after = DEPLOYMENT.replace('runAsUser: 1000', 'runAsUser: 0')
  await playground.setEditorText('pod', after)
  await playground.setEditorText('policy', '# the cluster as it is\n')
  await expect(changes(page).first()).toContainText('User')
  await page.getByRole('button', { name: 'Copy link' }).click()
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue()
  expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${E2E_PORT}/#v1/[A-Za-z0-9_-]+$`))

  // a fresh browser state: nothing saved
  await page.evaluate(() => {
    localStorage.clear()
    sessionStorage.clear()
  })
  await page.goto('about:blank')
  await page.goto(link)
  await expect(compareToggle(page)).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('.monaco-diff-editor')).toBeVisible(LOADING)
  await expect.poll(() => modelText(page, 'before.yaml')).toBe(DEPLOYMENT)
  expect(await modelText(page, 'pod.yaml')).toBe(after)
  // the policy editor's model comes with its own editor, which may mount a moment later
  await expect.poll(() => modelText(page, 'policy.yaml')).toBe('# the cluster as it is\n')
  await expect(changes(page).first()).toContainText('more privilege')
  await expect(changes(page).first()).toContainText('User')

  // and a reload keeps this tab's comparison
  await page.reload()
  await expect(page.locator('.monaco-diff-editor')).toBeVisible(LOADING)
  await expect.poll(() => modelText(page, 'before.yaml')).toBe(DEPLOYMENT)
  expect(await modelText(page, 'pod.yaml')).toBe(after)
})

test('the network section lists the connections a change opens', async ({ playground, page }) => {
  await playground.goto()
  await playground.pickExample('NetworkPolicy')
  await compareToggle(page).click()
  await expect(page.locator('.monaco-diff-editor')).toBeVisible(LOADING)
  await expect(page.getByRole('region', { name: 'What this change does' })).toContainText(
    'No change in security',
  )
  // pod x/a no longer carries the label the policy selects: every pod may reach it
  const pods = (await modelText(page, 'pod.yaml'))!
  await playground.setEditorText(
    'pod',
    pods.replace(
      "metadata: {name: 'a', namespace: 'x', labels: {pod: 'a'}}",
      "metadata: {name: 'a', namespace: 'x', labels: {pod: 'a2'}}",
    ),
  )
  const opened = page
    .getByRole('region', { name: 'Network' })
    .getByRole('list', { name: 'Connections opened or closed' })
  await expect(opened.getByRole('listitem').first()).toContainText('more privilege')
  await expect(opened.getByRole('listitem').filter({ hasText: 'z/b -> x/a 80/TCP' })).toContainText(
    'denied -> allowed',
  )
  // the matrix filtered to the cells the change opened or closed: z/b -> x/a stays, a cell the
  // change did not touch (y/b -> x/a was allowed before and after) is hidden
  const net = page.getByRole('region', { name: 'Network' })
  await net.getByRole('button', { name: 'Changed by the change' }).click()
  await expect(net.getByTestId('net.cell.z/b.x/a')).toHaveText('✓')
  await expect(net.getByTestId('net.cell.y/b.x/a')).toHaveCount(0)
  await net.getByRole('button', { name: 'All', exact: true }).click()
  await expect(net.getByTestId('net.cell.y/b.x/a')).toHaveText('✓')
})

test('screenshot of the compare mode', async ({ playground, page }) => {
  await page.setViewportSize({ width: 1600, height: 940 })
  await startComparing(playground, page, DEPLOYMENT)
  await playground.setEditorText(
    'pod',
    DEPLOYMENT.replace('runAsNonRoot: true, runAsUser: 1000', 'runAsUser: 0')
      .replace('    spec:\n', '    spec:\n      hostNetwork: true\n')
      .replace('drop: [ALL]\n', 'drop: [ALL]\n            add: [NET_ADMIN, SYS_PTRACE]\n'),
  )
  await expect(changes(page).first()).toContainText('more privilege')
  if (process.env.SCREENSHOT) await page.screenshot({ path: 'docs/compare.png' })
})

test('axe finds no serious or critical violation in compare mode, light and dark', async ({
  playground,
  page,
}) => {
  await startComparing(playground, page, DEPLOYMENT)
  await playground.setEditorText('pod', DEPLOYMENT.replace('runAsUser: 1000', 'runAsUser: 0'))
  await expect(changes(page).first()).toContainText('more privilege')
  for (const theme of ['light', 'dark']) {
    await page.getByTestId('theme').selectOption(theme)
    const result = await new AxeBuilder({ page })
      // Monaco's own rendering is not ours to fix (as in a11y.spec.ts)
      .exclude('.monaco-editor')
      .exclude('.monaco-diff-editor')
      .analyze()
    const problems = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${theme} ${v.impact} ${v.id}: ${n.target.join(' ')}`))
    expect(problems).toEqual([])
  }
})

/** The markers of the model at `path` (the before side is `before.yaml`). */
async function markersOf(page: Page, path: string) {
  return page.evaluate((p) => {
    const api = (globalThis as unknown as Models).__monaco.editor
    const m = api.getModels().find((x) => x.uri.path.endsWith(`/${p}`))
    if (!m) return []
    return api
      .getModelMarkers({ resource: m.uri })
      .map((x) => ({ line: x.startLineNumber, message: x.message }))
  }, path)
}

/** Replaces the before side's text through Monaco's model API (like a paste). */
async function setBefore(page: Page, text: string) {
  await page.evaluate((t) => {
    ;(globalThis as unknown as Models).__monaco.editor
      .getModels()
      .find((x) => x.uri.path.endsWith('/before.yaml'))!
      .setValue(t)
  }, text)
}

/** Real typing on the before side: the cursor at the end of `line` (or its start), then the keys. */
async function typeBefore(page: Page, line: number, text: string, atStart = false) {
  await page.evaluate(
    ([ln, start]) => {
      const ed = (globalThis as unknown as Models).__monaco.editor
        .getEditors()
        .find((e) => e.getModel()?.uri.path.endsWith('/before.yaml'))!
      ed.setPosition({
        lineNumber: ln as number,
        column: start ? 1 : ed.getModel()!.getLineMaxColumn(ln as number),
      })
      ed.focus()
    },
    [line, atStart] as const,
  )
  await page.keyboard.type(text)
}

/** Where the before side's marker on `line` starts, in the page (scrolled into the editor's view). */
async function beforeMarkerSpot(page: Page, line: number) {
  return page.evaluate((ln) => {
    const api = (globalThis as unknown as Models).__monaco.editor
    const ed = api.getEditors().find((e) => e.getModel()?.uri.path.endsWith('/before.yaml'))!
    const marker = api
      .getModelMarkers({ resource: ed.getModel()!.uri })
      .find((m) => m.startLineNumber === ln)!
    const at = { lineNumber: ln, column: marker.startColumn + 1 }
    ed.revealPosition(at)
    const p = ed.getScrolledVisiblePosition(at)!
    const box = ed.getDomNode()!.getBoundingClientRect()
    return { x: box.left + p.left + 2, y: box.top + p.top + p.height / 2 }
  }, line)
}

const RESTRICTED_SHOP = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    pod-security.kubernetes.io/enforce: restricted
`

test('the before side shows its own errors and findings, and they follow its edits', async ({
  playground,
  page,
}) => {
  await startComparing(playground, page, DEPLOYMENT)
  await playground.setEditorText('policy', RESTRICTED_SHOP)
  const original = playground.editorHost('pod').locator('.editor.original')
  const modified = playground.editorHost('pod').locator('.editor.modified')
  await expect(page.getByRole('region', { name: 'What this change does' })).toContainText(
    'No change in security',
  )
  expect(await markersOf(page, 'before.yaml')).toEqual([])

  // the before side runs as root: denied by the namespace's restricted level, at its line
  const rootLine = DEPLOYMENT.split('\n').findIndex((l) => l.includes('runAsUser: 1000')) + 1
  await setBefore(page, DEPLOYMENT.replace('runAsUser: 1000', 'runAsUser: 0'))
  await expect
    .poll(async () => (await markersOf(page, 'before.yaml')).map((m) => m.line))
    .toContain(rootLine)
  const root = (await markersOf(page, 'before.yaml')).find((m) => m.line === rootLine)!
  expect(root.message).toContain('runAsUser=0')
  await expect(original.locator('.squiggly-error').first()).toBeVisible()
  // hovering the marked key on the before side says why it is denied
  const spot = await beforeMarkerSpot(page, rootLine)
  await page.mouse.move(spot.x, spot.y)
  await page.mouse.move(spot.x + 3, spot.y)
  await expect(playground.hover).toContainText('runAsUser=0', LOADING)
  await page.mouse.move(0, 0)
  // the after side is unchanged and clean
  expect(await markersOf(page, 'pod.yaml')).toEqual([])
  await expect(modified.locator('.squiggly-error')).toHaveCount(0)

  // a YAML error typed on the before side: its marker at its line, and the finding moves down
  await typeBefore(page, 1, '# base version\n', true)
  await expect
    .poll(async () => (await markersOf(page, 'before.yaml')).map((m) => m.line))
    .toContain(rootLine + 1)
  // `metadata: {...} x`: not YAML any more (the finding goes, as the whole text is unreadable)
  const badLine = 4
  await typeBefore(page, badLine, ' x')
  await expect
    .poll(async () => (await markersOf(page, 'before.yaml')).map((m) => [m.line, m.message]))
    .toEqual([[badLine, expect.stringContaining('YAML syntax error')]])
  await expect(original.locator('.squiggly-error').first()).toBeVisible()
  expect(await markersOf(page, 'pod.yaml')).toEqual([])

  // an edit fixing it clears its marker (the finding is back); fixing that clears the side
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await expect
    .poll(async () => (await markersOf(page, 'before.yaml')).map((m) => m.line))
    .toEqual([rootLine + 1])
  const fixed = (await modelText(page, 'before.yaml'))!.replace('runAsUser: 0', 'runAsUser: 1000')
  await setBefore(page, fixed)
  await expect.poll(() => markersOf(page, 'before.yaml')).toEqual([])
  await expect(original.locator('.squiggly-error')).toHaveCount(0)
})

test('Esc then Tab leaves either side of the diff editor', async ({ playground, page }) => {
  await startComparing(playground, page, DEPLOYMENT)
  await expect(page.getByTestId('editor-hint.pod')).toHaveText(
    'Esc then Tab, or Ctrl+M, to leave the editor',
  )
  const diff = playground.editorHost('pod')
  const focusIn = (side: 'original' | 'modified') =>
    diff.locator(`.editor.${side}`).evaluate((el) => el.contains(document.activeElement))
  for (const side of ['original', 'modified'] as const) {
    const path = side === 'original' ? 'before.yaml' : 'pod.yaml'
    await diff.locator(`.editor.${side} .view-lines`).click()
    const text = await modelText(page, path)
    // Tab indents inside the side
    await page.keyboard.press('Tab')
    expect(await focusIn(side)).toBe(true)
    await expect.poll(() => modelText(page, path)).not.toBe(text)
    // Esc then Tab moves the focus out of it
    await page.keyboard.press('Escape')
    await page.keyboard.press('Tab')
    expect(await focusIn(side)).toBe(false)
    // and Esc then Shift+Tab, backwards
    await diff.locator(`.editor.${side} .view-lines`).click()
    await page.keyboard.press('Escape')
    await page.keyboard.press('Shift+Tab')
    expect(await focusIn(side)).toBe(false)
    // back in, Tab indents again
    await diff.locator(`.editor.${side} .view-lines`).click()
    const typed = await modelText(page, path)
    await page.keyboard.press('Tab')
    expect(await focusIn(side)).toBe(true)
    await expect.poll(() => modelText(page, path)).not.toBe(typed)
  }
  // out of the after side, forwards: past the diff editor
  await diff.locator('.editor.modified .view-lines').click()
  await page.keyboard.press('Escape')
  await page.keyboard.press('Tab')
  expect(await diff.evaluate((h) => h.contains(document.activeElement))).toBe(false)
})

test('a new indented line at the end of a side is compared without an error', async ({
  playground,
  page,
  guard,
}) => {
  await startComparing(playground, page, DEPLOYMENT)
  const last = DEPLOYMENT.split('\n').length - 1
  // Enter at the end of the last line: Monaco indents the new line, before the file's final newline
  await typeAfter(page, last, '\n')
  await expect.poll(() => modelText(page, 'pod.yaml')).toBe(`${DEPLOYMENT}            \n`)
  const diff = playground.editorHost('pod')
  await expect(diff.locator('.editor.modified .line-insert').first()).toBeVisible()
  // another diff after it, so that any error of the first one has arrived
  await typeAfter(page, 1, ' ')
  await expect.poll(() => modelText(page, 'pod.yaml')).toContain('apps/v1 \n')
  await expect(diff.locator('.editor.modified .line-insert').first()).toBeVisible()
  expect(guard.pageErrors).toEqual([])
})
