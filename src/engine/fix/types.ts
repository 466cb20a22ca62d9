/**
 * The contract of a quick fix for one Pod Security Standards check (one file per check in checks/,
 * named as the upstream PSA check, registered in checks/index.ts): a safe fix as field operations
 * on the pod, and/or what a person must decide when no safe fix removes the violation.
 */
import { isObj } from '../obj'
import type { Path } from '../report'
import type { PssViolation } from '../pss/evaluate'
import type { FixValue } from './text'

export type FixOp =
  | { kind: 'set'; path: Path; value: FixValue }
  | { kind: 'append'; path: Path; value: FixValue }
  | { kind: 'remove'; path: Path }

/** The violation, the pod as admission judges it, and whether a path is written in the text. */
export type Fixer = (v: PssViolation, pod: unknown, exists: (path: Path) => boolean) => FixOp[]

export interface CheckFix {
  /** The upstream PSA check id, exactly. */
  check: string
  /** The safe fix; absent when every violation of the check is for a person to decide. */
  fix?: Fixer
  /** What a person must decide when the fix does not apply (or there is none), in words. */
  decide?: string
}

export const POD_SC: Path = ['spec', 'securityContext']

export function valueAt(root: unknown, path: Path): unknown {
  let node = root
  for (const part of path) {
    if (Array.isArray(node) && typeof part === 'number') node = node[part]
    else if (isObj(node) && typeof part === 'string' && Object.hasOwn(node, part)) node = node[part]
    else return undefined
  }
  return node
}

/** Sets every offending field to one value. */
export const setEach =
  (value: FixValue): Fixer =>
  (v) =>
    v.paths.map((path) => ({ kind: 'set', path, value }))
