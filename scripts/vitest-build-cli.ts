/**
 * Vitest global setup: the command-line tests run the built command line (bin/podplay.mjs ->
 * dist-cli/podplay.mjs), so it is built from the sources under test first when any of them changed
 * since the last build (about two seconds; nothing when it is up to date).
 */
import { execFileSync } from 'node:child_process'

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' })
}
