/**
 * The only module that touches Web Storage. Each tab keeps its own workspace in sessionStorage (so
 * a reload brings back this tab's text, never another tab's), and every save also goes to
 * localStorage as the last edit of any tab, where a new tab starts. Unreadable entries are ignored;
 * a save that fails (storage full or blocked) is reported to the caller, never thrown.
 */
import { type Prefs, sanitizePrefs } from './prefs'
import { type Snapshot, sanitizeSnapshot } from './snapshot'

/** The part of the Web Storage API used here (a Map-backed fake in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/** localStorage: the last edit of any tab, the start of a new tab. */
export const STORAGE_KEY = 'podplay:v1:workspace'
/** sessionStorage: this tab's own workspace. */
export const TAB_STORAGE_KEY = 'podplay:v1:tab-workspace'

export interface SnapshotStore {
  /** This tab's workspace, else the last edit of any tab, else null. */
  load(): Snapshot | null
  /** False when the snapshot could not be written (storage full or blocked). */
  save(snapshot: Snapshot): boolean
  clear(): void
}

function read(backend: KeyValueStorage | null, key: string): Snapshot | null {
  try {
    const raw = backend?.getItem(key)
    return raw ? sanitizeSnapshot(JSON.parse(raw)) : null
  } catch {
    return null
  }
}

function write(backend: KeyValueStorage | null, key: string, value: string): boolean {
  if (!backend) return true
  try {
    backend.setItem(key, value)
    return true
  } catch {
    return false
  }
}

/** `shared`: localStorage; `tab`: sessionStorage (null where there is none, e.g. in tests). */
export function createSnapshotStore(
  shared: KeyValueStorage | null,
  tab: KeyValueStorage | null = null,
): SnapshotStore {
  return {
    load() {
      return read(tab, TAB_STORAGE_KEY) ?? read(shared, STORAGE_KEY)
    },
    save(snapshot) {
      const json = JSON.stringify(snapshot)
      const ownSaved = write(tab, TAB_STORAGE_KEY, json)
      return write(shared, STORAGE_KEY, json) && ownSaved
    },
    clear() {
      for (const [b, k] of [
        [shared, STORAGE_KEY],
        [tab, TAB_STORAGE_KEY],
      ] as const)
        try {
          b?.removeItem(k)
        } catch {
          // ignore
        }
    },
  }
}

/** localStorage: the person's preferences (theme, pane sizes), shared by every tab. */
export const PREFS_STORAGE_KEY = 'podplay:v1:prefs'

export interface PrefsStore {
  /** The saved preferences, or null when none were saved or they are unreadable. */
  load(): Prefs | null
  save(prefs: Prefs): void
}

/** Preferences in `shared` (localStorage); a failed save is ignored (they are only a comfort). */
export function createPrefsStore(shared: KeyValueStorage | null): PrefsStore {
  return {
    load() {
      try {
        const raw = shared?.getItem(PREFS_STORAGE_KEY)
        return raw ? sanitizePrefs(JSON.parse(raw)) : null
      } catch {
        return null
      }
    },
    save(prefs) {
      write(shared, PREFS_STORAGE_KEY, JSON.stringify(prefs))
    },
  }
}

/** The browser's localStorage, or null where it is blocked. */
export function browserStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

/** The browser's sessionStorage (one per tab), or null where it is blocked. */
export function tabStorage(): KeyValueStorage | null {
  try {
    return globalThis.sessionStorage ?? null
  } catch {
    return null
  }
}

/** localStorage: lesson progress (issue 12), shared by every tab. */
export const LESSONS_KEY = 'podplay:v1:lessons'

/**
 * What is kept of the lessons: the panel, the step shown, steps done, solutions shown, and how many
 * hints of each step were revealed (a null-prototype record by step id).
 */
export interface LessonProgress {
  open: boolean
  step: string | null
  done: string[]
  solutionsShown: string[]
  hints: Record<string, number>
}

export interface LessonProgressStore {
  load(): LessonProgress | null
  /** False when the progress could not be written (storage full or blocked). */
  save(progress: LessonProgress): boolean
}

const STEP_ID = /^[a-z0-9-]{1,40}\/[a-z0-9-]{1,40}$/
const MAX_STEPS = 200
const isStepId = (v: unknown): v is string => typeof v === 'string' && STEP_ID.test(v)
const stepList = (v: unknown): string[] =>
  Array.isArray(v) ? [...new Set(v.slice(0, MAX_STEPS).filter(isStepId))] : []
/** More hints than any step has: a count above it is not podplay's. */
const MAX_HINTS = 20

/** Hint counts by step id: ids only, whole counts from 1 to MAX_HINTS, at most MAX_STEPS steps. */
function hintCounts(v: unknown): Record<string, number> {
  const out: Record<string, number> = Object.create(null)
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return out
  for (const [step, n] of Object.entries(v).slice(0, MAX_STEPS))
    if (isStepId(step) && Number.isInteger(n) && n >= 1 && n <= MAX_HINTS) out[step] = n
  return out
}

/** Progress from storage: this origin wrote it, but it is read as untrusted data all the same. */
export function sanitizeLessonProgress(raw: unknown): LessonProgress | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null
  const r = raw as Record<string, unknown>
  return {
    open: r.open === true,
    step: isStepId(r.step) ? r.step : null,
    done: stepList(r.done),
    solutionsShown: stepList(r.solutionsShown),
    hints: hintCounts(r.hints),
  }
}

export function createLessonProgressStore(backend: KeyValueStorage | null): LessonProgressStore {
  return {
    load() {
      try {
        const raw = backend?.getItem(LESSONS_KEY)
        return raw ? sanitizeLessonProgress(JSON.parse(raw)) : null
      } catch {
        return null
      }
    },
    save(progress) {
      return write(backend, LESSONS_KEY, JSON.stringify(progress))
    },
  }
}
