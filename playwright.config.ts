import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/chromium'

const CI = !!process.env.CI

/** End-to-end tests against the production build (`vite build` first), in Chromium (e2e/chromium.ts). */
export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  timeout: 60_000,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:41731',
    headless: true,
    trace: 'on-first-retry',
    viewport: { width: 1600, height: 1000 },
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: process.env.E2E_DEV
      ? 'npx vite --host 127.0.0.1 --port 41731 --strictPort'
      : 'npx vite preview --host 127.0.0.1 --port 41731 --strictPort',
    url: 'http://127.0.0.1:41731',
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
