/**
 * Keystroke-to-panel latency in Chromium, on the production build: from a real keydown in the pod
 * editor to the first change of the results panel (Monaco, the store, the worker, React).
 * Run by `npm run bench` after `vite build`.
 */
import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { chromiumLaunchOptions } from '../e2e/chromium'
import { median } from './stats'

interface PageEditor {
  getModel(): { uri: { path: string }; setValue(text: string): void } | null
  setPosition(p: { lineNumber: number; column: number }): void
  focus(): void
}
interface PageGlobals {
  __monaco: { editor: { getEditors(): PageEditor[] } }
  __lat: number[]
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

export async function keystrokeLatency(
  samples = 40,
): Promise<{ median: number; min: number; max: number; n: number }> {
  const server = await preview({
    preview: { port: 41739, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const page = await browser.newPage()
    await page.goto('http://127.0.0.1:41739/')
    await page.locator('.monaco-editor').nth(1).waitFor()
    await page.evaluate((text) => {
      const m = (globalThis as unknown as PageGlobals).__monaco
      const editor = m.editor.getEditors().find((e) => e.getModel()?.uri.path.endsWith('pod.yaml'))!
      editor.getModel()!.setValue(text)
      editor.setPosition({ lineNumber: 11, column: 22 })
      editor.focus()
    }, SEED)
    await page.locator('section[aria-label="Results"]').getByText('405').first().waitFor()
    await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals
      w.__lat = []
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
    })
    for (let i = 0; i < samples; i++) {
      await page.keyboard.press(i % 2 === 0 ? '7' : 'Backspace')
      await page.waitForFunction(
        (n) => (globalThis as unknown as PageGlobals).__lat.length > n,
        i,
        { timeout: 5000 },
      )
      await page.waitForTimeout(30)
    }
    const lat: number[] = await page.evaluate(() => (globalThis as unknown as PageGlobals).__lat)
    return { median: median(lat), min: Math.min(...lat), max: Math.max(...lat), n: lat.length }
  } finally {
    await browser.close()
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
  }
}
