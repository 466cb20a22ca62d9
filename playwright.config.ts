import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/chromium'

const CI = !!process.env.CI
/** The preview server's port; E2E_PORT lets two checkouts run their end-to-end tests at once. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 41731)
const ORIGIN = `http://127.0.0.1:${E2E_PORT}`

/** End-to-end tests against the production build (`vite build` first), in Chromium (e2e/chromium.ts). */
export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  timeout: 60_000,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: ORIGIN,
    headless: true,
    trace: 'on-first-retry',
    viewport: { width: 1600, height: 1000 },
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: process.env.E2E_DEV
      ? `npx vite --host 127.0.0.1 --port ${E2E_PORT} --strictPort`
      : `npx vite preview --host 127.0.0.1 --port ${E2E_PORT} --strictPort`,
    url: ORIGIN,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
