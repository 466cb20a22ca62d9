/**
 * The only module that touches localStorage: one namespaced JSON entry with both editors and the
 * settings. Quota errors and unreadable entries are ignored, never thrown.
 */
import { type Snapshot, sanitizeSnapshot } from './snapshot'

/** The part of the Web Storage API used here (a Map-backed fake in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export const STORAGE_KEY = 'podplay:v1:workspace'

export interface SnapshotStore {
  load(): Snapshot | null
  save(snapshot: Snapshot): void
  clear(): void
}

export function createSnapshotStore(backend: KeyValueStorage | null): SnapshotStore {
  return {
    load() {
      try {
        const raw = backend?.getItem(STORAGE_KEY)
        return raw ? sanitizeSnapshot(JSON.parse(raw)) : null
      } catch {
        return null
      }
    },
    save(snapshot) {
      try {
        backend?.setItem(STORAGE_KEY, JSON.stringify(snapshot))
      } catch {
        // quota exceeded or storage disabled: the editors still work, they just do not persist
      }
    },
    clear() {
      try {
        backend?.removeItem(STORAGE_KEY)
      } catch {
        // ignore
      }
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
