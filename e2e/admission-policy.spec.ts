/**
 * ValidatingAdmissionPolicy in the app (issue 13): each example of the menu shows, per object and
 * binding, the verdict and the API server's words; typing in the pod editor flips a verdict; a
 * failing expression is marked at its line in the policy editor, and its entry reveals that line.
 * Each workload card carries a VAP badge that leads to its entries, the summary row agrees, and a
 * binding's ConfigMap parameter is said as such, not among the objects not judged.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import type { PlaygroundPage } from './pages/PlaygroundPage'

const section = (page: Page) => page.getByRole('region', { name: 'ValidatingAdmissionPolicy' })

/** The entry of one binding's verdict on one object. */
const result = (page: Page, object: string, binding: string): Locator =>
  section(page).locator(`[data-object="${object}"] [data-binding="${binding}"]`)

/** 1-based line of the first line of an editor's text that contains `needle`. */
async function lineOf(playground: PlaygroundPage, editor: 'pod' | 'policy', needle: string) {
  const lines = (await playground.editorText(editor)).split('\n')
  const i = lines.findIndex((l) => l.includes(needle))
  expect(i, `${needle} in the ${editor} editor`).toBeGreaterThanOrEqual(0)
  return i + 1
}

test.describe('ValidatingAdmissionPolicy', () => {
  test.beforeEach(async ({ playground }) => {
    await playground.goto()
  })

  test('replica limit: denied with the API server words, marked, revealed; typing fixes it', async ({
    playground,
    page,
  }) => {
    await playground.pickExample('Replica limit')
    const entry = result(page, 'Deployment default/web', 'replicalimit-binding.example.com')
    await expect(entry.locator('.badge')).toHaveText('denied')
    await expect(entry.getByTestId('vap.message')).toHaveText(
      "ValidatingAdmissionPolicy 'replicalimit-policy.example.com' with binding 'replicalimit-binding.example.com' denied request: object.spec.replicas must be no greater than 3",
    )
    await expect(entry).toContainText('Deny')
    await expect(entry).toContainText('failurePolicy Fail')
    await expect(entry).toContainText('default/replica-limits')
    await expect(playground.verdict).toContainText('VAP: 1 denied')
    // the pod the Deployment creates is not matched: the policy matches deployments only
    const missed = section(page).locator('.vap-not-matched')
    await missed.locator('summary').click()
    await expect(missed.getByTestId('vap.not-matched')).toContainText(
      'do not include CREATE of pods in v1',
    )

    // the failing expression is marked at its line in the policy editor
    const exprLine = await lineOf(playground, 'policy', 'object.spec.replicas <= int(')
    await expect
      .poll(async () =>
        (await playground.markers('policy')).some(
          (m) => m.line === exprLine && m.message.includes('must be no greater than 3'),
        ),
      )
      .toBe(true)
    const kindLine = await lineOf(playground, 'pod', 'kind: Deployment')
    await expect
      .poll(async () =>
        (await playground.markers('pod')).some(
          (m) => m.line === kindLine && m.message.includes('denied request'),
        ),
      )
      .toBe(true)
    // its entry reveals it
    await entry.getByRole('button', { name: `policy:${exprLine}` }).click()
    await expect.poll(() => playground.selection('policy')).toMatchObject({ startLine: exprLine })

    // typing a smaller number of replicas into the pod editor flips the verdict
    await playground.typeAtEndOfLine('pod', await lineOf(playground, 'pod', 'replicas: 5'), '')
    await page.keyboard.press('Backspace')
    await page.keyboard.type('2')
    await expect(entry.locator('.badge')).toHaveText('passes')
    await expect(playground.verdict).not.toContainText('VAP')
    await expect
      .poll(async () => (await playground.markers('policy')).some((m) => m.line === exprLine))
      .toBe(false)
  })

  test('the GA blog post checks under Warn: warned, with kubectl warnings and variables', async ({
    playground,
    page,
  }) => {
    await playground.pickExample('GA blog post')
    const entry = result(page, 'Deployment default/web', 'pod-security.policy-binding.example.com')
    await expect(entry.locator('.badge')).toHaveText('warned')
    await expect(entry.getByTestId('vap.message')).toHaveText(
      "Warning: Validation failed for ValidatingAdmissionPolicy 'pod-security.policy.example.com' with binding 'pod-security.policy-binding.example.com': all containers must set runAsNonRoot to true",
    )
    await expect(entry.getByTestId('vap.failure')).toHaveText([
      'all containers must set runAsNonRoot to true',
      'all containers must set readOnlyRootFilesystem to true',
    ])
    await expect(entry.getByRole('list', { name: 'Variables' })).toContainText(
      'variables.containers',
    )
    await expect(playground.verdict).not.toContainText('VAP')
    const line = await lineOf(playground, 'policy', 'c.?runAsNonRoot == optional.of(true)')
    await expect
      .poll(async () => (await playground.markers('policy')).some((m) => m.line === line))
      .toBe(true)
  })

  test('Pod Security Standards baseline as a policy: the host network pod denied, the plain one passes', async ({
    playground,
    page,
  }) => {
    await playground.pickExample('Pod Security Standards baseline as a')
    const binding = 'pss-baseline-binding.podplay.example'
    await expect(result(page, 'Pod default/host-network', binding).locator('.badge')).toHaveText(
      'denied',
    )
    await expect(result(page, 'Pod default/plain', binding).locator('.badge')).toHaveText('passes')
    await expect(playground.verdict).toContainText('VAP: 1 denied')
    // dropping hostNetwork and privileged from the first pod lets it through
    const text = await playground.editorText('pod')
    await playground.setEditorText(
      'pod',
      text.replace('  hostNetwork: true\n', '').replace('privileged: true', 'privileged: false'),
    )
    await expect(result(page, 'Pod default/host-network', binding).locator('.badge')).toHaveText(
      'passes',
    )
  })

  test('Pod Security Standards restricted: two bindings per pod', async ({ playground, page }) => {
    await playground.pickExample('Pod Security Standards restricted')
    const baseline = 'pss-baseline-binding.podplay.example'
    const restricted = 'pss-restricted-binding.podplay.example'
    await expect(result(page, 'Pod default/plain', baseline).locator('.badge')).toHaveText('passes')
    await expect(result(page, 'Pod default/plain', restricted).locator('.badge')).toHaveText(
      'denied',
    )
    await expect(result(page, 'Pod default/hardened', baseline).locator('.badge')).toHaveText(
      'passes',
    )
    await expect(result(page, 'Pod default/hardened', restricted).locator('.badge')).toHaveText(
      'passes',
    )
  })

  test('PodSecurityPolicy migration: the policy decides as the PodSecurityPolicy does', async ({
    playground,
    page,
  }) => {
    await playground.pickExample('PSP migration')
    expect(await playground.editorText('policy')).toContain('kind: PodSecurityPolicy')
    const binding = 'psp-default-binding.podplay.example'
    await expect(result(page, 'Pod default/pod-add-settime', binding).locator('.badge')).toHaveText(
      'passes',
    )
    await expect(
      result(page, 'Pod default/pod-add-sysadmin', binding).locator('.badge'),
    ).toHaveText('denied')
    // the PodSecurityPolicy says the same of each pod
    const psp = (name: string) =>
      page
        .getByRole('article', { name: `Pod default/${name}` })
        .getByRole('region', { name: /^PodSecurityPolicy/ })
    await expect(psp('pod-add-settime').locator('.badge').first()).toHaveText('admitted')
    await expect(psp('pod-add-sysadmin').locator('.badge').first()).toHaveText('rejected')
  })

  test('the workload card says its VAP outcome, leads to its entries; the summary row and the ConfigMap parameter agree', async ({
    playground,
    page,
  }) => {
    await playground.pickExample('Replica limit')
    const card = page.getByRole('article', { name: 'Deployment default/web' })
    const badge = card.getByTestId('card.vap')
    await expect(badge).toHaveText('VAP: denied by replicalimit-policy.example.com')
    await expect(
      card.getByRole('button', {
        name: 'VAP: denied by replicalimit-policy.example.com: show its ValidatingAdmissionPolicy entries',
      }),
    ).toBeVisible()
    await expect(playground.verdict).toContainText('VAP: 1 denied')
    // the API server refuses it: the summary row says so
    const row = page.getByTestId('summary.row').filter({ hasText: 'default/web' })
    await expect(row.locator('.summary-verdict')).toHaveText('denied')
    // and at the panel's usual width its risks cell says which policy denies it
    await expect(row.locator('td').last()).toContainText(
      'VAP: denied by replicalimit-policy.example.com',
    )
    // the ConfigMap the binding reads is its parameter, not an object not judged
    const notJudged = page.getByTestId('problems.notJudged')
    await expect(notJudged).toContainText(
      'ConfigMap default/replica-limits (parameter of binding replicalimit-binding.example.com)',
    )
    await expect(notJudged).not.toContainText('not judged')

    // the badge brings the workload's entries into view and marks them
    await badge.click()
    const entries = section(page).locator('.vap-object-focused')
    await expect(entries).toHaveCount(1)
    await expect(entries).toHaveAttribute('data-object', 'Deployment default/web')
    await expect(entries).toBeFocused()
    await expect(entries).toBeInViewport()

    // a fix flips the badge and the row
    await playground.typeAtEndOfLine('pod', await lineOf(playground, 'pod', 'replicas: 5'), '')
    await page.keyboard.press('Backspace')
    await page.keyboard.type('2')
    await expect(badge).toHaveText('VAP: passes')
    await expect(row.locator('.summary-verdict')).toHaveText('admitted')
  })

  test('Pod Security Standards restricted as policies: one badge per pod, the worst of its bindings', async ({
    playground,
    page,
  }) => {
    await playground.pickExample('Pod Security Standards restricted')
    const badge = (name: string) =>
      page.getByRole('article', { name: `Pod default/${name}` }).getByTestId('card.vap')
    await expect(badge('plain')).toHaveText('VAP: denied by pss-restricted.podplay.example')
    await expect(badge('hardened')).toHaveText('VAP: passes')
    const row = page.getByTestId('summary.row').filter({ hasText: 'default/plain' })
    await expect(row.locator('.summary-verdict')).toHaveText('denied')
    // the GA blog post's checks under Warn: warnings, not a denial
    await playground.pickExample('GA blog post')
    await expect(
      page.getByRole('article', { name: 'Deployment default/web' }).getByTestId('card.vap'),
    ).toHaveText(/^VAP: \d+ warnings?$/)
  })

  for (const theme of ['light', 'dark'] as const)
    test(`axe: the panel passes in the ${theme} theme`, async ({ playground, page }) => {
      test.slow() // an axe scan of a big page on a shared machine
      await page.emulateMedia({ colorScheme: theme })
      await playground.goto()
      await playground.pickExample('Replica limit')
      await expect(section(page).getByTestId('vap.message')).toBeVisible()
      await section(page).locator('.vap-not-matched summary').click()
      // serious and critical violations inside the section (Monaco's rendering is not ours)
      const scan = await new AxeBuilder({ page })
        .include('.vap')
        .include('[data-testid="card.vap"]')
        .analyze()
      const found = scan.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      expect(found).toEqual([])
    })
})
