/**
 * Quick fixes through the editor's code actions and the panel, "Make it meet <level>" as one
 * undoable edit, and schema help (completion, hover documentation), in the production build.
 */
import { expect, test } from './fixtures'
import type { PlaygroundPage } from './pages/PlaygroundPage'

const NAMESPACE = `apiVersion: v1
kind: Namespace
metadata:
  name: team-a
  labels:
    pod-security.kubernetes.io/enforce: restricted
`

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: team-a}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27 # pinned on purpose
        securityContext:
          allowPrivilegeEscalation: false
`

interface MarkerInfo {
  code: string
  line: number
  column: number
}

/** The pod editor's markers with their check (code) and place. */
async function podMarkers(playground: PlaygroundPage): Promise<MarkerInfo[]> {
  return playground.page.evaluate(() => {
    type M = { code?: string; startLineNumber: number; startColumn: number }
    const monaco = (
      globalThis as unknown as {
        __monaco: {
          editor: {
            getModels(): { uri: { path: string } }[]
            getModelMarkers(f: { resource: unknown }): M[]
          }
        }
      }
    ).__monaco
    const m = monaco.editor.getModels().find((x) => x.uri.path.endsWith('pod.yaml'))!
    return monaco.editor
      .getModelMarkers({ resource: (m as unknown as { uri: unknown }).uri })
      .map((x) => ({ code: String(x.code ?? ''), line: x.startLineNumber, column: x.startColumn }))
  })
}

/** Puts the pod editor's cursor at a place and focuses it. */
async function cursorAt(playground: PlaygroundPage, line: number, column: number) {
  await playground.editorHost('pod').locator('.view-lines').click()
  await playground.page.evaluate(
    ([ln, col]) => {
      const ed = (
        globalThis as unknown as {
          __monaco: {
            editor: {
              getEditors(): {
                getModel(): { uri: { path: string } } | null
                setPosition(p: { lineNumber: number; column: number }): void
                focus(): void
              }[]
            }
          }
        }
      ).__monaco.editor
        .getEditors()
        .find((e) => e.getModel()?.uri.path.endsWith('pod.yaml'))!
      ed.setPosition({ lineNumber: ln!, column: col! })
      ed.focus()
    },
    [line, column],
  )
}

async function load(playground: PlaygroundPage) {
  await playground.goto()
  await playground.setEditorText('policy', NAMESPACE)
  await playground.setEditorText('pod', DEPLOYMENT)
  const card = playground.page.getByRole('article', { name: 'Deployment team-a/web' })
  await expect(card.getByText('PSS restricted: denied')).toBeVisible()
  return card
}

test('a violation is fixed through the code action, keeping the comment', async ({
  playground,
}) => {
  const card = await load(playground)
  const violation = card.getByTestId('pss.violation.capabilities_restricted')
  await expect(violation).toBeVisible()
  await expect
    .poll(async () =>
      (await podMarkers(playground)).some((m) => m.code === 'capabilities_restricted'),
    )
    .toBe(true)
  const marker = (await podMarkers(playground)).find((m) => m.code === 'capabilities_restricted')!
  await cursorAt(playground, marker.line, marker.column)
  await playground.page.keyboard.press('Control+.')
  const fix = playground.page.locator('.action-widget').getByText(/^Fix: add \[?ALL\]? to /)
  await expect(fix).toBeVisible()
  await fix.click()
  await expect(violation).toHaveCount(0)
  const text = await playground.editorText('pod')
  expect(text).toContain('image: nginx:1.27 # pinned on purpose')
  expect(text).toMatch(/drop:/)
})

test('a panel button fixes one violation; what cannot be fixed says what to decide', async ({
  playground,
}) => {
  const card = await load(playground)
  const violation = card.getByTestId('pss.violation.runAsNonRoot')
  await violation.getByRole('button', { name: /^Fix: set .*runAsNonRoot to true/ }).click()
  await expect(violation).toHaveCount(0)
  expect(await playground.editorText('pod')).toContain('runAsNonRoot: true')

  await playground.setEditorText(
    'pod',
    `${DEPLOYMENT}      volumes:\n      - name: logs\n        hostPath: {path: /var/log}\n`,
  )
  const volumes = card.getByTestId('pss.violation.restrictedVolumes')
  await expect(volumes.getByText('No safe fix.')).toBeVisible()
  await expect(volumes.getByRole('button', { name: /^Fix:/ })).toHaveCount(0)
})

test('"Make it meet restricted" admits the workload as one edit that Ctrl+Z undoes', async ({
  playground,
}) => {
  const card = await load(playground)
  await card.getByRole('button', { name: 'Make it meet restricted' }).click()
  await expect(card.getByText('PSS restricted: allowed')).toBeVisible()
  await expect(playground.verdict).toContainText('all admitted')
  await expect(playground.page.getByTestId('fix.outcome')).toContainText('every workload meets it')
  const fixed = await playground.editorText('pod')
  expect(fixed).toContain('# pinned on purpose')
  expect(fixed).not.toBe(DEPLOYMENT)

  await cursorAt(playground, 1, 1)
  await playground.page.keyboard.press('Control+z')
  await expect.poll(() => playground.editorText('pod')).toBe(DEPLOYMENT)
  await expect(card.getByText('PSS restricted: denied')).toBeVisible()
})

test('least privilege: the generated policy is ready to copy, with the reachable level', async ({
  playground,
}) => {
  const card = await load(playground)
  const section = card.getByTestId('leastPrivilege')
  await section.locator('summary').click()
  await expect(section.getByTestId('leastPrivilege.reachable')).toContainText(
    /restricted with \d+ safe fix/,
  )
  await expect(section.getByTestId('leastPrivilege.policy')).toContainText(
    'kind: PodSecurityPolicy',
  )
  await expect(section.getByRole('button', { name: 'Copy policy' })).toBeVisible()
})

test('completion offers the keys of a securityContext, documented', async ({ playground }) => {
  await load(playground)
  const lines = DEPLOYMENT.split('\n')
  const at = lines.findIndex((l) => l.includes('allowPrivilegeEscalation')) + 1
  await playground.typeAtEndOfLine('pod', at, '\n')
  await playground.page.keyboard.press('Control+Space')
  const widget = playground.page.locator('.suggest-widget')
  await expect(widget).toBeVisible()
  await playground.page.keyboard.type('runAsNon')
  await expect(widget.getByText('runAsNonRoot')).toBeVisible()
  await playground.page.keyboard.press('Enter')
  await expect.poll(() => playground.editorText('pod')).toContain('          runAsNonRoot: ')
})

test('hover documents a field podplay has no explanation of', async ({ playground }) => {
  await load(playground)
  await playground.hoverLine('pod', 'image: nginx')
  await expect(playground.hover).toContainText('spec.template.spec.containers[].image')
  await expect(playground.hover).toContainText('Container image name')
})
