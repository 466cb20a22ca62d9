/**
 * The playground fixture plus an automatic guard on every test: no console errors or warnings, no
 * uncaught page errors, and no request to any host other than 127.0.0.1.
 */
import { test as base, expect } from '@playwright/test'
import { PlaygroundPage } from './pages/PlaygroundPage'

interface Guard {
  consoleProblems: string[]
  pageErrors: string[]
  foreignRequests: string[]
  requests: string[]
}

export const test = base.extend<{ playground: PlaygroundPage; guard: Guard }>({
  guard: [
    async ({ page, context }, use) => {
      const g: Guard = { consoleProblems: [], pageErrors: [], foreignRequests: [], requests: [] }
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning')
          g.consoleProblems.push(`${m.type()}: ${m.text()}`)
      })
      page.on('pageerror', (e) => g.pageErrors.push(e.message))
      context.on('request', (r) => {
        const url = r.url()
        g.requests.push(url)
        if (url.startsWith('data:') || url.startsWith('blob:')) return
        const host = new URL(url).hostname
        if (host !== '127.0.0.1') g.foreignRequests.push(url)
      })
      await use(g)
      expect(g.foreignRequests, 'requests to other hosts').toEqual([])
      expect(g.pageErrors, 'uncaught page errors').toEqual([])
      expect(g.consoleProblems, 'console errors and warnings').toEqual([])
    },
    { auto: true },
  ],
  playground: async ({ page }, use) => {
    await use(new PlaygroundPage(page))
  },
})

export { expect }
