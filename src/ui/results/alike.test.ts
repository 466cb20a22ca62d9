import { describe, expect, it } from 'vitest'
import { createInProcessClient } from '../../worker/inProcessClient'
import { EXAMPLES } from '../examples'
import { groupAlike } from './alike'

async function viewOf(pod: string, policy = '') {
  const outcome = await createInProcessClient().evaluate({ pod, policy })
  if (outcome.status !== 'ok') throw new Error(outcome.status)
  return outcome.view
}

const pod = (name: string, ns: string, extra = '') => `---
apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: ${ns}, labels: {app: ${name}}}
spec:
  containers:
  - name: main
    image: nginx${extra}
`

describe('groupAlike', () => {
  it.each([
    [
      'the same pod under three names',
      [pod('a', 'x'), pod('b', 'x'), pod('c', 'x')],
      [['a', 'b', 'c']],
    ],
    [
      'alike pods in two namespaces',
      [pod('a', 'x'), pod('a', 'y'), pod('b', 'x')],
      [['a', 'b'], ['a']],
    ],
    [
      'a pod that differs in a setting',
      [pod('a', 'x'), pod('b', 'x', '\n    securityContext: {privileged: true}')],
      [['a'], ['b']],
    ],
    ['one pod', [pod('a', 'x')], [['a']]],
  ])('%s', async (_name, pods, expected) => {
    const view = await viewOf(pods.join(''))
    const groups = groupAlike(view.rows, view.cards)
    expect(groups.map((g) => g.members.map((m) => m.name))).toEqual(expected)
    for (const g of groups) expect(g.row).toBe(g.members[0])
  })

  it('a card without its report stays alone', async () => {
    const view = await viewOf(pod('a', 'x') + pod('b', 'x'))
    const [first] = view.rows
    const groups = groupAlike(view.rows, { [first!.key]: view.cards[first!.key]! })
    expect(groups.map((g) => g.members.length)).toEqual([1, 1])
  })

  it('the network example shows its nine pods as three cards, one per namespace', async () => {
    const ex = EXAMPLES.find((e) => e.id === 'network')!
    const view = await viewOf(ex.pod, ex.policy)
    const groups = groupAlike(view.rows, view.cards)
    expect(groups.map((g) => g.members.map((m) => `${m.namespace}/${m.name}`))).toEqual([
      ['x/a', 'x/b', 'x/c'],
      ['y/a', 'y/b', 'y/c'],
      ['z/a', 'z/b', 'z/c'],
    ])
  })
})
