/**
 * Least privilege for a pod: the strictest PodSecurityPolicy that admits it unchanged, and the
 * highest Pod Security Standards level reachable with safe fixes. Pure TypeScript (no DOM).
 */
export { type LeastPrivilegePolicy, leastPrivilegePolicy } from './policy'
export { type ReachableLevel, reachableLevels } from './reachable'
