/** A Map-backed Web Storage for tests (storage.ts `KeyValueStorage`). */
import type { KeyValueStorage } from './storage'

export class MemoryStorage implements KeyValueStorage {
  map = new Map<string, string>()
  getItem(k: string) {
    return this.map.get(k) ?? null
  }
  setItem(k: string, v: string) {
    this.map.set(k, v)
  }
  removeItem(k: string) {
    this.map.delete(k)
  }
}
