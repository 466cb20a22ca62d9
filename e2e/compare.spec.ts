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

interface Models {
  __monaco: {
    editor: {
      getModels(): { uri: { path: string }; getValue(): string }[]
      getEditors(): {
        getModel(): { uri: { path: string }; getLineMaxColumn(l: number): number } | null
        setPosition(p: { lineNumber: number; column: number }): void
        focus(): void
        getSelection(): { startLineNumber: number } | null
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
  await playground.setEditorText('pod', pod)
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
