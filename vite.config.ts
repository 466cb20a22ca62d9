/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

/**
 * The Content-Security-Policy lives in index.html (so the built site carries it wherever it is
 * served). The dev server needs an inline React-refresh preamble and a WebSocket, which that policy
 * forbids, so it is taken out of the page in dev only; `vite build` and `vite preview` keep it.
 */
const cspOnlyInBuild: Plugin = {
  name: 'podplay-csp-only-in-build',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
}

export default defineConfig({
  // relative asset and worker URLs: the built site works from any sub-path (e.g. /tools/podplay/)
  base: './',
  plugins: [react(), cspOnlyInBuild],
  worker: { format: 'es' },
  build: {
    chunkSizeWarningLimit: 8000,
    // Monaco is not split by a manual group: one held Vite's preload helper, so the entry imported
    // the whole Monaco chunk before the first verdict (issue 10). It lands in the lazy editor chunk.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: { host: '127.0.0.1', port: 51731, strictPort: true },
  preview: { host: '127.0.0.1', port: 41731, strictPort: true },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    globalSetup: ['scripts/vitest-build-cli.ts'],
    testTimeout: 30_000,
  },
})
