import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONTAINER_CHECKS,
  CONTAINER_MUTATIONS,
  POD_CHECKS,
  POD_MUTATIONS,
  STRATEGIES,
} from './registry'

const dir = join(import.meta.dirname, 'strategies')
const files = readdirSync(dir)

describe('registry', () => {
  it('lists every strategy file exactly once, alphabetically', () => {
    const sources = files
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => f.slice(0, -3))
    const ids = STRATEGIES.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual([...sources].sort())
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))
  })

  it('every strategy has its own table of cases', () => {
    for (const s of STRATEGIES) expect(files).toContain(`${s.id}.test.ts`)
  })

  it('every step belongs to a registered strategy and is a function', () => {
    const ids = new Set(STRATEGIES.map((s) => s.id))
    for (const step of [
      ...POD_MUTATIONS,
      ...CONTAINER_MUTATIONS,
      ...POD_CHECKS,
      ...CONTAINER_CHECKS,
    ]) {
      expect(ids.has(step.strategy)).toBe(true)
      expect(typeof step.run).toBe('function')
    }
  })

  it('keeps the spec order of checks (§6.1) and mutations (§5)', () => {
    expect(POD_CHECKS.map((s) => s.strategy)).toEqual([
      'fsGroup',
      'supplementalGroups',
      'seccomp',
      'seLinux',
      'hostNamespaces',
      'hostNamespaces',
      'hostNamespaces',
      'sysctls',
      'volumes',
      'runtimeClass',
    ])
    expect(CONTAINER_CHECKS.map((s) => s.strategy)).toEqual([
      'runAsUser',
      'runAsGroup',
      'seLinux',
      'appArmor',
      'seccomp',
      'privileged',
      'procMount',
      'capabilities',
      'hostPorts',
      'readOnlyRootFilesystem',
      'allowPrivilegeEscalation',
    ])
    expect(POD_MUTATIONS.map((s) => s.strategy)).toEqual([
      'supplementalGroups',
      'fsGroup',
      'seLinux',
      'seccomp',
      'runtimeClass',
    ])
    expect(CONTAINER_MUTATIONS.map((s) => s.strategy)).toEqual([
      'runAsUser',
      'runAsGroup',
      'seLinux',
      'appArmor',
      'runAsUser',
      'capabilities',
      'readOnlyRootFilesystem',
      'allowPrivilegeEscalation',
      'allowPrivilegeEscalation',
    ])
  })
})
