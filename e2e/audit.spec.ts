/**
 * What a fresh-eyes pass over the app at 1440 x 900 found (the results panel at its default width)
 * and fixed: each test checks what a learner or a reviewer reads there.
 */
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'

test.use({ viewport: { width: 1440, height: 900 } })

/** An element's width in pixels. */
const widthOf = async (l: Locator) => (await l.boundingBox())?.width ?? 0

test.describe('the summary table at the panel’s default width', () => {
  test.beforeEach(async ({ playground }) => {
    await playground.goto()
  })

  test('an admitted pod that meets restricted does not read "privileged …"', async ({
    playground,
    page,
  }) => {
    // nine pods in namespaces without labels: privileged is enforced, every pod meets restricted
    await playground.pickExample('NetworkPolicy')
    const row = page.getByTestId('summary.row').filter({ hasText: 'x/a' })
    const pss = row.locator('td').nth(1)
    await expect(pss.locator('span').first()).toHaveText('meets restricted')
    // and it is whole, not "meets res…"
    const [part, cell] = [await pss.locator('span').first().boundingBox(), await pss.boundingBox()]
    expect(part!.x + part!.width).toBeLessThanOrEqual(cell!.x + cell!.width - 6)
    await expect(pss).toHaveAttribute('title', /^meets restricted; privileged:latest allowed/)
  })

  test('a denied pod leads with the level that denies it', async ({ playground, page }) => {
    await playground.pickExample('restricted namespace')
    const pss = page.getByTestId('summary.row').locator('td').nth(1)
    await expect(pss.locator('span').first()).toHaveText('restricted denied')
  })

  test('the workload cell shows the name, its kind as kubectl’s short name', async ({
    playground,
    page,
  }) => {
    await playground.pickExample('restricted namespace')
    const pick = page.getByTestId('summary.row').getByRole('button', {
      name: 'Deployment team-a/web',
    })
    await expect(pick.locator('.kind')).toHaveText('deploy')
    await expect(pick).toContainText('team-a/web')
    // the kind leaves most of the cell to the namespace and name ("DEPLOYMENT" took all of it)
    const kind = await widthOf(pick.locator('.kind'))
    expect(kind).toBeGreaterThan(0)
    expect(kind, 'the kind’s share of the cell').toBeLessThan((await widthOf(pick)) / 2)
  })
})

test('a non-root container’s capabilities are said to be a bounding set once, not three times', async ({
  playground,
  page,
}) => {
  await playground.goto()
  await playground.pickExample('fixed user ID')
  const card = page.getByRole('article', { name: /^Pod default\// })
  const main = playground.container('main')
  await expect(main.locator('.caps-title')).toHaveText('Capabilities: 14 — bounding set only')
  // the caption, and the workload's note that explains it
  await expect(card.getByText(/bounding set/)).toHaveCount(2)
  await expect(card.getByText(/^A container running as a non-root user keeps/)).toHaveCount(1)
})

test('a passing object’s Deny binding does not point at a denial that is not there', async ({
  playground,
  page,
}) => {
  await playground.goto()
  await playground.pickExample('baseline as a ValidatingAdmissionPolicy')
  const results = page
    .getByRole('region', { name: 'ValidatingAdmissionPolicy' })
    .getByTestId('vap.result')
  const passes = results.filter({ hasText: 'passes' })
  await expect(passes).toHaveCount(1)
  await expect(passes.getByTestId('vap.message')).toHaveCount(0)
  await expect(passes.locator('.vap-actions')).toContainText('a failure refuses the request')
  await expect(passes.locator('.vap-actions')).not.toContainText('below')
})

test('a problem’s place is one chip on one line beside a long message', async ({
  playground,
  page,
}) => {
  await playground.goto()
  // a NetworkPolicy far down the text without policyTypes: an info problem at a three-digit line
  const text = `${'# a comment\n'.repeat(120)}apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: default}
spec:
  podSelector: {}
  ingress: [{}]
`
  await playground.setEditorText('pod', text)
  const problem = page
    .getByRole('region', { name: 'Problems' })
    .locator('.problem', { hasText: 'policyTypes is not set' })
  const chip = problem.locator('.reveal')
  await expect(chip).toBeVisible()
  const box = (await chip.boundingBox())!
  const message = (await problem.locator('.problem-message').boundingBox())!
  // one line of text: not taller than a line of the message beside it
  expect(box.height).toBeLessThan(24)
  expect(box.width).toBeGreaterThan(box.height)
  expect(message.height).toBeGreaterThan(0)
})

test('a manifest pasted over the example does not keep the example’s lesson above its verdict', async ({
  playground,
  page,
}) => {
  await playground.goto()
  await playground.pickExample('Host PID and IPC')
  const note = page.getByTestId('example-note')
  await expect(note).toContainText('binds port 9000 on the node')
  // a small edit: still the example, edited
  await playground.typeAtEndOfLine('pod', 1, ' ')
  await expect(note).toContainText('(edited)')
  // a reviewer's manifest replaces it: the lesson about host PID would describe nothing there
  await playground.replaceInEditor(
    'pod',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: nginx:1.27}]\n',
  )
  await expect(playground.verdict).toContainText('1 workload')
  await expect(page.getByTestId('summary.row')).toContainText('shop/web')
  await expect(note).toHaveCount(0)
})

test('compare mode: an after side that does not read is not passed off as less privilege', async ({
  playground,
  page,
}) => {
  await playground.goto()
  await playground.pickExample('restricted namespace')
  await expect(playground.results).toContainText('team-a/web')
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  await expect(playground.editorHost('pod').locator('.monaco-diff-editor')).toBeVisible({
    timeout: 20_000,
  })
  const panel = page.getByRole('region', { name: 'What this change does' })
  await expect(panel).toContainText('No change in security')
  await expect(panel.getByTestId('compare.afterErrors')).toHaveCount(0)
  // a YAML error on the after side: the Deployment is not read, so it reads as removed
  const text = await playground.editorText('pod')
  await playground.setEditorText('pod', `${text}  - broken: [\n`)
  await expect(panel.locator('.compare-change[data-direction="less"]')).toHaveCount(1)
  await expect(panel.getByTestId('compare.afterErrors')).toContainText(
    'The after side has 1 input error',
  )
})

test('the lessons’ progress line stays in sight when a step further down is chosen', async ({
  playground,
  page,
}) => {
  await playground.goto()
  await page.getByRole('button', { name: 'Lessons', exact: true }).click()
  const nav = page.getByRole('navigation', { name: 'Lesson steps' })
  await nav.getByRole('button', { name: 'Namespace labels choose the level', exact: true }).click()
  const progress = nav.getByText(/ of \d+ steps done$/)
  await expect(progress).toBeInViewport()
  // the list has scrolled, and the line is at the list's top, inside it
  await expect.poll(() => nav.evaluate((el) => el.scrollTop)).toBeGreaterThan(0)
  const [line, box] = [await progress.boundingBox(), await nav.boundingBox()]
  expect(line!.y).toBeGreaterThanOrEqual(box!.y - 1)
})
