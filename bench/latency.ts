/**
 * The browser rows of `npm run bench` (issue 10), measured side by side in one Chromium on the
 * production build served by `vite preview`:
 * - keystroke to panel on the seed example: from a real keydown in the pod editor to the first
 *   change of the results panel (Monaco, the store, the worker, React);
 * - the same with 1,000 Deployments in the pod editor, and the longest main-thread task while
 *   typing there (PerformanceObserver `longtask`: tasks of 50 ms or more);
 * - first verdict after navigation: from the navigation's start to the verdict line naming the
 *   workloads (a fresh browser context each time, so nothing is cached).
 * Benchmarks, not timed tests: the numbers are printed, nothing fails on them.
 */
import { type Browser, chromium, type Page } from '@playwright/test'
import { preview } from 'vite'
import { chromiumLaunchOptions } from '../e2e/chromium'
import { manifest } from './generate'
import { median } from './stats'

interface PageEditor {
  getModel(): { uri: { path: string }; setValue(text: string): void } | null
  setPosition(p: { lineNumber: number; column: number }): void
  revealLineInCenter(line: number): void
  focus(): void
}
interface PageGlobals {
  __monaco: { editor: { getEditors(): PageEditor[] } }
  __lat: number[]
  __tasks: number[]
}

const SEED = `apiVersion: v1
kind: Pod
metadata: {name: pod-with-host-pid-and-ipc}
spec:
  hostPID: true
  hostIPC: true
  containers:
  - image: luska/kubia
    name: kubia
    securityContext:
      runAsUser: 405
    ports:
    - containerPort: 8080
      hostPort: 9000
      protocol: TCP
`

export interface Figure {
  median: number
  min: number
  max: number
  n: number
}

const figure = (xs: number[]): Figure => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
  n: xs.length,
})

/** BENCH_PORT lets a second checkout bench beside this one. */
const PORT = Number(process.env.BENCH_PORT) || 41739
const ORIGIN = `http://127.0.0.1:${PORT}/`
const VERDICT = 'section[aria-label="Results"] [aria-label="Verdict"]'

/** Puts `text` in the pod editor, the cursor at `line`:`column`, and waits for `ready` in the panel. */
async function load(page: Page, text: string, line: number, column: number, ready: string) {
  await page.locator('.monaco-editor').nth(1).waitFor()
  await page.evaluate(
    ({ text, line, column }) => {
      const m = (globalThis as unknown as PageGlobals).__monaco
      const editor = m.editor.getEditors().find((e) => e.getModel()?.uri.path.endsWith('pod.yaml'))!
      editor.getModel()!.setValue(text)
      editor.setPosition({ lineNumber: line, column })
      editor.revealLineInCenter(line)
      editor.focus()
    },
    { text, line, column },
  )
  await page.locator(VERDICT).getByText(ready).waitFor({ timeout: 60_000 })
}

/**
 * Types `samples` keys (`key`, then Backspace) and returns each keydown-to-panel time. Each key
 * must change what the panel shows, or the wait for it times out.
 */
async function typeAndMeasure(
  page: Page,
  samples: number,
  key = '7',
): Promise<{ lat: number[]; tasks: number[] }> {
  await page.waitForTimeout(500)
  await page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals
    w.__lat = []
    w.__tasks = []
    let t0 = 0
    document.addEventListener(
      'keydown',
      () => {
        t0 = performance.now()
      },
      true,
    )
    const panel = document.querySelector('section[aria-label="Results"]')!
    new MutationObserver(() => {
      if (t0) {
        w.__lat.push(performance.now() - t0)
        t0 = 0
      }
    }).observe(panel, { subtree: true, childList: true, characterData: true, attributes: true })
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push(e.duration)
    }).observe({ type: 'longtask' })
  })
  for (let i = 0; i < samples; i++) {
    await page.keyboard.press(i % 2 === 0 ? key : 'Backspace')
    await page.waitForFunction((n) => (globalThis as unknown as PageGlobals).__lat.length > n, i, {
      timeout: 10_000,
    })
    await page.waitForTimeout(60)
  }
  return page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals
    return { lat: w.__lat, tasks: w.__tasks }
  })
}

export async function seedKeystrokes(browser: Browser, samples: number): Promise<Figure> {
  const page = await browser.newPage()
  await page.goto(ORIGIN)
  await load(page, SEED, 11, 22, '1 workload')
  const { lat } = await typeAndMeasure(page, samples)
  await page.close()
  return figure(lat)
}

async function bigManifest(
  browser: Browser,
  samples: number,
): Promise<{ edit: Figure; longestTask: number }> {
  const page = await browser.newPage()
  await page.goto(ORIGIN)
  const text = manifest(1000)
  // the cursor in the middle of the manifest, before the 500th Deployment's runAsUser value: a `-`
  // makes it negative, which the API server rejects, so each key changes the verdict line (a digit
  // changed only the evaluation's time there, and two equal times left the panel unchanged)
  const lines = text.split('\n')
  let seen = 0
  const line = lines.findIndex((l) => l.includes('runAsUser:') && ++seen === 500) + 1
  const column = lines[line - 1]!.indexOf('runAsUser:') + 'runAsUser: '.length + 1
  await load(page, text, line, column, '1000 workloads')
  const { lat, tasks } = await typeAndMeasure(page, samples, '-')
  await page.close()
  return { edit: figure(lat), longestTask: tasks.length ? Math.max(...tasks) : 0 }
}

/** Navigation start to the verdict line naming the workloads, each time in a fresh context. */
async function firstVerdict(browser: Browser, runs: number): Promise<Figure> {
  const xs: number[] = []
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(ORIGIN, { waitUntil: 'commit' })
    const handle = await page.waitForFunction(
      (sel) => {
        const text = document.querySelector(sel)?.textContent ?? ''
        return /\d+ workloads?/.test(text) ? performance.now() : 0
      },
      VERDICT,
      { polling: 'raf', timeout: 30_000 },
    )
    xs.push((await handle.jsonValue()) as number)
    await context.close()
  }
  return figure(xs)
}

export interface BrowserFigures {
  seed: Figure
  big: Figure
  longestTask: number
  firstVerdict: Figure
}

/** Runs `bench` in one Chromium against one preview server of the production build. */
export async function inBrowser<T>(bench: (browser: Browser) => Promise<T>): Promise<T> {
  const server = await preview({
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    return await bench(browser)
  } finally {
    await browser.close()
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
  }
}

/** Every browser row, in one Chromium against one preview server. */
export function browserBenches(): Promise<BrowserFigures> {
  return inBrowser(async (browser) => {
    const verdict = await firstVerdict(browser, 7)
    const seed = await seedKeystrokes(browser, 40)
    const big = await bigManifest(browser, 20)
    return { seed, big: big.edit, longestTask: big.longestTask, firstVerdict: verdict }
  })
}
