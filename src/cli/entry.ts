/**
 * The built command line's entry (vite.cli.config.ts): run with the process's arguments; or, in a
 * worker thread started by the command line itself, tokenize YAML for it (parallel.ts).
 */
import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { runMain } from './main'
import { serveTokenizer, TOKENIZER } from './parallel'

if (!isMainThread && workerData === TOKENIZER && parentPort) serveTokenizer(parentPort)
else {
  // a second thread only where a second core is (and unless PODPLAY_THREADS=1 says otherwise)
  const spawn = () =>
    process.env.PODPLAY_THREADS === '1' || availableParallelism() < 2
      ? null
      : new Worker(new URL(import.meta.url), { workerData: TOKENIZER })
  process.exitCode = await runMain(process.argv.slice(2), spawn)
}
