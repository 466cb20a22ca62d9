/**
 * Schema help for learners, in the production build: values of a closed set after `key: `, keys
 * and values inside flow collections, and PodSecurityPolicy fields documented on hover.
 */
import { expect, test } from './fixtures'

const POD = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: web
    image: nginx
    securityContext:
      seccompProfile:
`

test.beforeEach(async ({ playground }) => {
  await playground.goto()
})

test('after `type: ` under seccompProfile, Ctrl+Space lists the profile types', async ({
  playground,
}) => {
  await playground.setEditorText('pod', POD)
  await playground.typeAtEndOfLine('pod', 9, '\ntype: ')
  await playground.page.keyboard.press('Control+Space')
  const widget = playground.page.locator('.suggest-widget')
  await expect(widget).toBeVisible()
  await expect(widget.getByText('RuntimeDefault')).toBeVisible()
  await expect(widget.getByText('Unconfined')).toBeVisible()
  await playground.page.keyboard.type('Runt')
  await playground.page.keyboard.press('Enter')
  await expect
    .poll(() => playground.editorText('pod'))
    .toContain('      seccompProfile:\n        type: RuntimeDefault')
})

test('inside a flow mapping, the keys of that mapping are proposed', async ({ playground }) => {
  await playground.setEditorText(
    'pod',
    POD.replace(
      '    securityContext:\n      seccompProfile:\n',
      '    securityContext: {runAsNonRoot: true, ',
    ),
  )
  await playground.typeAtEndOfLine('pod', 8, '')
  await playground.page.keyboard.press('Control+Space')
  const widget = playground.page.locator('.suggest-widget')
  await expect(widget).toBeVisible()
  await expect(widget.getByText('allowPrivilegeEscalation')).toBeVisible()
  await playground.page.keyboard.type('runAsU')
  await expect(widget.getByText('runAsUser')).toBeVisible()
  await playground.page.keyboard.press('Enter')
  await expect
    .poll(() => playground.editorText('pod'))
    .toContain('securityContext: {runAsNonRoot: true, runAsUser: ')
})

test('inside a flow sequence of capabilities, the capability names are proposed', async ({
  playground,
}) => {
  await playground.setEditorText(
    'pod',
    POD.replace('      seccompProfile:\n', '      capabilities: {drop: ['),
  )
  await playground.typeAtEndOfLine('pod', 9, '')
  await playground.page.keyboard.press('Control+Space')
  const widget = playground.page.locator('.suggest-widget')
  await expect(widget).toBeVisible()
  await playground.page.keyboard.type('NET_RA')
  await expect(widget.getByText('NET_RAW')).toBeVisible()
  await playground.page.keyboard.press('Enter')
  await expect.poll(() => playground.editorText('pod')).toContain('capabilities: {drop: [NET_RAW')
})

test('hovering a PodSecurityPolicy field shows what it does', async ({ playground }) => {
  await playground.pickExample('PodSecurityPolicy')
  await playground.hoverLine('policy', 'requiredDropCapabilities:')
  await expect(playground.hover).toContainText('spec.requiredDropCapabilities')
  await expect(playground.hover).toContainText("every container's capabilities.drop")
  // a field the glossary explains too keeps the policy's text
  await playground.page.mouse.move(0, 0)
  await playground.hoverLine('policy', 'runAsUser:')
  await expect(playground.hover).toContainText('The user ID strategy')
  // a key inside a flow mapping: `fsGroup: {rule: RunAsAny}`
  await playground.page.mouse.move(0, 0)
  const rule = playground
    .editorHost('policy')
    .locator('.view-line', { hasText: 'fsGroup:' })
    .locator('span span', { hasText: /^rule$/ })
  const box = (await rule.boundingBox())!
  await playground.page.mouse.move(box.x + 2, box.y + box.height / 2)
  await playground.page.mouse.move(box.x + 6, box.y + box.height / 2)
  await expect(playground.hover).toContainText('spec.fsGroup.rule')
  await expect(playground.hover).toContainText('MustRunAs: the pod gets')
})
