/**
 * The command line, built ahead into one plain ES module (dist-cli/podplay.mjs) with every
 * dependency inside, so the installed package needs nothing at run time and starts at once.
 */
import { defineConfig } from 'vite'

export default defineConfig({
  build: {
    ssr: 'src/cli/entry.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      checks: { bundlerTimings: false },
      output: { format: 'es', entryFileNames: 'podplay.mjs', codeSplitting: false },
    },
  },
  ssr: { noExternal: true, target: 'node' },
})
