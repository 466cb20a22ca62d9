/**
 * Vitest global setup: the command-line tests run the built command line (bin/podplay.mjs ->
 * dist-cli/podplay.mjs), so it is built from the sources under test first (about a second).
 */
import { execFileSync } from 'node:child_process'

export default function setup(): void {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  })
}
