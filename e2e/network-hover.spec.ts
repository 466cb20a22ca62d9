/**
 * The network example with the real engine: hovering a NetworkPolicy's podSelector or a rule in the
 * policy editor shows what it matches; picking a policy in the panel shows its line in the editor.
 */
import { expect, test } from './fixtures'

test.beforeEach(async ({ playground }) => {
  await playground.goto()
  await playground.pickExample('NetworkPolicy')
  await expect(
    playground.page.getByRole('region', { name: 'Network' }).getByTestId('net.cell.y/b.x/a'),
  ).toHaveText('✓')
})

test('hovering a podSelector shows the pods it selects', async ({ playground }) => {
  await playground.hoverLine('policy', 'matchLabels: {pod:')
  await expect(playground.hover).toContainText('Selects 1 pod: x/a.')
  await expect(playground.hover).toContainText('isolated for ingress')
})

test('hovering a rule shows whom it allows', async ({ playground }) => {
  await playground.hoverLine('policy', 'namespaceSelector:')
  await expect(playground.hover).toContainText('Rule 1 (ingress) of x/allow-from-y')
  await expect(playground.hover).toContainText(
    'Allows traffic from: 3 pods: y/a, y/b, y/c on 80/TCP.',
  )
})

test('a selector that selects no pod says that the policy isolates nothing', async ({
  playground,
}) => {
  const text = await playground.editorText('policy')
  await playground.setEditorText('policy', text.replace("{pod: 'a'}", "{pod: 'nobody'}"))
  await expect(
    playground.page.getByRole('region', { name: 'Network' }).getByTestId('net.cell.z/b.x/a'),
  ).toHaveText('✓')
  await playground.hoverLine('policy', 'podSelector:')
  await expect(playground.hover).toContainText('Selects no pod')
  await expect(playground.hover).toContainText('this policy isolates nothing')
})

test('picking a policy in the panel shows its line in the policy editor', async ({
  playground,
  page,
}) => {
  await playground.setEditorText(
    'policy',
    `# first line\n---\n${await playground.editorText('policy')}`,
  )
  const pick = page
    .getByRole('region', { name: 'Network' })
    .getByRole('button', { name: 'x/allow-from-y', exact: true })
  await pick.click()
  await expect.poll(() => playground.selection('policy')).toEqual({ startLine: 3, endLine: 3 })
  // the focus stays on the list, so the keyboard can pick the next policy
  await expect(pick).toBeFocused()
})
