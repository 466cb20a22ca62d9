/** Field paths in documents -> editor positions for the report. */
import { formatPath } from './path'
import type { EditorId, Path, Problem, Severity, SourceLocation } from './report'
import { type LineIndex, locate, type YamlDocument } from './yaml'

export class Locator {
  private readonly lines: Record<EditorId, LineIndex>
  constructor(lines: Record<EditorId, LineIndex>) {
    this.lines = lines
  }

  /** The location of a field that exists, or null (no nearest-ancestor fallback). */
  existing(editor: EditorId, doc: YamlDocument, path: Path): SourceLocation | null {
    return locate(doc, path).exact ? this.location(editor, doc, path) : null
  }

  /** 1-based line and column of an offset in an editor's text. */
  position(editor: EditorId, offset: number): { line: number; column: number } {
    return this.lines[editor].at(offset)
  }

  location(editor: EditorId, doc: YamlDocument, path: Path): SourceLocation {
    const found = locate(doc, path)
    const lines = this.lines[editor]
    const from = lines.at(found.start)
    const to = lines.at(Math.max(found.end, found.start + 1))
    return {
      editor,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      path: formatPath(path),
    }
  }

  problem(
    editor: EditorId,
    doc: YamlDocument,
    path: Path,
    severity: Severity,
    code: string,
    message: string,
  ): Problem {
    const at = this.location(editor, doc, path)
    return {
      editor,
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      severity,
      code,
      message,
    }
  }
}
