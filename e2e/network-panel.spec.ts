/**
 * The network panel on its own: the engine worker is replaced by a stub that answers with a fixed
 * report (x/a accepts ingress only from namespace y), so the matrix, the graph and the fallback
 * explanation are checked independently of the NetworkPolicy engine.
 */
import { expect, test } from './fixtures'

const pods = ['x', 'y', 'z'].flatMap((n) => ['a', 'b', 'c'].map((p) => `${n}/${p}`))
const connections = pods.flatMap((from) =>
  pods
    .filter((to) => to !== from)
    .map((to) => {
      const isolated = to === 'x/a'
      const allowed = !isolated || from.startsWith('y/')
      return {
        from,
        to,
        port: 80,
        protocol: 'TCP',
        allowed,
        egress: { isolated: false, allowedBy: [] },
        ingress: isolated
          ? {
              isolated: true,
              isolatedBy: ['x/allow-from-y'],
              allowedBy: allowed ? [{ policy: 'x/allow-from-y', rule: 0 }] : [],
            }
          : { isolated: false, allowedBy: [] },
      }
    }),
)
const report = { version: 1, problems: [], workloads: [], network: { connections } }
const stubWorker = `const report = ${JSON.stringify(report)};
self.onmessage = (e) => self.postMessage(e.data.type === 'evaluate'
  ? { type: 'result', id: e.data.id, report, elapsedMs: 1 }
  : { type: 'explanation', id: e.data.id, explanation: null })`

test('matrix, graph and explanation of a chosen cell', async ({ playground, page }) => {
  await page.route(/engine\.worker[-.][^/]*$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: stubWorker }),
  )
  await playground.goto()
  const net = page.getByRole('region', { name: 'Network' })
  await expect(net).toContainText('67 of 72 connections allowed')
  await expect(net.getByRole('table', { name: 'Reachability on 80/TCP' })).toBeVisible()
  await expect(net.getByTestId('net.cell.y/b.x/a')).toHaveText('✓')
  await expect(net.getByTestId('net.cell.z/b.x/a')).toHaveText('✗')
  await expect(
    net.getByRole('img', { name: 'Allowed connections on 80/TCP: 67 of 72' }),
  ).toBeVisible()
  await net.getByTestId('net.cell.z/b.x/a').click()
  const why = net.getByRole('region', { name: 'Connection explanation' })
  await expect(why).toContainText('z/b → x/a 80/TCP')
  await expect(why).toContainText('Egress from z/b: not isolated for egress')
  await expect(why).toContainText(
    'isolated for ingress by x/allow-from-y; no ingress rule allows it',
  )
  await net.getByTestId('net.cell.y/c.x/a').click()
  await expect(why).toContainText('allowed by x/allow-from-y ingress rule 1')
  await net.getByTestId('net.cell.y/c.x/a').click()
  await expect(why).toHaveCount(0)
})

test('the matrix can show the denied cells only', async ({ playground, page }) => {
  await page.route(/engine\.worker[-.][^/]*$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: stubWorker }),
  )
  await playground.goto()
  const net = page.getByRole('region', { name: 'Network' })
  const matrix = net.getByRole('table', { name: 'Reachability on 80/TCP' })
  await expect(matrix.locator('button.cell')).toHaveCount(72)
  await net.getByRole('button', { name: 'Denied only' }).click()
  await expect(net.getByRole('button', { name: 'Denied only' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  // x/a admits only namespace y: the 5 others' connections to it are the denied ones
  await expect(matrix.locator('button.cell')).toHaveCount(5)
  await expect(net.getByTestId('net.cell.z/b.x/a')).toHaveText('✗')
  await expect(net.getByTestId('net.cell.y/b.x/a')).toHaveCount(0)
  await net.getByRole('button', { name: 'All', exact: true }).click()
  await expect(matrix.locator('button.cell')).toHaveCount(72)
})
