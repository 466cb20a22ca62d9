/** The loaded example's one-line lesson, shown in the results panel (not only as a tooltip). */
import { memo } from 'react'
import { isEdited } from '../../state/selectors'
import { useAppState } from '../AppContext'
import { findExample } from '../examples'
import './lessons.css'

/** Drawn only when the example or its edited state changes (not with each result). */
export const ExampleNote = memo(function ExampleNote() {
  const example = useAppState((s) => findExample(s.exampleId))
  const edited = useAppState((s) => s.exampleId !== null && isEdited(s))
  if (!example) return null
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
