/**
 * The registry of quick fixes and what has no safe fix: the decisions in words for checks of
 * kubernetes/pod-security-admission policy/check_*.go that no safe fix answers, and quickFixes.
 * Each check's fixes have their own table in checks/<check>.test.ts.
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Level } from '../report'
import { CHECKS } from '../pss'
import { applyEdits, fixAll, quickFixes } from '.'
import { CHECK_FIXES } from './checks'
import { DECISIONS, FIXERS } from './fixers'
import { BASE, pod, RESTRICTED_POD, RESTRICTED_REST } from './testing/fixTable'

describe('what a person must decide', () => {
  it.each([
    {
      name: 'a hostPath volume',
      text: pod(`${BASE}  volumes:\n  - name: logs\n    hostPath: {path: /var/log}\n`),
      level: 'baseline',
      check: 'hostPathVolumes',
      words: /whether the app really needs them/,
    },
    {
      name: 'AppArmor unconfined',
      text: pod(`  securityContext:\n    appArmorProfile: {type: Unconfined}\n${BASE}`),
      level: 'baseline',
      check: 'appArmorProfile',
      words: /AppArmor/,
    },
    {
      name: 'runAsUser 0',
      text: pod(
        `${RESTRICTED_POD}${BASE}    securityContext:\n      runAsUser: 0\n${RESTRICTED_REST}`,
      ),
      level: 'restricted',
      check: 'runAsUser',
      words: /non-zero user/,
    },
    {
      name: 'an explicit Unconfined seccomp profile',
      text: pod(`  securityContext:\n    seccompProfile: {type: Unconfined}\n${BASE}`),
      level: 'baseline',
      check: 'seccompProfile_baseline',
      words: /Unconfined/,
    },
    {
      name: 'an anchor: no edit when a value may stand in several places',
      text: pod(
        `${BASE}    securityContext: &sc\n      privileged: true\n  initContainers:\n  - name: i\n    image: i\n    securityContext: *sc\n`,
      ),
      level: 'baseline',
      check: 'privileged',
      words: /./,
    },
  ] as { name: string; text: string; level: Level; check: string; words: RegExp }[])(
    '$name',
    ({ text, level, check, words }) => {
      const r = fixAll(text, level)
      expect(r.meets).toBe(false)
      const d = r.decisions.find((x) => x.check === check)
      expect(d?.decide).toMatch(words)
      expect(r.text.includes('# keep me')).toBe(true)
    },
  )

  it('says why the aliased document is left alone', () => {
    const r = fixAll(
      pod(
        `${BASE}    securityContext: &sc {privileged: true}\n  initContainers:\n  - {name: i, image: i, securityContext: *sc}\n`,
      ),
      'baseline',
    )
    expect(r.decisions[0]?.unsafe).toMatch(/anchors, aliases or merge keys/)
  })

  it('refuses YAML with errors', () => {
    expect(fixAll('a: [\n', 'baseline').unreadable).toMatch(/^line \d+: YAML syntax error/)
    expect(fixAll('# nothing\n', 'baseline').unreadable).toMatch(/nothing to fix/)
  })
})

describe('quickFixes', () => {
  const text = pod(`  hostPID: true # ps\n${BASE}    securityContext:\n      privileged: true\n`)

  it('offers one edit per safe fix, each applicable on its own, where the violation stands', () => {
    const fixes = quickFixes(text, 'baseline')
    expect(fixes.map((f) => [f.check, f.description, f.line, f.violationPaths])).toEqual([
      ['hostNamespaces', 'set spec.hostPID to false', 6, ['spec.hostPID']],
      [
        'privileged',
        'set spec.containers[0].securityContext.privileged to false',
        11,
        ['spec.containers[0].securityContext.privileged'],
      ],
    ])
    const one = applyEdits(text, [fixes[0]!.edit])
    expect(one).toContain('hostPID: false # ps')
    expect(one).toContain('privileged: true')
  })

  it('offers nothing for a text that meets the level, or cannot be read', () => {
    expect(quickFixes(pod(BASE), 'baseline')).toEqual([])
    expect(quickFixes('a: [\n', 'baseline')).toEqual([])
  })
})

describe('every Pod Security Standards check has a safe fix or says what to decide', () => {
  it.each(CHECKS.map((c) => c.id))('%s', (id) => {
    expect(FIXERS[id] !== undefined || DECISIONS[id] !== undefined).toBe(true)
  })
})

describe('the registry of checks/', () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'checks')
  const files = readdirSync(dir)

  it('holds one entry per Pod Security Standards check, named as upstream', () => {
    expect(CHECK_FIXES.map((c) => c.check).sort()).toEqual(CHECKS.map((c) => c.id).sort())
    for (const c of CHECK_FIXES) expect(files).toContain(`${c.check}.ts`)
  })

  it('gives every check with a safe fix its own table of cases', () => {
    for (const c of CHECK_FIXES.filter((x) => x.fix !== undefined))
      expect(files).toContain(`${c.check}.test.ts`)
  })
})
