/** The third-party manifests kept as test input (../shared/realworld, see its README), for tests. */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const REALWORLD_ROOT = resolve(__dirname, '../../../../shared/realworld')

export const realworldPresent = (): boolean => existsSync(REALWORLD_ROOT)

/** Every .yaml/.yml file under `dir`, sorted. */
export function yamlFiles(dir: string = REALWORLD_ROOT): string[] {
  return readdirSync(dir)
    .flatMap((f) => {
      const p = join(dir, f)
      if (statSync(p).isDirectory()) return yamlFiles(p)
      return /\.ya?ml$/.test(f) ? [p] : []
    })
    .sort()
}
