import { describe, expect, it } from 'vitest'
import type { EditorId } from '../report'
import { readYaml } from '../yaml'
import { emptyExtracted, extract } from './extract'

function run(text: string, editor: EditorId = 'pod') {
  const read = readYaml(text)
  expect(read.problems.filter((p) => p.severity === 'error')).toEqual([])
  const out = emptyExtracted()
  extract(editor, read.documents, out)
  return { out, read }
}

const podSpec = { containers: [{ name: 'c', image: 'nginx' }] }
const template = { metadata: { labels: { app: 'x' } }, spec: podSpec }
const templateYaml = [
  'metadata:',
  '  labels: {app: x}',
  'spec:',
  '  containers:',
  '  - name: c',
  '    image: nginx',
]
const indent = (lines: string[], n: number) => lines.map((l) => `${' '.repeat(n)}${l}`).join('\n')

const kinds: {
  kind: string
  apiVersion: string
  body: string
  templatePath: string[]
  tpl: unknown
}[] = [
  {
    kind: 'Pod',
    apiVersion: 'v1',
    body: indent(templateYaml.slice(2), 0),
    templatePath: [],
    tpl: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'w', namespace: 'ns' }, spec: podSpec },
  },
  ...['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'].map((kind) => ({
    kind,
    apiVersion: 'apps/v1',
    body: `spec:\n  template:\n${indent(templateYaml, 4)}`,
    templatePath: ['spec', 'template'],
    tpl: template,
  })),
  {
    kind: 'Job',
    apiVersion: 'batch/v1',
    body: `spec:\n  template:\n${indent(templateYaml, 4)}`,
    templatePath: ['spec', 'template'],
    tpl: template,
  },
  {
    kind: 'ReplicationController',
    apiVersion: 'v1',
    body: `spec:\n  template:\n${indent(templateYaml, 4)}`,
    templatePath: ['spec', 'template'],
    tpl: template,
  },
  {
    kind: 'CronJob',
    apiVersion: 'batch/v1',
    body: `spec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n${indent(templateYaml, 8)}`,
    templatePath: ['spec', 'jobTemplate', 'spec', 'template'],
    tpl: template,
  },
  {
    kind: 'PodTemplate',
    apiVersion: 'v1',
    body: `template:\n${indent(templateYaml, 2)}`,
    templatePath: ['template'],
    tpl: template,
  },
]

describe('workload kinds', () => {
  it.each(kinds)(
    '$kind: name, namespace and template',
    ({ kind, apiVersion, body, templatePath, tpl }) => {
      const text = `# ${kind}\n---\napiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: w\n  namespace: ns\n${body}\n`
      const { out } = run(text)
      expect(out.problems).toEqual([])
      expect(out.workloads).toHaveLength(1)
      const w = out.workloads[0]!
      expect([w.kind, w.name, w.namespace, w.editor]).toEqual([kind, 'w', 'ns', 'pod'])
      expect(w.at).toEqual([])
      expect(w.templatePath).toEqual(templatePath)
      expect(w.template).toStrictEqual(tpl)
    },
  )

  it('no namespace means default', () => {
    const { out } = run(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c}]}\n',
    )
    expect(out.workloads.map((w) => [w.name, w.namespace])).toEqual([['p', 'default']])
  })

  it('a workload without its template: an error and a workload with template null', () => {
    const { out } = run(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: 1\n',
    )
    expect(out.workloads.map((w) => [w.kind, w.template])).toEqual([['Deployment', null]])
    expect(out.problems.map((p) => [p.severity, p.code, p.path])).toEqual([
      ['error', 'missing-template', ['spec']],
    ])
  })

  it('a List of mixed items', () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '- apiVersion: v1',
      '  kind: Pod',
      '  metadata: {name: p, namespace: a}',
      '  spec: {containers: [{name: c}]}',
      '- apiVersion: v1',
      '  kind: Service',
      '  metadata: {name: s}',
      '- apiVersion: apps/v1',
      '  kind: Deployment',
      '  metadata: {name: d}',
      '  spec: {template: {spec: {containers: [{name: c}]}}}',
    ].join('\n')
    const { out } = run(text)
    expect(out.workloads.map((w) => [w.kind, w.name, w.namespace, w.at])).toEqual([
      ['Pod', 'p', 'a', ['items', 0]],
      ['Deployment', 'd', 'default', ['items', 2]],
    ])
    expect(out.problems.map((p) => [p.severity, p.code, p.path])).toEqual([
      ['info', 'not-evaluated', ['items', 1, 'kind']],
    ])
  })

  it('typed lists (PodList, DeploymentList) are opened too', () => {
    const { out } = run(
      'apiVersion: v1\nkind: PodList\nitems:\n- {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: c}]}}\n',
    )
    expect(out.workloads.map((w) => [w.kind, w.name])).toEqual([['Pod', 'p']])
  })
})

describe('other objects', () => {
  const cases: {
    name: string
    text: string
    editor: EditorId
    problems: unknown[]
    /** workloads, Namespaces, PodSecurityPolicies, NetworkPolicies, running (policy editor) */
    counts: number[]
  }[] = [
    {
      name: 'an unknown kind is an info',
      text: 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n',
      editor: 'pod',
      problems: [['info', 'not-evaluated', ['kind']]],
      counts: [0, 0, 0, 0, 0],
    },
    {
      name: 'a CRD is an info',
      text: 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: x}\n',
      editor: 'policy',
      problems: [['info', 'not-evaluated', ['kind']]],
      counts: [0, 0, 0, 0, 0],
    },
    {
      name: 'a missing kind is an error',
      text: 'apiVersion: v1\nmetadata: {name: p}\nspec: {}\n',
      editor: 'pod',
      problems: [['error', 'missing-kind', []]],
      counts: [0, 0, 0, 0, 0],
    },
    {
      name: 'an empty kind is an error',
      text: 'apiVersion: v1\nkind: ""\n',
      editor: 'pod',
      problems: [['error', 'missing-kind', []]],
      counts: [0, 0, 0, 0, 0],
    },
    {
      name: 'a scalar document is an error',
      text: 'just text\n',
      editor: 'pod',
      problems: [['error', 'not-an-object', []]],
      counts: [0, 0, 0, 0, 0],
    },
    {
      name: 'a list document is an error',
      text: '- a\n- b\n',
      editor: 'pod',
      problems: [['error', 'not-an-object', []]],
      counts: [0, 0, 0, 0, 0],
    },
    {
      name: 'a workload without apiVersion is a warning',
      text: 'kind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c}]}\n',
      editor: 'pod',
      problems: [['warning', 'missing-api-version', []]],
      counts: [1, 0, 0, 0, 0],
    },
    {
      name: 'a Namespace in either editor',
      text: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: team}\n',
      editor: 'pod',
      problems: [],
      counts: [0, 1, 0, 0, 0],
    },
    {
      name: 'a PodSecurityPolicy in the policy editor',
      text: 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: p}\nspec: {}\n',
      editor: 'policy',
      problems: [],
      counts: [0, 0, 1, 0, 0],
    },
    {
      // issue 11: both editors hold whole installs
      name: 'a PodSecurityPolicy in the pod editor counts',
      text: 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: p}\nspec: {}\n',
      editor: 'pod',
      problems: [],
      counts: [0, 0, 1, 0, 0],
    },
    {
      name: 'a NetworkPolicy in the pod editor counts',
      text: 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: n}\nspec: {}\n',
      editor: 'pod',
      problems: [],
      counts: [0, 0, 0, 1, 0],
    },
    {
      name: 'a NetworkPolicy in the policy editor',
      text: 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: n}\nspec: {}\n',
      editor: 'policy',
      problems: [],
      counts: [0, 0, 0, 1, 0],
    },
    {
      name: 'a Pod in the policy editor already runs: not judged, in the network',
      text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c}]}\n',
      editor: 'policy',
      problems: [['info', 'in-cluster', ['kind']]],
      counts: [0, 0, 0, 0, 1],
    },
    {
      name: 'a Deployment in the policy editor already runs',
      text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {template: {spec: {containers: [{name: c}]}}}\n',
      editor: 'policy',
      problems: [['info', 'in-cluster', ['kind']]],
      counts: [0, 0, 0, 0, 1],
    },
    {
      name: 'a List without items is an error (no resource has kind List)',
      text: 'apiVersion: v1\nkind: List\n',
      editor: 'pod',
      problems: [['error', 'wrong-type', []]],
      counts: [0, 0, 0, 0, 0],
    },
  ]
  it.each(cases)('$name', ({ text, editor, problems, counts }) => {
    const { out } = run(text, editor)
    expect(out.problems.map((p) => [p.severity, p.code, p.path])).toEqual(problems)
    expect([
      out.workloads.length,
      out.namespaces.length,
      out.podSecurityPolicies.length,
      out.networkPolicies.length,
      out.running.length,
    ]).toEqual(counts)
  })

  it('a Namespace is found under its own name', () => {
    const { out } = run('apiVersion: v1\nkind: Namespace\nmetadata: {name: team}\n')
    expect(out.namespaces.map((n) => [n.name, n.namespace])).toEqual([['team', 'team']])
  })
})

const pod = (name: string) =>
  `{apiVersion: v1, kind: Pod, metadata: {name: ${name}}, spec: {containers: [{name: c}]}}`

// apimachinery pkg/apis/meta/v1/unstructured/helpers.go (`decode`: a top-level `items` key makes a
// list; `decodeToList`: items must be objects, an item without kind and apiVersion gets the list's
// apiVersion and kind minus "List"), cli-runtime pkg/resource/visitor.go FlattenListVisitor and
// apimachinery pkg/api/meta/help.go ExtractList (`%T is not a list: no Items field in this
// object` for a list inside a list), cluster-path.md §4.
describe('lists as kubectl reads them', () => {
  const cases: {
    name: string
    text: string
    workloads: string[]
    problems: unknown[]
    has?: string
  }[] = [
    {
      name: 'any kind with a top-level items key is a list',
      text: `apiVersion: v1\nkind: Pod\nmetadata: {name: outer}\nitems:\n- ${pod('inner')}\n`,
      workloads: ['Pod/inner'],
      problems: [],
    },
    {
      name: 'items: null is an empty list: nothing applied, a warning',
      text: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c}]}\nitems:\n',
      workloads: [],
      problems: [['warning', 'empty-list', ['items']]],
      has: 'even though its kind is Pod',
    },
    {
      name: 'items: [] is an empty list',
      text: 'apiVersion: v1\nkind: List\nitems: []\n',
      workloads: [],
      problems: [['warning', 'empty-list', ['items']]],
    },
    {
      name: 'an item without kind and apiVersion gets the list kind minus List',
      text: 'apiVersion: v1\nkind: PodList\nitems:\n- metadata: {name: p}\n  spec: {containers: [{name: c}]}\n',
      workloads: ['Pod/p'],
      problems: [],
    },
    {
      name: 'a null item of a PodList is an empty Pod',
      text: 'apiVersion: v1\nkind: PodList\nitems:\n- null\n',
      workloads: ['Pod/'],
      problems: [],
    },
    {
      name: 'an item without kind in a List: kind missing',
      text: 'apiVersion: v1\nkind: List\nitems:\n- {metadata: {name: p}}\n',
      workloads: [],
      problems: [['error', 'missing-kind', ['items', 0]]],
      has: `Object 'Kind' is missing in '{"apiVersion":"v1","kind":"","metadata":{"name":"p"}}'`,
    },
    {
      name: 'an item with apiVersion but no kind keeps its own (missing) kind',
      text: 'apiVersion: v1\nkind: PodList\nitems:\n- {apiVersion: v1, metadata: {name: p}}\n',
      workloads: [],
      problems: [['error', 'missing-kind', ['items', 0]]],
    },
    {
      name: 'a list in a list fails: no item is applied',
      text: `apiVersion: v1\nkind: List\nitems:\n- ${pod('a')}\n- apiVersion: v1\n  kind: List\n  items:\n  - ${pod('b')}\n`,
      workloads: [],
      problems: [['error', 'nested-list', ['items', 1, 'items']]],
      has: '*unstructured.Unstructured is not a list: no Items field in this object',
    },
    {
      name: 'lists nested deeper are never dropped silently',
      text: `kind: List\nitems:\n- kind: List\n  items:\n  - kind: List\n    items:\n    - kind: List\n      items:\n      - ${pod('deep')}\n`,
      workloads: [],
      problems: [['error', 'nested-list', ['items', 0, 'items']]],
    },
    {
      name: 'an item whose items is null is an ordinary object',
      text: `kind: List\napiVersion: v1\nitems:\n- {apiVersion: v1, kind: Pod, metadata: {name: p}, items: ~, spec: {containers: [{name: c}]}}\n`,
      workloads: ['Pod/p'],
      problems: [],
    },
    {
      name: 'items that is not a list',
      text: 'apiVersion: v1\nkind: List\nitems: {a: 1}\n',
      workloads: [],
      problems: [['error', 'wrong-type', ['items']]],
      has: 'json: cannot unmarshal object into Go struct field decodeList.items of type []json.RawMessage',
    },
    {
      name: 'an item that is not an object',
      text: `apiVersion: v1\nkind: List\nitems:\n- ${pod('a')}\n- 5\n`,
      workloads: [],
      problems: [['error', 'not-an-object', ['items', 1]]],
      has: 'json: cannot unmarshal number into Go value of type map[string]interface {}',
    },
    {
      name: 'a list without kind',
      text: `items:\n- ${pod('a')}\n`,
      workloads: [],
      problems: [['error', 'missing-kind', []]],
    },
  ]
  it.each(cases)('$name', ({ text, workloads, problems, has }) => {
    const { out } = run(text)
    expect(out.workloads.map((w) => `${w.kind}/${w.name}`)).toEqual(workloads)
    expect(out.problems.map((p) => [p.severity, p.code, p.path])).toEqual(problems)
    if (has) expect(out.problems[0]!.message).toContain(has)
  })

  it('an item given its kind by the list keeps a prototype-safe copy', () => {
    const { out } = run(
      'apiVersion: v1\nkind: PodList\nitems:\n- __proto__: {kind: Deployment}\n  metadata: {name: p}\n',
    )
    const w = out.workloads[0]!
    expect([w.kind, w.name]).toEqual(['Pod', 'p'])
    expect(Object.getPrototypeOf(w.object)).toBe(Object.prototype)
    expect(Object.hasOwn(w.object, '__proto__')).toBe(true)
  })
})

// apimachinery pkg/apis/meta/v1/unstructured/helpers.go Decode: runtime.NewMissingKindErr with the
// document's JSON (sigs.k8s.io/yaml output: compact, sorted keys).
describe('missing kind', () => {
  it('quotes the document as kubectl does', () => {
    const { out } = run('metadata: {name: p, labels: {b: "<x>", a: 1}}\napiVersion: v1\n')
    expect(out.problems[0]!.message).toContain(
      `Object 'Kind' is missing in '{"apiVersion":"v1","metadata":{"labels":{"a":1,"b":"\\u003cx\\u003e"},"name":"p"}}'`,
    )
  })

  it('a very long document is cut', () => {
    const { out } = run(`apiVersion: v1\ndata: {x: "${'y'.repeat(2000)}"}\n`)
    const m = out.problems[0]!.message
    expect(m.length).toBeLessThan(700)
    expect(m).toContain('characters)')
  })
})
