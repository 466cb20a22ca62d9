#!/usr/bin/env node
// podplay's command line. Node 20 cannot run TypeScript, so tsx loads the sources as they are.
import { tsImport } from 'tsx/esm/api'

const { run } = await tsImport('../src/cli/main.ts', import.meta.url)
process.exitCode = run(process.argv.slice(2))
