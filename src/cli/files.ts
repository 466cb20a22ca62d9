/**
 * Several files per editor: they are joined into one text per editor, and every line in the report
 * is mapped back to its file and line.
 */
import { readFileSync } from 'node:fs'

export interface Source {
  name: string
  /** First line of this file in the joined text (1-based). */
  firstLine: number
  lineCount: number
}

export interface Joined {
  text: string
  sources: Source[]
}

export class InputError extends Error {}

export function readSource(file: string, stdin: () => string): string {
  if (file === '-') return stdin()
  try {
    return readFileSync(file, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new InputError(
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (e as Error).message}`,
    )
  }
}

export function join(files: string[], stdin: () => string): Joined {
  const sources: Source[] = []
  const parts: string[] = []
  let line = 1
  for (const file of files) {
    let text = readSource(file, stdin)
    // A byte order mark belongs to its file, not to the joined text (mid-text it would become
    // part of the first key).
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    if (parts.length > 0) {
      parts.push('---\n')
      line += 1
    }
    if (!text.endsWith('\n')) text += '\n'
    const lineCount = text.split('\n').length - 1
    sources.push({ name: file === '-' ? '<stdin>' : file, firstLine: line, lineCount })
    parts.push(text)
    line += lineCount
  }
  return { text: parts.join(''), sources }
}

/** The file and line that a line of the joined text came from. */
export function origin(joined: Joined, line: number): { file: string; line: number } {
  let found = joined.sources[0]
  for (const s of joined.sources) if (s.firstLine <= line) found = s
  if (!found) return { file: '<none>', line }
  return { file: found.name, line: line - found.firstLine + 1 }
}
