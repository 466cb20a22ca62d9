/**
 * What happens when the engine misbehaves, with the engine worker replaced by a stub: a runaway
 * evaluation is stopped and reported and the next edit works again; a report the panel cannot
 * draw shows the error instead of a blank page, and the editors keep their text.
 */
import { expect, test } from './fixtures'

const EMPTY = { version: 1, problems: [], workloads: [], network: null }

/** A report of one Pod with the given `effective` part (malformed on purpose). */
const onePod = (effective: unknown) => ({
  ...EMPTY,
  workloads: [{ kind: 'Pod', name: 'p', namespace: 'default', editor: 'pod', line: 1, effective }],
})

/** Hangs forever on input containing HANG, answers BREAK with `broken`, anything else with EMPTY. */
const stub = (broken: unknown = EMPTY) => `const broken = ${JSON.stringify(broken)};
const empty = ${JSON.stringify(EMPTY)};
self.onmessage = (e) => {
  if (e.data.input.pod.includes('HANG')) { for (;;) {} }
  const report = e.data.input.pod.includes('BREAK') ? broken : empty;
  self.postMessage({ type: 'result', id: e.data.id, report, elapsedMs: 1 })
}`

test('a runaway evaluation is stopped, reported, and the next edit works', async ({
  playground,
  page,
}) => {
  await page.route(/engine\.worker[-.][^/]*$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: stub() }),
  )
  await playground.goto()
  await expect(playground.verdict).toContainText('0 workloads')
  await playground.setEditorText('pod', 'HANG: true\n')
  await expect(
    page.getByRole('alert').filter({ hasText: 'evaluation stopped: took too long' }),
  ).toBeVisible({ timeout: 15_000 })
  await playground.setEditorText('pod', 'fine: true\n')
  await expect(page.getByRole('alert').filter({ hasText: 'took too long' })).toHaveCount(0)
  await expect(playground.verdict).toContainText('0 workloads')
})

test('a report the panel cannot draw shows the error, not a blank page', async ({
  playground,
  page,
  guard,
}) => {
  // the view accepts it (notes are only drawn), the card cannot draw it
  const broken = onePod({ hostPorts: [], containers: [], volumes: [], notes: 'not a list' })
  await page.route(/engine\.worker[-.][^/]*$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: stub(broken) }),
  )
  await playground.goto()
  await playground.setEditorText('pod', 'BREAK: true\n')
  const crash = page.getByRole('alert').filter({ hasText: 'Try again' })
  await expect(
    page.getByRole('heading', { name: 'Something went wrong while drawing the page' }),
  ).toBeVisible()
  await expect(crash).toContainText('map')
  await expect(crash.getByRole('textbox', { name: 'Pod editor' })).toHaveValue('BREAK: true\n')
  // the editors still work, and the next report brings the panel back
  await playground.setEditorText('pod', 'fine: true\n')
  await expect(crash).toHaveCount(0)
  await expect(playground.verdict).toContainText('0 workloads')
  // React reports the caught error on the console by design; nothing else may appear
  expect(guard.consoleProblems.every((m) => m.startsWith('error:'))).toBe(true)
  guard.consoleProblems.length = 0
})

test('a report the main thread cannot even summarize is an error message, and the editors keep working', async ({
  playground,
  page,
}) => {
  // the summary rows are built from a report on the main thread when a worker sends a whole one
  const unreadable = onePod({ hostPorts: 'not a list' })
  await page.route(/engine\.worker[-.][^/]*$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: stub(unreadable) }),
  )
  await playground.goto()
  await expect(playground.verdict).toContainText('0 workloads')
  await playground.setEditorText('pod', 'BREAK: true\n')
  const failure = page.locator('.failure[role=alert]')
  await expect(failure).toContainText(
    'The results below are from the last evaluation that finished',
  )
  await expect(playground.verdict).toContainText('0 workloads')
  await playground.setEditorText('pod', 'fine: true\n')
  await expect(failure).toHaveCount(0)
  await expect.poll(() => playground.editorText('pod')).toBe('fine: true\n')
})
