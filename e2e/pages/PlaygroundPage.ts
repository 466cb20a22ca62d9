/** Page object for podplay: editors through Monaco's model API or real typing, panel locators. */
import { expect, type Locator, type Page } from '@playwright/test'

export type EditorId = 'pod' | 'policy'

/** The slice of Monaco's API the tests use (the app exposes it as `globalThis.__monaco`). */
interface Model {
  uri: { path: string }
  getValue(): string
  setValue(v: string): void
  getLineMaxColumn(line: number): number
}
interface CodeEditor {
  getModel(): Model | null
  setPosition(p: { lineNumber: number; column: number }): void
  focus(): void
  getSelection(): { startLineNumber: number; endLineNumber: number }
  trigger(source: string, handlerId: string, payload: unknown): void
}
interface MonacoApi {
  editor: {
    getModels(): Model[]
    getEditors(): CodeEditor[]
    getModelMarkers(f: { resource: unknown }): { startLineNumber: number; message: string }[]
  }
}
type WithMonaco = { __monaco: MonacoApi }
const MODEL: Record<EditorId, string> = { pod: 'pod.yaml', policy: 'policy.yaml' }

export class PlaygroundPage {
  readonly page: Page
  constructor(page: Page) {
    this.page = page
  }

  async goto(path = '/') {
    await this.page.goto(path)
    await expect(this.page.locator('.monaco-editor')).toHaveCount(2)
    await expect(this.verdict).not.toHaveText(/Evaluating/)
  }

  get verdict(): Locator {
    return this.page.getByRole('status', { name: 'Verdict' })
  }

  get results(): Locator {
    return this.page.getByRole('region', { name: 'Results' })
  }

  editorHost(editor: EditorId): Locator {
    return this.page.getByTestId(`editor.${editor}`)
  }

  /** A setting row of the panel by its dotted test id, e.g. `effective.hostPID`. */
  setting(id: string): Locator {
    return this.page.getByTestId(id).locator('.setting-value').first()
  }

  /** The editor's text, read from its Monaco model. */
  async editorText(editor: EditorId): Promise<string> {
    return this.page.evaluate((path) => {
      const m = (globalThis as unknown as WithMonaco).__monaco.editor
        .getModels()
        .find((x) => x.uri.path.endsWith(path))
      return m!.getValue()
    }, MODEL[editor])
  }

  /** Replaces an editor's text through Monaco's model API (like a paste). */
  async setEditorText(editor: EditorId, text: string) {
    await this.page.evaluate(
      ([path, value]) => {
        const m = (globalThis as unknown as WithMonaco).__monaco.editor
          .getModels()
          .find((x) => x.uri.path.endsWith(path))
        m!.setValue(value)
      },
      [MODEL[editor], text] as const,
    )
  }

  /** Real keyboard input: click into the editor, put the cursor at the end of `line`, type. */
  async typeAtEndOfLine(editor: EditorId, line: number, text: string) {
    await this.editorHost(editor).locator('.view-lines').click()
    await this.page.evaluate(
      ([path, ln]) => {
        const ed = (globalThis as unknown as WithMonaco).__monaco.editor
          .getEditors()
          .find((e) => e.getModel()?.uri.path.endsWith(path))
        const col = ed!.getModel()!.getLineMaxColumn(ln)
        ed!.setPosition({ lineNumber: ln, column: col })
        ed!.focus()
      },
      [MODEL[editor], line] as const,
    )
    await this.page.keyboard.type(text)
  }

  /** Real keyboard input replacing everything (select all, then type). */
  async writeInEditor(editor: EditorId, text: string) {
    await this.editorHost(editor).locator('.view-lines').click()
    await this.page.keyboard.press('ControlOrMeta+A')
    await this.page.keyboard.type(text)
  }

  /**
   * A user's select-all and paste: Ctrl+A on the keyboard, then the text through Monaco's own paste
   * command (typed text would be re-indented by the editor); an empty text is a Backspace.
   */
  async replaceInEditor(editor: EditorId, text: string) {
    await this.editorHost(editor).locator('.view-lines').click()
    await this.page.keyboard.press('ControlOrMeta+A')
    if (text === '') {
      await this.page.keyboard.press('Backspace')
      return
    }
    await this.page.evaluate(
      ([path, value]) => {
        const ed = (globalThis as unknown as WithMonaco).__monaco.editor
          .getEditors()
          .find((e) => e.getModel()?.uri.path.endsWith(path))
        ed!.trigger('keyboard', 'paste', { text: value })
      },
      [MODEL[editor], text] as const,
    )
  }

  /** Moves the mouse over the first rendered line of an editor that contains `text`. */
  async hoverLine(editor: EditorId, text: string) {
    const line = this.editorHost(editor).locator('.view-line', { hasText: text }).first()
    const box = (await line.boundingBox())!
    // the first word: not the dots Monaco draws for leading whitespace (.mtkw)
    const span = line.locator('span span:not(.mtkw)').filter({ hasText: /\S/ }).first()
    const word = (await span.boundingBox()) ?? box
    await this.page.mouse.move(word.x + 2, word.y + word.height / 2)
    await this.page.mouse.move(word.x + 6, word.y + word.height / 2)
  }

  /** Moves the mouse over a word (a whole span Monaco rendered) on the first line holding `text`. */
  async hoverWord(editor: EditorId, text: string, word: string) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const span = this.editorHost(editor)
      .locator('.view-line', { hasText: text })
      .first()
      .locator('span span', { hasText: new RegExp(`^${escaped}$`) })
      .first()
    const box = (await span.boundingBox())!
    await this.page.mouse.move(box.x + 2, box.y + box.height / 2)
    await this.page.mouse.move(box.x + 6, box.y + box.height / 2)
  }

  /** The visible editor hover. */
  get hover(): Locator {
    return this.page.locator('.monaco-hover:not(.hidden)')
  }

  /** The editor's selection, 1-based lines. */
  async selection(editor: EditorId) {
    return this.page.evaluate((path) => {
      const ed = (globalThis as unknown as WithMonaco).__monaco.editor
        .getEditors()
        .find((e) => e.getModel()?.uri.path.endsWith(path))
      const s = ed!.getSelection()
      return { startLine: s.startLineNumber, endLine: s.endLineNumber }
    }, MODEL[editor])
  }

  async markers(editor: EditorId) {
    return this.page.evaluate((path) => {
      const monaco = (globalThis as unknown as WithMonaco).__monaco
      const m = monaco.editor.getModels().find((x) => x.uri.path.endsWith(path))
      return monaco.editor
        .getModelMarkers({ resource: m!.uri })
        .map((x) => ({ line: x.startLineNumber, message: x.message }))
    }, MODEL[editor])
  }

  async pickExample(title: string | RegExp) {
    // the menu by its role: a label match would also find any button whose name says "example"
    const select = this.page.getByRole('combobox', { name: /^Example/ })
    const value = await select.locator('option', { hasText: title }).getAttribute('value')
    await select.selectOption(value!)
  }

  container(name: string): Locator {
    return this.page.getByRole('article', { name: `Container ${name}` })
  }
}
