/**
 * The command line, built ahead into one plain ES module (dist-cli/podplay.mjs) with every
 * dependency inside, so the installed package needs nothing at run time and starts at once.
 * Next to it, dist-cli/inputs.json lists every file the module was built from (not packed):
 * scripts/build-cli.mjs rebuilds only when one of them is newer than the module.
 */
import { writeFileSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import { defineConfig, type Plugin } from 'vite'

const recordInputs: Plugin = {
  name: 'podplay-cli-inputs',
  apply: 'build',
  writeBundle(options) {
    const root = process.cwd()
    const files = [...this.getModuleIds()]
      .filter((id) => isAbsolute(id))
      .map((id) => relative(root, id.split('?')[0]!))
      .sort()
    writeFileSync(
      join(options.dir ?? 'dist-cli', 'inputs.json'),
      `${JSON.stringify(files, null, 1)}\n`,
    )
  },
}

export default defineConfig({
  plugins: [recordInputs],
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
