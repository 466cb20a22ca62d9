/**
 * Hostile input, tried as an attacker would (issue 9): the page keeps its Content-Security-Policy
 * and works under it, also from a sub-path; nothing in a name can reach the network or take over
 * a hover. Every test also runs under the fixture's guard: no request to another host, no console
 * error (a CSP violation is one).
 */
import { deflateSync, strToU8 } from 'fflate'
import { SEED } from './data'
import { expect, test } from './fixtures'
import { serveDist } from './staticServer'

test('the Content-Security-Policy is active and the app works fully under it', async ({
  playground,
  page,
  guard,
}) => {
  await playground.goto()
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "connect-src 'self'",
    "font-src 'self'",
  ])
    expect(csp).toContain(directive)
  expect(csp).not.toMatch(/https?:|\*/)

  // editing, the engine worker's verdict and the lazily loaded editor all work under the policy
  // (Monaco, trimmed to the features the editors use, no longer starts its own editor worker)
  await playground.setEditorText('pod', SEED.replace('hostPID: true', 'hostPID: false'))
  await expect(playground.setting('effective.hostPID')).toHaveText('no')
  await expect
    .poll(() => page.workers().map((w) => w.url()))
    .toEqual(expect.arrayContaining([expect.stringMatching(/engine\.worker/)]))
  await playground.hoverLine('pod', 'hostIPC')
  await expect(playground.hover).toContainText('hostIPC')

  // the policy is enforced: an injected inline script does not run, and the violation is reported
  const blocked = await page.evaluate(async () => {
    const violation = new Promise<string>((ok) =>
      document.addEventListener('securitypolicyviolation', (e) => ok(e.effectiveDirective), {
        once: true,
      }),
    )
    const s = document.createElement('script')
    s.textContent = 'window.__injected = true'
    document.body.append(s)
    return { directive: await violation, ran: 'injected' in window }
  })
  expect(blocked).toEqual({ directive: 'script-src-elem', ran: false })
  // that one refusal is the only console problem, and it is the one provoked above
  expect(guard.consoleProblems).toHaveLength(1)
  expect(guard.consoleProblems[0]).toContain('Content Security Policy')
  guard.consoleProblems.length = 0
})

test('the built site works from a sub-path', async ({ playground, page }) => {
  const site = await serveDist('nested/podplay')
  try {
    await playground.goto(site.url)
    await expect(playground.setting('effective.hostPID')).toHaveText(/^yes/)
    await playground.setEditorText('pod', SEED.replace('hostPID: true', 'hostPID: false'))
    await expect(playground.setting('effective.hostPID')).toHaveText('no')
    const workers = page.workers().map((w) => w.url())
    expect(workers.every((u) => u.startsWith(site.url))).toBe(true)
    await page.getByRole('button', { name: 'Copy link' }).click()
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue()
    expect(link.startsWith(`${site.url}#v1/`)).toBe(true)
  } finally {
    await site.close()
  }
})

test('a NetworkPolicy name cannot put a heading, link or remote image into the hover', async ({
  playground,
  page,
  guard,
}) => {
  await playground.goto()
  await playground.pickExample('NetworkPolicy')
  const network = page.getByRole('region', { name: 'Network' })
  await expect(network.getByTestId('net.cell.y/b.x/a')).toHaveText('✓')
  const policy = await playground.editorText('policy')
  const name = 'np\\n\\n![x](http://host/pixel.png)\\n\\n# Allowed everything'
  await playground.setEditorText(
    'policy',
    policy.replace('{name: allow-from-y,', `{name: "${name}",`),
  )
  await expect(network.getByRole('button', { name: /^x\/np/ })).toBeVisible()
  await playground.hoverLine('policy', 'matchLabels: {pod:')
  await expect(playground.hover).toContainText('Selects 1 pod')
  await expect(playground.hover).toContainText('![x](http://host/pixel.png)')
  const markdown = playground.hover.locator('.rendered-markdown')
  await expect(markdown.first()).toBeVisible()
  await expect(markdown.locator('h1, h2, h3, h4, h5, h6, a, img, table')).toHaveCount(0)
  await page.waitForTimeout(300)
  expect(guard.requests.filter((u) => u.includes('pixel'))).toEqual([])
})

/** A share link as podplay writes it (`#v1/` + base64url of the deflated JSON). */
function shareHash(pod: string, policy = ''): string {
  const bytes = deflateSync(strToU8(JSON.stringify({ pod, policy, settings: {} })), { level: 9 })
  return `#v1/${Buffer.from(bytes).toString('base64url')}`
}

test('a 4.5 KB link holding a 3 MB container name does not freeze the tab, nor its reload', async ({
  playground,
  page,
}) => {
  test.setTimeout(180_000)
  const name = 'a'.repeat(3_000_000)
  const hash = shareHash(SEED.replace('name: kubia', `name: ${name}`))
  expect(hash.length).toBeLessThan(6_000)
  for (const load of [() => page.goto(`/${hash}`), () => page.reload()]) {
    await load()
    await expect(page.locator('.monaco-editor')).toHaveCount(2, { timeout: 60_000 })
    const card = page.locator('.container-card').first()
    await expect(card).toBeVisible({ timeout: 60_000 })
    // the panel holds the name shortened, never whole
    expect(await playground.results.evaluate((e) => e.outerHTML.length)).toBeLessThan(200_000)
    await expect(card.locator('h5')).toContainText('more characters')
    // the page answers clicks, and the whole name is one click away
    await card.getByRole('button', { name: 'show all' }).click({ timeout: 30_000 })
    await expect(card.getByRole('textbox', { name: /The whole text/ })).toHaveValue(name)
  }
})

test('a list of 10,000 items renders a page of them and a "show more"', async ({
  playground,
  page,
}) => {
  await playground.goto()
  // 10,000 documents of a kind podplay does not evaluate: one problem each
  const junk = Array.from({ length: 10_000 }, (_, i) => `kind: Foo${i}\n`).join('---\n')
  await playground.setEditorText('pod', junk)
  const problems = page.getByRole('region', { name: 'Problems' })
  // objects podplay does not judge: one line, that expands a page at a time
  const line = problems.getByRole('button', { name: /^10000 objects not judged: 1 Foo0, / })
  await expect(line).toBeVisible({ timeout: 30_000 })
  await expect(line).toContainText('and 9988 more of 9988 other kinds')
  await expect(problems.getByRole('listitem')).toHaveCount(0)
  await line.click()
  await expect(problems.getByRole('listitem')).toHaveCount(200)
  await problems.getByRole('button', { name: /^Show 200 more/ }).click()
  await expect(problems.getByRole('listitem')).toHaveCount(400)
})
