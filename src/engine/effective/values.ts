/** Tolerant readers over untrusted values: the wrong type reads as unset. */
import { isObj, type Obj } from '../obj'

export const obj = (v: unknown): Obj => (isObj(v) ? v : {})
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
export const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null)
export const int = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) ? v : null
