/**
 * A Monaco model and a store text kept the same both ways, outside React: a keystroke goes from the
 * model to the store without drawing any component (issue 13: the pod editor was drawn again on
 * every key only to hand Monaco back the text it already had). Used by the plain editors and by
 * both sides of compare mode.
 */
import type { monaco } from './monacoSetup'

export type TextModel = ReturnType<typeof monaco.editor.createModel>

/**
 * Keeps `model` and a store text the same both ways: an edit in the model goes to the store, a
 * text put in the store (a share link, an example) replaces the model's (one undo step). A text
 * that changed in the store before the binding (while Monaco loaded) is put in the model at once.
 * Returns the undo.
 */
export function bindText(
  model: TextModel,
  read: () => string | null,
  write: (text: string) => void,
  subscribe: (listener: () => void) => () => void,
): () => void {
  let known = model.getValue()
  let applying = false
  const follow = () => {
    const text = read()
    if (text === null || text === known) return
    known = text
    applying = true
    model.pushStackElement()
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null)
    model.pushStackElement()
    applying = false
  }
  const edits = model.onDidChangeContent(() => {
    if (applying) return
    known = model.getValue()
    write(known)
  })
  const unsubscribe = subscribe(follow)
  follow()
  return () => {
    edits.dispose()
    unsubscribe()
  }
}
