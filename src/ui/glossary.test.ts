import { describe, expect, it } from 'vitest'
import { CAPABILITIES, explain, hoverExplanation, PSS_CHECKS, SETTINGS } from './glossary'

describe('glossary', () => {
  it('explains all 41 Linux capabilities in one sentence each', () => {
    expect(Object.keys(CAPABILITIES)).toHaveLength(41)
    for (const [cap, text] of Object.entries(CAPABILITIES)) {
      expect(cap).toMatch(/^[A-Z_]+$/)
      expect(text).toMatch(/^[A-Z].*\.$/)
    }
  })

  it('matches the lesson sentences', () => {
    expect(explain('SYS_TIME')).toMatch(/^Sets the system clock/)
    expect(explain('CAP_SYS_MODULE')).toBe('Loads and unloads kernel modules.')
    expect(explain('sys_admin')).toMatch(/range of administrative operations/)
    expect(explain('hostPID')).toMatch(/see and signal every process on the node/)
  })

  it('has a sentence for every setting and check, and nothing for unknown terms', () => {
    for (const t of [...Object.values(SETTINGS), ...Object.values(PSS_CHECKS)])
      expect(t).toMatch(/\.$/)
    expect(Object.keys(PSS_CHECKS)).toHaveLength(19)
    expect(explain('NOT_A_THING')).toBeUndefined()
  })

  it('explains hovered editor words in their exact case only', () => {
    expect(hoverExplanation('SYS_TIME')).toMatch(/system clock/)
    expect(hoverExplanation('CAP_NET_RAW')).toMatch(/raw and packet sockets/)
    expect(hoverExplanation('hostIPC')).toMatch(/IPC namespace/)
    expect(hoverExplanation('restricted')).toMatch(/^Restricted/)
    expect(hoverExplanation('kill')).toBeUndefined()
    expect(hoverExplanation('spec')).toBeUndefined()
  })
})
