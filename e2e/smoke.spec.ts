import { expect, test } from './fixtures'
import { ALIAS_BOMB, SEED } from './data'

test('the starter example shows what the node grants, with the engine worker running', async ({
  playground,
  page,
}) => {
  await playground.goto()
  expect(await playground.editorText('pod')).toBe(SEED)
  await expect(playground.setting('effective.hostPID')).toHaveText(/^yes/)
  await expect(playground.setting('effective.hostIPC')).toHaveText(/^yes/)
  await expect(playground.setting('effective.hostNetwork')).toHaveText('no')
  await expect(playground.setting('effective.hostPorts')).toContainText('9000/TCP')
  const kubia = playground.container('kubia')
  await expect(kubia.getByRole('button', { name: 'CHOWN (default)' })).toBeVisible()
  await expect(kubia.getByRole('button', { name: 'SYS_ADMIN' })).toHaveCount(0)
  // The engine runs in its worker. Monaco, trimmed to the features the editors use (issue 10),
  // no longer starts its own editor worker (it served word suggestions, links and unicode
  // highlighting, which the editors do not load).
  const workers = () => page.workers().map((w) => w.url())
  await expect.poll(() => workers().some((u) => /engine\.worker/.test(u))).toBe(true)
})

test('typing into Monaco changes the panel', async ({ playground }) => {
  await playground.goto()
  const user = playground.setting('container.kubia.runAsUser')
  await expect(user).toContainText('image default')
  await playground.typeAtEndOfLine('pod', 9, '\nsecurityContext: {runAsUser: 405}')
  await expect(user).toHaveText(/^405/)
  expect(await playground.editorText('pod')).toContain('    securityContext: {runAsUser: 405}')
})

test('every term explains itself on hover and on expand', async ({ playground, page }) => {
  await playground.goto()
  const row = page.getByTestId('effective.hostPID')
  await expect(row.locator('summary')).toHaveAttribute('title', /see and signal every process/)
  await row.locator('summary').click()
  await expect(row.getByText(/see and signal every process on the node/)).toBeVisible()
  await playground.setEditorText(
    'pod',
    SEED.replace(
      'name: kubia',
      'name: kubia\n    securityContext: {capabilities: {add: [SYS_TIME]}}',
    ),
  )
  const chip = playground.container('kubia').getByRole('button', { name: 'SYS_TIME (added)' })
  await expect(chip).toHaveAttribute('title', /Sets the system clock/)
  await chip.click()
  await expect(page.getByRole('note')).toContainText('Sets the system clock')
})

test('an alias bomb shows a problem and the page stays responsive', async ({ playground }) => {
  await playground.goto()
  await playground.setEditorText('pod', ALIAS_BOMB)
  const problems = playground.page.getByRole('region', { name: 'Problems' })
  await expect(problems).toBeVisible()
  await expect(problems.getByRole('listitem').first()).toBeVisible()
  // the next edit is reflected: real typing still works
  await playground.writeInEditor('pod', 'apiVersion: v1\nkind: Pod\nmetadata: {name: after-bomb}\n')
  await expect(playground.page.getByRole('article', { name: /after-bomb/ })).toBeVisible()
})

test('a 10 MB paste is refused with a message at its line, and the next edit works', async ({
  playground,
}) => {
  await playground.goto()
  const doc =
    'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: c, image: nginx}\n---\n'
  const text = doc.repeat(Math.ceil(10_500_000 / doc.length))
  await playground.setEditorText('pod', text)
  const problems = playground.page.getByRole('region', { name: 'Problems' })
  await expect(problems).toContainText(
    /The text is 10\.\d MB; podplay evaluates at most 8\.0 MB here/,
  )
  // the problem names the line where the limit is crossed (8 MiB into the text)
  const line = text.slice(0, 8 * 1024 * 1024).split('\n').length
  await expect(problems.getByRole('button', { name: new RegExp(`^pod:${line}`) })).toBeVisible()
  await playground.setEditorText(
    'pod',
    'apiVersion: v1\nkind: Pod\nmetadata: {name: after-paste}\nspec:\n  containers:\n  - {name: c, image: nginx}\n',
  )
  await expect(playground.page.getByRole('article', { name: /after-paste/ })).toBeVisible()
})

test('clicking a problem reveals and selects its line in the right editor', async ({
  playground,
}) => {
  await playground.goto()
  await playground.setEditorText(
    'policy',
    'kind: Namespace\nmetadata: {name: a}\nmetadata: {name: b}\n',
  )
  // kubectl keeps the later key: the warning stands at the earlier one (go-yaml v2, non-strict)
  const problems = playground.page.getByRole('region', { name: 'Problems' })
  const button = problems.getByRole('button', { name: 'policy:2' })
  await button.click()
  expect(await playground.selection('policy')).toEqual({ startLine: 2, endLine: 2 })
})

test('clicking a violation location reveals the offending key', async ({ playground, page }) => {
  await playground.goto()
  await page.getByRole('combobox', { name: 'Level' }).selectOption('baseline')
  const violation = page.getByTestId('pss.violation.hostNamespaces')
  await violation.getByRole('button', { name: 'pod:6' }).click()
  expect((await playground.selection('pod')).startLine).toBe(6)
  await violation.getByRole('button', { name: 'pod:5' }).click()
  expect((await playground.selection('pod')).startLine).toBe(5)
  const markers = await playground.markers('pod')
  expect(markers.map((m) => m.line)).toContain(5)
})

test('a container card reveals the container in the editor, also inside a workload template', async ({
  playground,
}) => {
  await playground.goto()
  const lineOf = async (needle: string) =>
    (await playground.editorText('pod')).split('\n').findIndex((l) => l.includes(needle)) + 1
  await playground.pickExample('shared volume')
  for (const name of ['second', 'first']) {
    const reveal = playground.container(name).getByRole('button', { name: /^pod:\d+$/ })
    const line = await lineOf(`- name: ${name}`)
    await expect(reveal).toHaveAccessibleName(`pod:${line}`)
    await reveal.click()
    await expect.poll(() => playground.selection('pod')).toEqual({ startLine: line, endLine: line })
  }
  await playground.pickExample('restricted namespace')
  const line = await lineOf('- name: nginx')
  await playground
    .container('nginx')
    .getByRole('button', { name: `pod:${line}` })
    .click()
  await expect.poll(() => playground.selection('pod')).toEqual({ startLine: line, endLine: line })
})

test('an empty editor says what belongs in it', async ({ playground }) => {
  await playground.goto()
  const policy = playground.editorHost('policy')
  await expect(policy).toContainText(
    'Optional: what the cluster already has: Namespaces with pod-security labels',
  )
  await playground.setEditorText('policy', 'kind: Namespace\n')
  await expect(policy).not.toContainText('Optional: what the cluster')
})

test('both editors survive a reload', async ({ playground, page }) => {
  await playground.goto()
  const pod = SEED.replace('kubia\n    ports', 'kubia-reloaded\n    ports')
  await playground.setEditorText('pod', pod)
  await playground.setEditorText('policy', '# my policy\n')
  await expect(page.getByRole('article', { name: 'Container kubia-reloaded' })).toBeVisible()
  await page.reload()
  await expect(page.locator('.monaco-editor')).toHaveCount(2)
  await expect.poll(() => playground.editorText('pod')).toBe(pod)
  expect(await playground.editorText('policy')).toBe('# my policy\n')
})

test('hovering a setting in the editor explains it', async ({ playground, page }) => {
  await playground.goto()
  const word = playground.editorHost('pod').getByText('hostPID', { exact: true })
  const box = (await word.boundingBox())!
  await page.mouse.move(box.x + 5, box.y + box.height / 2)
  await page.mouse.move(box.x + 10, box.y + box.height / 2)
  await expect(
    page.locator('.monaco-hover').filter({ hasText: 'see and signal every process' }),
  ).toBeVisible()
})
