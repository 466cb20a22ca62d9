import { describe, expect, it } from 'vitest'
import { Fields } from './fields'
import { compileSelector, describeSelector, readSelector, selectorMatches } from './selector'

const match = (sel: unknown, labels: Record<string, string>) => {
  const f = new Fields()
  const s = readSelector(f, sel, [])
  expect(f.problems).toEqual([])
  return compileSelector(s)(labels)
}

describe('label selector matching', () => {
  it.each([
    ['{} matches everything', {}, {}, true],
    ['null reads as {}', null, { a: '1' }, true],
    ['matchLabels equal', { matchLabels: { app: 'web' } }, { app: 'web' }, true],
    ['matchLabels other value', { matchLabels: { app: 'web' } }, { app: 'db' }, false],
    ['matchLabels absent key', { matchLabels: { app: 'web' } }, {}, false],
    ['matchLabels case-sensitive', { matchLabels: { app: 'web' } }, { app: 'Web' }, false],
    ['matchLabels empty value needs the key', { matchLabels: { app: '' } }, {}, false],
    ['matchLabels empty value', { matchLabels: { app: '' } }, { app: '' }, true],
    ['pairs are ANDed', { matchLabels: { app: 'web', tier: 'fe' } }, { app: 'web' }, false],
    [
      'In listed',
      { matchExpressions: [{ key: 'app', operator: 'In', values: ['db', 'web'] }] },
      { app: 'web' },
      true,
    ],
    [
      'In absent key',
      { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] },
      {},
      false,
    ],
    [
      'NotIn absent key matches',
      { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] },
      {},
      true,
    ],
    [
      'NotIn listed',
      { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] },
      { app: 'web' },
      false,
    ],
    [
      'NotIn other',
      { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] },
      { app: 'db' },
      true,
    ],
    [
      'Exists with empty value',
      { matchExpressions: [{ key: 'app', operator: 'Exists' }] },
      { app: '' },
      true,
    ],
    ['Exists absent', { matchExpressions: [{ key: 'app', operator: 'Exists' }] }, {}, false],
    [
      'DoesNotExist absent',
      { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] },
      {},
      true,
    ],
    [
      'DoesNotExist present',
      { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] },
      { app: 'x' },
      false,
    ],
    [
      'labels AND expressions',
      { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'env', operator: 'DoesNotExist' }] },
      { app: 'web', env: 'p' },
      false,
    ],
    [
      'prototype keys are not labels',
      { matchExpressions: [{ key: 'constructor', operator: 'Exists' }] },
      {},
      false,
    ],
  ] as const)('%s', (_n, sel, labels, want) => {
    expect(match(sel, labels)).toBe(want)
  })
})

describe('label selector validation', () => {
  it.each([
    [
      'In without values',
      { matchExpressions: [{ key: 'a', operator: 'In' }] },
      'matchExpressions[0].values: Required value',
    ],
    [
      'NotIn with empty values',
      { matchExpressions: [{ key: 'a', operator: 'NotIn', values: [] }] },
      'Required value',
    ],
    [
      'Exists with values',
      { matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] },
      'matchExpressions[0].values: Forbidden',
    ],
    [
      'unknown operator',
      { matchExpressions: [{ key: 'a', operator: 'in', values: ['x'] }] },
      '"in": not a valid selector operator',
    ],
    ['missing operator', { matchExpressions: [{ key: 'a' }] }, 'operator: Required value'],
    ['bad key', { matchLabels: { '-a': 'x' } }, 'name part must consist'],
    ['key too long', { matchLabels: { ['k'.repeat(64)]: 'x' } }, 'no more than 63'],
    ['bad prefix', { matchLabels: { 'Foo/a': 'x' } }, 'prefix part'],
    ['bad value', { matchLabels: { a: 'x y' } }, 'a valid label'],
    ['value not a string', { matchLabels: { a: true } }, 'expected a string, got boolean'],
    [
      'bad value in values',
      { matchExpressions: [{ key: 'a', operator: 'In', values: ['-x'] }] },
      'values[0]',
    ],
    ['selector not a map', 'app=web', 'expected a map, got string'],
    ['matchExpressions not a list', { matchExpressions: { key: 'a' } }, 'expected a list'],
  ] as const)('%s', (_n, sel, fragment) => {
    const f = new Fields()
    readSelector(f, sel, ['spec', 'podSelector'])
    expect(f.problems.map((p) => p.message).join('\n')).toContain(fragment)
    expect(f.problems.every((p) => p.severity === 'error')).toBe(true)
  })

  it('accepts valid prefixed keys and empty values', () => {
    const f = new Fields()
    readSelector(f, { matchLabels: { 'kubernetes.io/metadata.name': 'x', 'a.b/c_d.e-f': '' } }, [])
    expect(f.problems).toEqual([])
  })
})

describe('selector helpers', () => {
  it('selectorMatches lists what a selector matches', () => {
    const f = new Fields()
    const s = readSelector(
      f,
      { matchExpressions: [{ key: 'app', operator: 'In', values: ['a', 'b'] }] },
      [],
    )
    const items = [
      { id: 1, labels: { app: 'a' } },
      { id: 2, labels: { app: 'c' } },
      { id: 3, labels: { app: 'b' } },
    ]
    expect(selectorMatches(s, items, (i) => i.labels).map((i) => i.id)).toEqual([1, 3])
  })
  it('describes selectors', () => {
    const f = new Fields()
    const s = readSelector(
      f,
      {
        matchLabels: { pod: 'a' },
        matchExpressions: [
          { key: 'ns', operator: 'NotIn', values: ['x', 'y'] },
          { key: 'k', operator: 'Exists' },
          { key: 'j', operator: 'DoesNotExist' },
        ],
      },
      [],
    )
    expect(describeSelector(s)).toBe('pod=a, ns NotIn (x, y), has k, lacks j')
  })
})
