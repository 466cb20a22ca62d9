/**
 * How Chromium is launched for the end-to-end tests and the latency benchmark: Debian's
 * /usr/bin/chromium when it is there (Playwright cannot download browsers here), else Playwright's
 * own; flags that keep it from reaching out to the network on its own.
 */
import { existsSync } from 'node:fs'

const SYSTEM_CHROMIUM = '/usr/bin/chromium'

export const chromiumLaunchOptions = {
  ...(existsSync(SYSTEM_CHROMIUM) && { executablePath: SYSTEM_CHROMIUM }),
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}
