/** The summary table's two layouts: which one a width gets, and that neither drops a finding. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { RowSummary, WorkloadRow } from '../../../worker/view'
import {
  COLUMNS,
  LEAD_HEADERS,
  kindLabel,
  layoutFor,
  pssParts,
  type Risk,
  risksOf,
  WIDE_MIN,
  WIDE_WIDTHS,
} from './columns'

const NONE: RowSummary = {
  denied: false,
  enforce: null,
  highestLevel: null,
  psp: null,
  modes: [],
  errors: [],
  privileged: [],
  hostNamespaces: [],
  hostPorts: [],
  hostPaths: [],
  addedCapabilities: [],
}

const ALL: RowSummary = {
  denied: true,
  enforce: 'restricted:v1.30',
  highestLevel: 'baseline',
  psp: { allowed: true, policy: 'psp-seed' },
  modes: ['warn restricted:latest'],
  errors: ['API: spec.containers[0].image: Required value'],
  privileged: ['main-ctr'],
  hostNamespaces: ['PID'],
  hostPorts: ['9000/TCP'],
  hostPaths: ['/var/run'],
  addedCapabilities: ['SYS_TIME'],
}

const rowOf = (summary: RowSummary): WorkloadRow => ({
  key: 'k',
  kind: 'Pod',
  namespace: 'default',
  name: 'web',
  editor: 'pod',
  line: 1,
  apiRejected: false,
  nodeRefuses: false,
  pss: summary.enforce ? { level: 'restricted', allowed: false } : null,
  psp: summary.psp ? summary.psp.allowed : null,
  vap: null,
  summary,
})

describe('layoutFor', () => {
  it.each([
    [0, 'compact'],
    [357, 'compact'],
    [460, 'compact'],
    [WIDE_MIN - 1, 'compact'],
    [WIDE_MIN, 'wide'],
    [2400, 'wide'],
  ] as const)('%d px: %s', (width, layout) => {
    expect(layoutFor(width)).toBe(layout)
  })

  it('the wide layout needs the sum of its columns’ widths, one width a column', () => {
    expect(WIDE_WIDTHS).toHaveLength(LEAD_HEADERS.length + COLUMNS.wide.length)
    expect(WIDE_MIN).toBe(WIDE_WIDTHS.reduce((a, b) => a + b, 0))
  })

  it('summary.css gives the wide columns the widths the threshold counts', () => {
    const css = readFileSync(new URL('./summary.css', import.meta.url), 'utf8')
    const width = (selector: string) => {
      const at = css.indexOf(`${selector} {`)
      expect(at, selector).toBeGreaterThanOrEqual(0)
      return Number(/width: (\d+)px/.exec(css.slice(at))?.[1])
    }
    const keys = ['name', ...COLUMNS.wide.map((c) => c.key)]
    expect([
      Number(/--verdict-width: (\d+)px/.exec(css)?.[1]),
      ...keys.map((k) => width(`.summary-wide .col-${k}`)),
    ]).toEqual([...WIDE_WIDTHS])
  })
})

describe('both layouts show every finding of the row', () => {
  const words = [
    'restricted:v1.30',
    'baseline',
    'psp-seed',
    'warn restricted:latest',
    'Required value',
    'main-ctr',
    'PID',
    '9000/TCP',
    '/var/run',
    'SYS_TIME',
  ]
  it.each(['wide', 'compact'] as const)('%s', (layout) => {
    const row = rowOf(ALL)
    const text = COLUMNS[layout].map((c) => c.text(row)).join('\n')
    for (const w of words) expect(text, w).toContain(w)
  })

  it.each(['wide', 'compact'] as const)('%s: a row without findings has empty cells', (layout) => {
    const row = rowOf(NONE)
    expect(COLUMNS[layout].map((c) => c.text(row))).toEqual(COLUMNS[layout].map(() => ''))
  })
})

describe('risksOf', () => {
  const pick = (rs: Risk[]) => rs.map((r) => [r.label, r.words, r.bad])
  const cases: [string, Partial<RowSummary>, [string, string, boolean][]][] = [
    ['nothing', {}, []],
    [
      'errors first, then a rejection',
      { errors: ['start: no image'], psp: { allowed: false, policy: null } },
      [
        ['errors', 'start: no image', true],
        ['PodSecurityPolicy', 'PSP rejected', true],
      ],
    ],
    [
      'the host, with ports and paths',
      { hostNamespaces: ['PID', 'IPC'], hostPorts: ['80/TCP'], hostPaths: ['/'] },
      [['host', 'host PID, IPC, port 80/TCP, path /', true]],
    ],
    [
      'added capabilities are not bad news by themselves; an admitting policy comes last',
      { addedCapabilities: ['NET_ADMIN'], psp: { allowed: true, policy: 'p' }, privileged: ['c'] },
      [
        ['privileged', 'privileged c', true],
        ['added capabilities', 'adds NET_ADMIN', false],
        ['PodSecurityPolicy', 'PSP p', false],
      ],
    ],
    [
      'an admitting policy without a name',
      { psp: { allowed: true, policy: null } },
      [['PodSecurityPolicy', 'PSP admitted', false]],
    ],
  ]
  it.each(cases)('%s', (_, part, expected) => {
    expect(pick(risksOf({ ...NONE, ...part }))).toEqual(expected)
  })

  const vap = (verdict: 'denied' | 'warned' | 'passes', text: string) => ({
    verdict,
    text,
    policies: ['p'],
    results: [0],
  })
  it.each([
    [
      'a denial leads, as bad news',
      vap('denied', 'VAP: denied by p'),
      [
        ['ValidatingAdmissionPolicy', 'VAP: denied by p', true],
        ['errors', 'API: x', true],
      ],
    ],
    [
      'a warning leads, calm',
      vap('warned', 'VAP: 1 warning'),
      [
        ['ValidatingAdmissionPolicy', 'VAP: 1 warning', false],
        ['errors', 'API: x', true],
      ],
    ],
    ['passing says nothing', vap('passes', 'VAP: passes'), [['errors', 'API: x', true]]],
    ['no policy judges it', null, [['errors', 'API: x', true]]],
  ] as const)('ValidatingAdmissionPolicy: %s', (_, outcome, expected) => {
    expect(pick(risksOf({ ...NONE, errors: ['API: x'] }, outcome))).toEqual(expected)
  })
})

describe('pssParts: the compact Pod Security cell, cut to its first words', () => {
  const row = (denied: boolean, highestLevel: RowSummary['highestLevel']): WorkloadRow => ({
    ...rowOf({ ...NONE, enforce: 'privileged:latest', highestLevel, modes: ['warn baseline'] }),
    pss: { level: 'privileged', allowed: !denied },
  })
  const texts = (r: WorkloadRow, compact: boolean) => pssParts(r, compact).map((p) => p.text)
  it.each([
    [
      'an admitted pod leads with the level it meets, not the enforced default',
      row(false, 'restricted'),
      ['meets restricted', 'privileged allowed', 'warn baseline'],
      'meets restricted; privileged:latest allowed; warn baseline',
    ],
    [
      'a denied pod leads with the level that denies it',
      row(true, 'baseline'),
      ['privileged denied', 'meets baseline', 'warn baseline'],
      'privileged:latest denied; warn baseline; meets baseline',
    ],
    [
      'no level met known',
      row(false, null),
      ['privileged allowed', 'warn baseline'],
      'privileged:latest allowed; warn baseline',
    ],
  ] as const)('%s', (_, r, cell, tooltip) => {
    expect(texts(r, true)).toEqual(cell)
    // the tooltip leads with the same words
    expect(COLUMNS.compact[0]!.text(r)).toBe(tooltip)
  })
  it('the wide layout has the level met in a column of its own', () => {
    expect(texts(row(false, 'restricted'), false)).toEqual([
      'privileged:latest allowed',
      'warn baseline',
    ])
  })
})

describe('kindLabel: the workload cell leaves its room to the name in the compact layout', () => {
  it.each([
    ['Pod', 'pod'],
    ['Deployment', 'deploy'],
    ['StatefulSet', 'sts'],
    ['DaemonSet', 'ds'],
    ['ReplicaSet', 'rs'],
    ['ReplicationController', 'rc'],
    ['Job', 'job'],
    ['CronJob', 'cj'],
    ['PodTemplate', 'PodTemplate'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
  ])('%s: %s', (kind, short) => {
    expect(kindLabel(kind, 'compact')).toBe(short)
    expect(kindLabel(kind, 'wide')).toBe(kind)
  })
})
