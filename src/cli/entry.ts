/** The built command line's entry (vite.cli.config.ts): run with the process's arguments. */
import { run } from './main'

process.exitCode = run(process.argv.slice(2))
