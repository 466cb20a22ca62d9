import type { NetProblem, NetworkInput } from './types'
import type { World } from './world'
export function lintWorld(_w: World, _input: NetworkInput): NetProblem[] {
  return []
}
