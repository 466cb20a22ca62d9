/**
 * A reviewer pastes a real install (issue 11): every workload is named on the first screen, in the
 * summary table, without scrolling the page; the objects podplay does not judge are one line; a
 * click on a row opens the workload's card and reveals its line. The installs are third-party
 * manifests in ../shared/realworld, read at test time (never copied into the repository); without
 * them the tests are skipped and say why.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

// ../shared/realworld next to the repository
const ROOT = fileURLToPath(new URL('../../shared/realworld', import.meta.url))
const present = existsSync(ROOT)

/** The installs, each one or more files joined as `kubectl apply -f` of the folder reads them. */
const INSTALLS: [string, string[]][] = [
  ['Argo CD', ['argo-cd/namespace-install.yaml']],
  ['Calico', ['calico/calico.yaml']],
  ['kube-prometheus', ['kube-prometheus']],
  ['ingress-nginx', ['ingress-nginx/deploy.yaml']],
  ['cilium', ['cilium/quick-install.yaml']],
  ['the dashboard', ['dashboard/recommended.yaml']],
]

function install(parts: string[]): string {
  const files = parts.flatMap((p) => {
    const path = join(ROOT, p)
    return p.endsWith('.yaml')
      ? [path]
      : readdirSync(path)
          .filter((f) => f.endsWith('.yaml'))
          .sort()
          .map((f) => join(path, f))
  })
  return files.map((f) => readFileSync(f, 'utf8')).join('\n---\n')
}

const WORKLOAD_KINDS = new Set([
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
])

/**
 * The workloads of a text, from its top-level `kind:` and `metadata.name` (enough for these
 * installs, which are block YAML with one object per document), as `Kind name`.
 */
function workloadsOf(text: string): string[] {
  const out: string[] = []
  for (const doc of text.split(/^---.*$/m)) {
    const kind = /^kind:\s*(\S+)/m.exec(doc)?.[1]
    if (!kind || !WORKLOAD_KINDS.has(kind)) continue
    const meta = /^metadata:\n((?:[ \t]+.*\n?|\n)*)/m.exec(doc)?.[1] ?? ''
    const indent = /^([ \t]+)\S/m.exec(meta)?.[1] ?? '  '
    const name = new RegExp(`^${indent}name:\\s*["']?([^"'\\s]+)`, 'm').exec(meta)?.[1]
    if (name) out.push(`${kind} ${name}`)
  }
  return out
}

async function pageScroll(page: Page) {
  return page.evaluate(() => [window.scrollX, window.scrollY])
}

/** The visible part of the summary table's scroll area, in page coordinates. */
async function boxOf(l: Locator) {
  const b = await l.boundingBox()
  if (!b) throw new Error('not laid out')
  return b
}

test.describe('real installs: every workload named on the first screen', () => {
  test.skip(!present, `the real installs are not there (${ROOT}): nothing to paste`)

  for (const [name, parts] of INSTALLS)
    test(name, async ({ playground, page }) => {
      const text = install(parts)
      const expected = workloadsOf(text)
      expect(expected.length, 'workloads found in the files').toBeGreaterThan(0)
      await playground.goto()
      await playground.setEditorText('pod', text)
      await expect(playground.verdict).toContainText(
        `${expected.length} workload${expected.length === 1 ? '' : 's'}`,
      )
      const summary = page.getByRole('region', { name: 'Summary' })
      await expect(summary.getByTestId('summary.count')).toContainText(
        `${expected.length} workload`,
      )
      const rows = summary.getByTestId('summary.row')
      await expect(rows).toHaveCount(expected.length)
      // the first screen: the page itself has not scrolled, and each row is inside the viewport
      // and inside the table's own scroll area (no row is hidden below its fold)
      expect(await pageScroll(page)).toEqual([0, 0])
      const area = await boxOf(summary.locator('.summary-scroll'))
      const viewport = page.viewportSize()!
      for (const workload of expected) {
        const [kind, n] = workload.split(' ')
        const row = rows.filter({
          has: page.getByRole('button', { name: new RegExp(`^${kind} \\S+/${n}$`) }),
        })
        await expect(row, workload).toHaveCount(1)
        await expect(row, workload).toBeInViewport()
        const b = await boxOf(row)
        expect(b.y, `${workload} is below the table's fold`).toBeLessThan(area.y + area.height)
        expect(b.y + b.height, `${workload} is below the viewport`).toBeLessThanOrEqual(
          viewport.height,
        )
      }
    })

  test('Argo CD: the objects not judged are one line that expands, errors first', async ({
    playground,
    page,
  }) => {
    await playground.goto()
    await playground.setEditorText('pod', install(['argo-cd/namespace-install.yaml']))
    const problems = page.getByRole('region', { name: 'Problems' })
    const line = problems.getByTestId('problems.notJudged')
    await expect(line).toContainText(/^\S+ \d+ objects not judged: \d+ \w+/)
    const toggle = line.getByRole('button', { name: /objects not judged/ })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(line.locator('li')).toHaveCount(0)
    const total = Number(/(\d+) objects not judged/.exec((await toggle.textContent()) ?? '')![1])
    await toggle.click()
    await expect(line.locator('li')).toHaveCount(total)
    await expect(line.locator('li').first()).toContainText('is not evaluated')
  })

  test('a click on a row opens its card and reveals its line', async ({ playground, page }) => {
    const text = install(['calico/calico.yaml'])
    await playground.goto()
    await playground.setEditorText('pod', text)
    const summary = page.getByRole('region', { name: 'Summary' })
    const pick = summary.getByRole('button', { name: /^DaemonSet \S+\/calico-node$/ })
    await pick.click()
    const card = page.getByRole('article', { name: /^DaemonSet \S+\/calico-node$/ })
    await expect(card).toBeInViewport()
    await expect(card.getByRole('region', { name: /^Pod Security Standards of / })).toBeVisible()
    // the DaemonSet's document: from the line after its `---` to its `kind:` line
    const lines = text.split('\n')
    const kindLine = lines.findIndex((l) => /^kind: DaemonSet/.test(l)) + 1
    let docStart = kindLine
    while (docStart > 1 && !lines[docStart - 2]!.startsWith('---')) docStart--
    await expect
      .poll(async () => (await playground.selection('pod')).startLine)
      .toBeGreaterThanOrEqual(docStart)
    expect((await playground.selection('pod')).startLine).toBeLessThanOrEqual(kindLine)
  })
})
