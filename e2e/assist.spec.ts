/**
 * Schema help for learners, in the production build: values of a closed set after `key: `, keys
 * and values inside flow collections, and PodSecurityPolicy fields documented on hover.
 */
import { expect, test } from './fixtures'
import type { PlaygroundPage } from './pages/PlaygroundPage'

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

/** Narrows the open suggest widget to RuntimeDefault and accepts it. */
async function acceptRuntimeDefault(playground: PlaygroundPage) {
  await playground.page.keyboard.type('Runt')
  await playground.page.keyboard.press('Enter')
  await expect
    .poll(() => playground.editorText('pod'))
    .toContain('      seccompProfile:\n        type: RuntimeDefault')
}

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
  await acceptRuntimeDefault(playground)
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
  await playground.hoverWord('policy', 'fsGroup:', 'rule')
  await expect(playground.hover).toContainText('spec.fsGroup.rule')
  await expect(playground.hover).toContainText('MustRunAs: the pod gets')
})

test('after `type: ` under seccompProfile, the profile types are proposed without Ctrl+Space', async ({
  playground,
}) => {
  await playground.setEditorText('pod', POD)
  await playground.typeAtEndOfLine('pod', 9, '\ntype: ')
  const widget = playground.page.locator('.suggest-widget')
  await expect(widget).toBeVisible()
  await expect(widget.getByText('RuntimeDefault')).toBeVisible()
  await acceptRuntimeDefault(playground)
})

test('capability names are proposed without Ctrl+Space after `- `, `[` and `, `', async ({
  playground,
}) => {
  const widget = playground.page.locator('.suggest-widget')
  // `drop:` already written (typing it could leave key completion open for the Enter after it)
  await playground.setEditorText(
    'pod',
    POD.replace('      seccompProfile:\n', '      capabilities:\n        drop:\n'),
  )
  await playground.typeAtEndOfLine('pod', 10, '\n- ')
  await expect(widget.getByText('ALL', { exact: true })).toBeVisible()
  await playground.page.keyboard.press('Enter')
  await expect.poll(() => playground.editorText('pod')).toMatch(/ {8}drop:\n +- ALL\n/)
  await expect(widget).toBeHidden()
  // a flow sequence: `[` (Monaco closes it), then `, ` after the first name
  await playground.typeAtEndOfLine('pod', 9, ' {add: [')
  await expect(widget.getByText('ALL', { exact: true })).toBeVisible()
  await playground.page.keyboard.type('NET_BIND_SERV')
  await expect(widget.getByText('NET_BIND_SERVICE')).toBeVisible()
  await playground.page.keyboard.press('Enter')
  await playground.page.keyboard.type(', ')
  await expect(widget.getByText('ALL', { exact: true })).toBeVisible()
  await playground.page.keyboard.type('SYS_TI')
  await expect(widget.getByText('SYS_TIME')).toBeVisible()
  await playground.page.keyboard.press('Enter')
  await expect
    .poll(() => playground.editorText('pod'))
    .toContain('capabilities: {add: [NET_BIND_SERVICE, SYS_TIME]}')
})

test('typing a new container and its name opens no completion', async ({ playground }) => {
  await playground.setEditorText('pod', POD.replace(/ {4}securityContext:\n.*\n$/, ''))
  const widget = playground.page.locator('.suggest-widget')
  // the worker answers in order: once the hover of a key is shown, its answers to the keys typed
  // before have come too (and the widget would be open)
  const answered = async () => {
    await playground.hoverWord('pod', 'image: nginx', 'image')
    await expect(playground.hover).toContainText('spec.containers[].image')
    await playground.page.mouse.move(0, 0)
    await expect(playground.hover).toBeHidden()
  }
  // a second container: `- ` in the list of containers (structs), then `name: ` and the name
  await playground.typeAtEndOfLine('pod', 7, '\n')
  await playground.page.keyboard.press('Backspace')
  await playground.page.keyboard.type('- ')
  await answered()
  await expect(widget).toBeHidden()
  await playground.page.keyboard.type('name: ')
  await answered()
  await expect(widget).toBeHidden()
  await playground.page.keyboard.type('sidecar app')
  await answered()
  await expect(widget).toBeHidden()
  await expect.poll(() => playground.editorText('pod')).toContain('\n  - name: sidecar app\n')
})

test('hovering a value says what it does to the Pod Security level, next to its field', async ({
  playground,
}) => {
  await playground.setEditorText('pod', `${POD}        type: Unconfined\n`)
  await playground.hoverWord('pod', 'type: Unconfined', 'Unconfined')
  await expect(playground.hover).toContainText('Unconfined: No profile')
  await expect(playground.hover).toContainText('Pod Security: privileged at most; fails baseline')
  await expect(playground.hover).toContainText(
    'spec.containers[].securityContext.seccompProfile.type',
  )
})
