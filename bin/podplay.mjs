#!/usr/bin/env node
// podplay's command line: the built, self-contained module (npm run build:cli makes it; npm ci,
// npm pack and npm run podplay build it too). Plain JavaScript, nothing loaded at run time.
import { existsSync } from 'node:fs'

const built = new URL('../dist-cli/podplay.mjs', import.meta.url)
if (!existsSync(built)) {
  process.stderr.write('podplay: the command line is not built yet; run `npm run build:cli`\n')
  process.exit(2)
}
await import(built.href)
