/** The toolbar's switch for the lessons panel. */
import { useAppState } from '../AppContext'

export function LessonsButton() {
  const open = useAppState((s) => s.lessonsOpen)
  const setLessonsOpen = useAppState((s) => s.setLessonsOpen)
  return (
    <button type="button" aria-pressed={open} onClick={() => setLessonsOpen(!open)}>
      Lessons
    </button>
  )
}
