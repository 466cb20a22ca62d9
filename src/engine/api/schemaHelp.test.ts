/**
 * Schema help reads the path from indentation and answers from the field tree (k8s.io/api types,
 * generated from @kubernetes/client-node): a table of cursors, `|` marking where it stands.
 */
import { describe, expect, it } from 'vitest'
import { completionsAt, fieldAt } from './schemaHelp'
import { structType } from './tree'

/** The text without the `|` and the 1-based line and column where it stood. */
function cursor(marked: string): { text: string; line: number; column: number } {
  const at = marked.indexOf('|')
  const before = marked.slice(0, at).split('\n')
  return {
    text: marked.slice(0, at) + marked.slice(at + 1),
    line: before.length,
    column: before[before.length - 1]!.length + 1,
  }
}

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n'

describe('completionsAt', () => {
  const cases: {
    name: string
    text: string
    owner: string | null
    path?: string
    present?: string[]
  }[] = [
    { name: 'top level of a Pod', text: 'kind: Pod\n|', owner: 'Pod', path: '', present: ['kind'] },
    { name: 'under spec', text: `${POD}  |`, owner: 'PodSpec', path: 'spec' },
    {
      name: 'a container, items at the key indentation',
      text: `${POD}  containers:\n  - name: web\n    |`,
      owner: 'Container',
      path: 'spec.containers[]',
      present: ['name'],
    },
    {
      name: 'a container, items indented',
      text: `${POD}  containers:\n    - name: web\n      image: x\n      |`,
      owner: 'Container',
      path: 'spec.containers[]',
      present: ['name', 'image'],
    },
    {
      name: 'securityContext of a container, partial word typed',
      text: `${POD}  containers:\n  - name: web\n    securityContext:\n      runA|`,
      owner: 'SecurityContext',
      path: 'spec.containers[].securityContext',
    },
    {
      name: 'a new list item',
      text: `${POD}  containers:\n  - name: a\n    image: x\n  - |`,
      owner: 'Container',
      path: 'spec.containers[]',
      present: [],
    },
    {
      name: 'a key on the dash line is the parent',
      text: `${POD}  containers:\n  - securityContext:\n      |`,
      owner: 'SecurityContext',
      path: 'spec.containers[].securityContext',
    },
    {
      name: 'the pod template of a Deployment, comments and blank lines on the way',
      text: 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  # the pods\n  template:\n\n    spec:\n      securityContext:\n        |',
      owner: 'PodSecurityContext',
      path: 'spec.template.spec.securityContext',
    },
    {
      name: 'the second document has its own kind',
      text: `${POD}  hostPID: true\n---\nkind: Namespace\nmetadata:\n  |`,
      owner: 'ObjectMeta',
      path: 'metadata',
    },
    {
      name: 'a PodSecurityPolicy (frozen tree)',
      text: 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nspec:\n  runAsUser:\n    |',
      owner: 'RunAsUserStrategyOptions',
      path: 'spec.runAsUser',
    },
    { name: 'after a key: a value, no keys', text: `${POD}  hostPID: |`, owner: null },
    { name: 'under a scalar', text: `${POD}  hostPID: true\n    |`, owner: null },
    { name: 'an unknown kind', text: 'kind: Service\nspec:\n  |', owner: null },
    { name: 'an unknown key on the way', text: `${POD}  nope:\n    |`, owner: null },
    {
      name: 'inside a map of strings',
      text: `${POD.replace('  name: web\n', '  labels:\n    |')}`,
      owner: null,
    },
  ]
  it.each(cases)('$name', ({ text, owner, path, present }) => {
    const c = cursor(text)
    const r = completionsAt(c.text, c.line, c.column)
    expect(r?.owner ?? null).toBe(owner)
    if (r === null) return
    if (path !== undefined) expect(r.path).toBe(path)
    if (present !== undefined) expect(r.present).toEqual(present)
    const all = [...structType(r.owner)!.fields.keys()]
    expect(r.fields.map((f) => f.key).sort()).toEqual(
      all.filter((k) => !r.present.includes(k)).sort(),
    )
  })

  it('offers runAsNonRoot inside a container securityContext, typed', () => {
    const c = cursor(`${POD}  containers:\n  - name: web\n    securityContext:\n      |`)
    const f = completionsAt(c.text, c.line, c.column)?.fields.find((x) => x.key === 'runAsNonRoot')
    expect(f).toEqual({ key: 'runAsNonRoot', type: 'bool', struct: null })
    const caps = completionsAt(c.text, c.line, c.column)?.fields.find(
      (x) => x.key === 'capabilities',
    )
    expect(caps).toEqual({ key: 'capabilities', type: 'Capabilities', struct: 'Capabilities' })
  })
})

describe('fieldAt', () => {
  const cases: {
    name: string
    text: string
    path: string | null
    type?: string
    owner?: string
  }[] = [
    {
      name: 'a top-level key',
      text: 'kind: Pod\nmeta|data:\n',
      path: 'metadata',
      type: 'ObjectMeta',
    },
    {
      name: 'a key on a dash line',
      text: `${POD}  containers:\n  - na|me: web\n`,
      path: 'spec.containers[].name',
      type: 'string',
      owner: 'Container',
    },
    {
      name: 'a key inside an item',
      text: `${POD}  containers:\n  - name: web\n    im|age: nginx\n`,
      path: 'spec.containers[].image',
      type: 'string',
    },
    {
      name: 'a list of structs',
      text: `${POD}  contai|ners:\n  - name: web\n`,
      path: 'spec.containers',
      type: '[]Container',
    },
    {
      name: 'a quoted key',
      text: `${POD}  "host|PID": true\n`,
      path: 'spec.hostPID',
      type: 'bool',
    },
    { name: 'the value, not the key', text: `${POD}  hostPID: tr|ue\n`, path: null },
    { name: 'a key the tree does not have', text: `${POD}  hostPi|d: true\n`, path: null },
    {
      name: 'a label (a map of strings)',
      text: 'kind: Pod\nmetadata:\n  labels:\n    a|pp: web\n',
      path: null,
    },
  ]
  it.each(cases)('$name', ({ text, path, type, owner }) => {
    const c = cursor(text)
    const r = fieldAt(c.text, c.line, c.column)
    expect(r?.path ?? null).toBe(path)
    if (type !== undefined) expect(r?.type).toBe(type)
    if (owner !== undefined) expect(r?.owner).toBe(owner)
  })

  it('gives the columns of the key', () => {
    const c = cursor(`${POD}  containers:\n  - name: web\n    image|: nginx\n`)
    expect(fieldAt(c.text, c.line, c.column)).toMatchObject({
      line: c.line,
      startColumn: 5,
      endColumn: 10,
    })
  })
})
