/**
 * Keystroke-to-panel latency, measured in the page (`LATENCY=1 npx playwright test latency`):
 * performance.now() in a capture-phase keydown listener, then the first mutation of the results
 * panel. Prints the median; asserts only that every keystroke reached the panel (no time limit).
 */
import { expect, test } from './fixtures'
import { SEED } from './data'

const SAMPLES = 30

if (process.env.LATENCY)
  test('keystroke to panel latency', async ({ playground, page }) => {
    await playground.goto()
    const text = SEED.replace('name: kubia', 'name: kubia\n    securityContext: {runAsUser: 1}')
    await playground.setEditorText('pod', text)
    await expect(playground.setting('container.kubia.runAsUser')).toHaveText(/^1 /)
    await page.evaluate(() => {
      const w = window as unknown as { __lat: number[]; __t0: number | null }
      w.__lat = []
      w.__t0 = null
      document.addEventListener('keydown', () => (w.__t0 = performance.now()), true)
      new MutationObserver(() => {
        if (w.__t0 !== null) {
          w.__lat.push(performance.now() - w.__t0)
          w.__t0 = null
        }
      }).observe(document.querySelector('.results-scroll')!, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      })
    })
    const line = text.split('\n').findIndex((l) => l.includes('runAsUser')) + 1
    await playground.typeAtEndOfLine('pod', line, '')
    await page.keyboard.press('ArrowLeft')
    for (let i = 0; i < SAMPLES; i++) {
      await page.keyboard.type(String((i % 9) + 1))
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __lat: number[] }).__lat.length))
        .toBe(i + 1)
    }
    const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)
    const sorted = [...lat].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)]!
    console.log(
      `keystroke to panel: median ${median.toFixed(1)} ms, min ${sorted[0]!.toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)} (n=${lat.length})`,
    )
    expect(lat).toHaveLength(SAMPLES)
  })
