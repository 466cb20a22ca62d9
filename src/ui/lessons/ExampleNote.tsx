/** The loaded example's one-line lesson, shown in the results panel (not only as a tooltip). */
import { memo } from 'react'
import { isEdited, loadedReplaced } from '../../state/selectors'
import { useAppState } from '../AppContext'
import { findExample } from '../examples'
import './lessons.css'

/**
 * Drawn only when the example or its edited state changes (not with each result); gone once the
 * example's text is replaced (loadedReplaced).
 */
export const ExampleNote = memo(function ExampleNote() {
  const example = useAppState((s) => findExample(s.exampleId))
  const edited = useAppState((s) => s.exampleId !== null && isEdited(s))
  // a manifest pasted over the example: its lesson would describe what is no longer there
  const replaced = useAppState((s) => s.exampleId !== null && loadedReplaced(s))
  if (!example || replaced) return null
  return (
    <p className="example-note" data-testid="example-note">
      <strong>
        Example: {example.title}
        {edited ? ' (edited)' : ''}.
      </strong>{' '}
      {example.lesson}
    </p>
  )
})
