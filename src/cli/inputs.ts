/**
 * FILE arguments as files: a file stands for itself, `-` for standard input, a folder for its
 * `*.yaml`, `*.yml` and `*.json` files, recursively (as `kubectl apply -R -f DIR` reads one: the
 * same extensions, in lexical order per folder), and a glob (`k8s/**\/*.yaml`, `app-?.yml`,
 * `{base,prod}/*.json`, `[ab].yaml`) for the files it matches, sorted. Node 20 has no `fs.glob`
 * (it came in Node 22), so the matcher is here: `*` and `?` within a path segment, `**` across
 * segments, `[...]` classes, `{a,b}` alternatives. Symbolic links to folders are not followed.
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from './files'

export const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'] as const

const isManifest = (name: string) => MANIFEST_EXTENSIONS.some((e) => name.endsWith(e))

const GLOB_CHARS = /[*?[{]/

/** A glob as a regular expression over `/`-separated paths. */
export function globRegExp(glob: string): RegExp {
  let re = ''
  let depth = 0
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/'
        re += slash ? '(?:[^/]*/)*' : '.*'
        i += slash ? 2 : 1
      } else re += '[^/]*'
    } else if (c === '?') re += '[^/]'
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2)
      if (end === -1) re += '\\['
      else {
        const body = glob.slice(i + 1, end)
        const negated = body.startsWith('!') || body.startsWith('^')
        const chars = (negated ? body.slice(1) : body).replace(/[\\\]^]/g, '\\$&')
        re += `[${negated ? '^' : ''}${chars}]`
        i = end
      }
    } else if (c === '{') {
      depth++
      re += '(?:'
    } else if (c === '}' && depth > 0) {
      depth--
      re += ')'
    } else if (c === ',' && depth > 0) re += '|'
    else re += c.replace(/[.+^$()|\\]/g, '\\$&')
  }
  return new RegExp(`^${re}${')'.repeat(depth)}$`)
}

/** The folder a glob's matches lie under: its segments before the first one with a glob char. */
export function globBase(glob: string): string {
  const parts = glob.split('/')
  const fixed: string[] = []
  for (const p of parts.slice(0, -1)) {
    if (GLOB_CHARS.test(p)) break
    fixed.push(p)
  }
  if (fixed.length === 0) return glob.startsWith('/') ? '/' : '.'
  return fixed.join('/') || '/'
}

/** Every file under a folder, as `folder/...` paths, lexical order per folder. */
function walk(dir: string, out: string[]): void {
  let entries: import('node:fs').Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch (e) {
    throw new InputError(`cannot read ${dir}: ${(e as Error).message}`)
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    const path = dir === '.' ? e.name : join(dir, e.name)
    if (e.isDirectory()) walk(path, out)
    else if (e.isFile() || (e.isSymbolicLink() && isFile(path))) out.push(path)
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * The files the FILE arguments stand for, in order, each once. A folder or glob with no manifest
 * is an input error, unless `allowEmpty` (a side of `podplay diff` may hold nothing yet).
 */
export function expandInputs(args: readonly string[], allowEmpty = false): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  const add = (f: string) => {
    if (f !== '-' && seen.has(f)) return
    seen.add(f)
    out.push(f)
  }
  for (const arg of args) {
    if (arg === '-') add(arg)
    else if (isDirectory(arg)) {
      const files: string[] = []
      walk(arg.replace(/(.)\/+$/, '$1'), files)
      const manifests = files.filter(isManifest)
      if (manifests.length === 0 && !allowEmpty)
        throw new InputError(`nothing to check: no .yaml, .yml or .json file in the folder ${arg}`)
      manifests.forEach(add)
    } else if (GLOB_CHARS.test(arg) && !isFile(arg)) {
      const base = globBase(arg)
      const re = globRegExp(arg.startsWith('./') ? arg.slice(2) : arg)
      const files: string[] = []
      if (isDirectory(base)) walk(base, files)
      const matches = files.filter((f) => re.test(f))
      if (matches.length === 0 && !allowEmpty) throw new InputError(`no file matches ${arg}`)
      matches.forEach(add)
    } else add(arg)
  }
  return out
}
