/**
 * Schema help reads the path from indentation and answers from the field tree (k8s.io/api types,
 * generated from @kubernetes/client-node): a table of cursors, `|` marking where it stands.
 */
import { describe, expect, it } from 'vitest'
import { cursor } from './testing/cursor'
import { completionsAt, fieldAt, textLines, valueCompletionsAt } from './schemaHelp'
import { structType } from './tree'

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
    {
      name: 'a key inside a flow mapping',
      text: 'kind: PodSecurityPolicy\nspec:\n  runAsUser: {ru|le: RunAsAny}\n',
      path: 'spec.runAsUser.rule',
      type: 'string',
      owner: 'RunAsUserStrategyOptions',
    },
    {
      name: 'a key of a flow item',
      text: `${POD}  containers:\n  - {name: web, ima|ge: nginx}\n`,
      path: 'spec.containers[].image',
    },
    {
      name: 'nested flow mappings',
      text: `${POD}  securityContext: {seccompProfile: {ty|pe: RuntimeDefault}}\n`,
      path: 'spec.securityContext.seccompProfile.type',
    },
    {
      name: 'a flow value, not a key',
      text: 'kind: PodSecurityPolicy\nspec:\n  runAsUser: {rule: Run|AsAny}\n',
      path: null,
    },
    {
      name: 'a key in a flow mapping across lines',
      text: `${POD}  securityContext: {\n    runAsNonRoot: true,\n    run|AsUser: 1000\n  }\n`,
      path: 'spec.securityContext.runAsUser',
      owner: 'PodSecurityContext',
    },
    {
      name: 'the block key before a flow mapping',
      text: 'kind: PodSecurityPolicy\nspec:\n  run|AsUser: {rule: RunAsAny}\n',
      path: 'spec.runAsUser',
    },
  ]
  it.each(cases)('$name', ({ text, path, type, owner }) => {
    const c = cursor(text)
    const r = fieldAt(c.text, c.line, c.column)
    expect(r?.path ?? null).toBe(path)
    if (type !== undefined) expect(r?.type).toBe(type)
    if (owner !== undefined) expect(r?.owner).toBe(owner)
  })

  it('gives the columns of a key in a flow mapping', () => {
    const c = cursor('kind: PodSecurityPolicy\nspec:\n  fsGroup: {ru|le: RunAsAny}\n')
    expect(fieldAt(c.text, c.line, c.column)).toMatchObject({
      line: 3,
      startColumn: 13,
      endColumn: 17,
    })
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

describe('completionsAt in flow style', () => {
  const cases: {
    name: string
    text: string
    owner: string | null
    present?: string[]
    flow?: boolean
  }[] = [
    {
      name: 'a container securityContext written inline',
      text: `${POD}  containers:\n  - name: web\n    securityContext: {runAsNonRoot: true, |}`,
      owner: 'SecurityContext',
      present: ['runAsNonRoot'],
    },
    {
      name: 'nested flow mappings',
      text: `${POD}  securityContext: {seccompProfile: {|}}`,
      owner: 'SeccompProfile',
      present: [],
    },
    {
      name: 'a list item written inline',
      text: `${POD}  containers:\n  - {name: web, |}`,
      owner: 'Container',
      present: ['name'],
    },
    {
      name: 'a flow sequence of mappings',
      text: `${POD}  containers: [{name: a}, {|}]`,
      owner: 'Container',
      present: [],
    },
    {
      name: 'a flow mapping after a key on a dash line',
      text: `${POD}  containers:\n  - securityContext: {|}`,
      owner: 'SecurityContext',
      present: [],
    },
    {
      name: 'a PodSecurityPolicy strategy inline',
      text: 'kind: PodSecurityPolicy\nspec:\n  runAsUser: {|}',
      owner: 'RunAsUserStrategyOptions',
    },
    {
      name: 'a value inside the flow mapping',
      text: `${POD}  securityContext: {runAsUser: |}`,
      owner: null,
    },
    { name: 'a flow mapping under a scalar field', text: `${POD}  hostname: {|}`, owner: null },
    { name: 'block style still says block', text: `${POD}  |`, owner: 'PodSpec', flow: false },
    {
      name: 'a flow mapping across lines',
      text: `${POD}  containers:\n  - name: web\n    securityContext: {\n      runAsUser: 1000,\n      |\n    }`,
      owner: 'SecurityContext',
      present: ['runAsUser'],
    },
    {
      name: 'nested flow mappings across lines, keys below the cursor',
      text: `${POD}  securityContext: {\n    seccompProfile: {\n      |\n      type: Localhost\n    }\n  }`,
      owner: 'SeccompProfile',
      present: ['type'],
    },
    {
      name: 'block style after a flow mapping closed on a line above',
      text: `${POD}  securityContext: {\n    runAsUser: 1000\n  }\n  |`,
      owner: 'PodSpec',
      flow: false,
    },
  ]
  it.each(cases)('$name', ({ text, owner, present, flow }) => {
    const c = cursor(text)
    const r = completionsAt(c.text, c.line, c.column)
    expect(r?.owner ?? null).toBe(owner)
    if (r === null) return
    expect(r.flow).toBe(flow ?? true)
    if (present !== undefined) expect(r.present).toEqual(present)
    expect(r.fields.map((f) => f.key)).toEqual(
      [...structType(r.owner)!.fields.keys()].filter((k) => !r.present.includes(k)).sort(),
    )
  })

  it.each([
    `${POD}  securityContext: {runAsNonRoot: true, runA|}`,
    `${POD}  securityContext: {\n    runAsNonRoot: true,\n    runA|\n  }`,
  ])('replaces the part of the key typed so far: %j', (text) => {
    const c = cursor(text)
    const r = completionsAt(c.text, c.line, c.column)
    expect(r?.start).toBe(c.column - 'runA'.length)
  })
})

describe('valueCompletionsAt', () => {
  const NS = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n  labels:\n'
  const CONTAINER = `${POD}  containers:\n  - name: web\n    securityContext:\n`
  const cases: {
    name: string
    text: string
    path: string | null
    values?: readonly string[]
    includes?: readonly string[]
  }[] = [
    {
      name: 'a bool field',
      text: `${POD}  hostPID: |`,
      path: 'spec.hostPID',
      values: ['true', 'false'],
    },
    {
      name: 'seccompProfile.type of a container',
      text: `${CONTAINER}      seccompProfile:\n        type: |`,
      path: 'spec.containers[].securityContext.seccompProfile.type',
      values: ['Localhost', 'RuntimeDefault', 'Unconfined'],
    },
    {
      name: 'appArmorProfile.type of the pod, partly typed',
      text: `${POD}  securityContext:\n    appArmorProfile:\n      type: Run|`,
      path: 'spec.securityContext.appArmorProfile.type',
      values: ['Localhost', 'RuntimeDefault', 'Unconfined'],
    },
    {
      name: 'procMount',
      text: `${CONTAINER}      procMount: |`,
      path: 'spec.containers[].securityContext.procMount',
      values: ['Default', 'Unmasked'],
    },
    {
      name: 'imagePullPolicy on the dash line',
      text: `${POD}  containers:\n  - imagePullPolicy: |`,
      path: 'spec.containers[].imagePullPolicy',
      values: ['Always', 'IfNotPresent', 'Never'],
    },
    {
      name: "the pod's restartPolicy in a Deployment",
      text: 'kind: Deployment\nspec:\n  template:\n    spec:\n      restartPolicy: |',
      path: 'spec.template.spec.restartPolicy',
      values: ['Always', 'OnFailure', 'Never'],
    },
    {
      name: 'a port protocol',
      text: `${POD}  containers:\n  - name: web\n    ports:\n    - containerPort: 80\n      protocol: |`,
      path: 'spec.containers[].ports[].protocol',
      values: ['SCTP', 'TCP', 'UDP'],
    },
    {
      name: 'a capability to drop, block list item',
      text: `${CONTAINER}      capabilities:\n        drop:\n        - |`,
      path: 'spec.containers[].securityContext.capabilities.drop[]',
      includes: ['ALL', 'NET_RAW', 'SYS_ADMIN', 'CHECKPOINT_RESTORE'],
    },
    {
      name: 'a capability to drop, items at the key indentation',
      text: `${CONTAINER}      capabilities:\n        drop:\n        - ALL\n        - N|`,
      path: 'spec.containers[].securityContext.capabilities.drop[]',
      includes: ['NET_RAW'],
    },
    {
      name: 'a list of structs has no values',
      text: `${POD}  containers:\n  - |`,
      path: null,
    },
    {
      name: 'a capability to add, flow sequence',
      text: `${CONTAINER}      capabilities: {add: [NET_BIND_SERVICE, |]}`,
      path: 'spec.containers[].securityContext.capabilities.add[]',
      includes: ['ALL', 'NET_RAW'],
    },
    {
      name: 'a value in a flow mapping',
      text: `${CONTAINER}      seccompProfile: {type: |}`,
      path: 'spec.containers[].securityContext.seccompProfile.type',
      values: ['Localhost', 'RuntimeDefault', 'Unconfined'],
    },
    {
      name: "a Namespace's enforce label",
      text: `${NS}    pod-security.kubernetes.io/enforce: |`,
      path: 'metadata.labels.pod-security.kubernetes.io/enforce',
      values: ['privileged', 'baseline', 'restricted'],
    },
    {
      name: "a Namespace's warn-version label",
      text: `${NS}    pod-security.kubernetes.io/warn-version: v1.|`,
      path: 'metadata.labels.pod-security.kubernetes.io/warn-version',
      includes: ['latest', 'v1.0', 'v1.25'],
    },
    {
      name: 'another label of a Namespace',
      text: `${NS}    team: |`,
      path: null,
    },
    {
      name: 'the same label on a Pod',
      text: 'kind: Pod\nmetadata:\n  labels:\n    pod-security.kubernetes.io/enforce: |',
      path: null,
    },
    {
      name: 'a PodSecurityPolicy rule',
      text: 'kind: PodSecurityPolicy\nspec:\n  runAsUser:\n    rule: |',
      path: 'spec.runAsUser.rule',
      values: ['MustRunAs', 'MustRunAsNonRoot', 'RunAsAny'],
    },
    {
      name: 'a PodSecurityPolicy seLinux rule, inline',
      text: 'kind: PodSecurityPolicy\nspec:\n  seLinux: {rule: |}',
      path: 'spec.seLinux.rule',
      values: ['MustRunAs', 'RunAsAny'],
    },
    {
      name: "a PodSecurityPolicy's volumes",
      text: 'kind: PodSecurityPolicy\nspec:\n  volumes:\n  - |',
      path: 'spec.volumes[]',
      includes: ['*', 'configMap', 'cephFS', 'hostPath'],
    },
    {
      name: "a PodSecurityPolicy's allowed capabilities",
      text: 'kind: PodSecurityPolicy\nspec:\n  allowedCapabilities: [|]',
      path: 'spec.allowedCapabilities[]',
      includes: ['*', 'ALL', 'NET_ADMIN'],
    },
    {
      name: 'a value in a flow mapping across lines',
      text: `${CONTAINER}      seccompProfile: {\n        type: |\n      }`,
      path: 'spec.containers[].securityContext.seccompProfile.type',
      values: ['Localhost', 'RuntimeDefault', 'Unconfined'],
    },
    {
      name: 'a capability in a flow sequence across lines',
      text: `${CONTAINER}      capabilities: {drop: [\n        ALL,\n        N|\n      ]}`,
      path: 'spec.containers[].securityContext.capabilities.drop[]',
      includes: ['NET_RAW'],
    },
    { name: 'a free string', text: `${POD}  containers:\n  - image: |`, path: null },
    { name: 'a key, not a value', text: `${POD}  |`, path: null },
    { name: 'no space after the colon', text: `${POD}  hostPID:|`, path: null },
    { name: 'a comment', text: `${POD}  hostPID: # |`, path: null },
  ]
  it.each(cases)('$name', ({ text, path, values, includes }) => {
    const c = cursor(text)
    const r = valueCompletionsAt(c.text, c.line, c.column)
    expect(r?.path ?? null).toBe(path)
    if (r === null) return
    const got = r.values.map((v) => v.value)
    if (values !== undefined) expect([...got].sort()).toEqual([...values].sort())
    for (const v of includes ?? []) expect(got).toContain(v)
    expect(new Set(got).size).toBe(got.length)
  })

  it('starts the replaced range where the typed value starts', () => {
    const c = cursor(`${POD}  securityContext:\n    seccompProfile:\n      type: Runtime|`)
    expect(valueCompletionsAt(c.text, c.line, c.column)?.start).toBe(c.column - 'Runtime'.length)
  })

  it("says each value's effect on the Pod Security level, from the engine's checks", () => {
    const c = cursor(
      `${POD}  containers:\n  - name: web\n    securityContext:\n      seccompProfile:\n        type: |`,
    )
    const docs = new Map(
      valueCompletionsAt(c.text, c.line, c.column)!.values.map((v) => [v.value, v.doc]),
    )
    expect(docs.get('RuntimeDefault')).toContain('meets restricted')
    expect(docs.get('Localhost')).toContain('meets restricted')
    // the baseline forbids an explicit Unconfined profile (seccompProfile_baseline)
    expect(docs.get('Unconfined')).toContain('privileged at most; fails baseline (Seccomp')
    const pid = cursor(`${POD}  hostPID: |`)
    const hostPID = valueCompletionsAt(pid.text, pid.line, pid.column)!.values
    expect(hostPID.find((v) => v.value === 'true')?.doc).toContain('privileged at most')
    expect(hostPID.find((v) => v.value === 'false')?.doc).toContain('meets restricted')
  })

  it('says nothing of Pod Security for a field no check reads', () => {
    const c = cursor(`${POD}  containers:\n  - name: web\n    imagePullPolicy: |`)
    for (const v of valueCompletionsAt(c.text, c.line, c.column)!.values)
      expect(v.doc).not.toContain('Pod Security')
  })
})

describe('textLines: the last split is kept', () => {
  it.each([
    ['the same text again', 'a: 1\nb: 2', 'a: 1\nb: 2', true],
    ['an equal text built anew', 'a: 1\r\nb: 2', ['a: 1', 'b: 2'].join('\r\n'), true],
    ['another text', 'a: 1\nb: 2', 'a: 1\nb: 3', false],
  ])('%s', (_, first, second, same) => {
    const a = textLines(first)
    const b = textLines(second)
    expect(b).toEqual(second.split(/\r?\n/))
    expect(a === b).toBe(same)
  })
})
