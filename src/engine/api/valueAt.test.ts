/**
 * Hovering a value of a closed set: a table of texts, `|` marking the mouse. The documentation is
 * the one completion shows for the same value (one source), read here from valueCompletionsAt.
 */
import { describe, expect, it } from 'vitest'
import { cursor as mouse } from './testing/cursor'
import { valueCompletionsAt } from './schemaHelp'
import { valueAt } from './valueAt'

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n'
const CONTAINER = `${POD}  containers:\n  - name: web\n    image: nginx\n    securityContext:\n`
const NS = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n  labels:\n'
const PSP = 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: p\nspec:\n'

describe('valueAt', () => {
  const cases: {
    name: string
    text: string
    value?: string
    path?: string
    /** What the documentation must say (besides being completion's text). */
    says?: RegExp
    /** The value's text on its line, quotes included (the hover's range). */
    written?: string
  }[] = [
    {
      name: 'seccomp RuntimeDefault of a container',
      text: `${CONTAINER}      seccompProfile:\n        type: Runtime|Default`,
      value: 'RuntimeDefault',
      path: 'spec.containers[].securityContext.seccompProfile.type',
      says: /Pod Security: meets restricted\./,
    },
    {
      name: 'seccomp Unconfined, mouse on its first letter',
      text: `${CONTAINER}      seccompProfile:\n        type: |Unconfined  # for now`,
      value: 'Unconfined',
      says: /No profile.*Pod Security: privileged at most; fails baseline/,
    },
    {
      name: 'a capability added, block list',
      text: `${CONTAINER}      capabilities:\n        add:\n        - NET_AD|MIN`,
      value: 'NET_ADMIN',
      path: 'spec.containers[].securityContext.capabilities.add[]',
      says: /fails baseline/,
    },
    {
      name: 'a capability added, flow list',
      text: `${CONTAINER}      capabilities: {add: [NET_BIND_SERVICE, NET_|ADMIN]}`,
      value: 'NET_ADMIN',
      path: 'spec.containers[].securityContext.capabilities.add[]',
      says: /fails baseline/,
    },
    {
      name: 'procMount Unmasked',
      text: `${CONTAINER}      procMount: Unmask|ed`,
      value: 'Unmasked',
      says: /without masks.*fails baseline/,
    },
    {
      name: 'true under privileged',
      text: `${CONTAINER}      privileged: tr|ue`,
      value: 'true',
      path: 'spec.containers[].securityContext.privileged',
      says: /Pod Security: privileged at most; fails baseline \(Privileged/,
    },
    {
      name: 'false under hostPID in a Deployment',
      text: 'kind: Deployment\nspec:\n  template:\n    spec:\n      hostPID: fal|se',
      value: 'false',
      path: 'spec.template.spec.hostPID',
      says: /meets restricted/,
    },
    {
      name: "a Namespace's enforce level",
      text: `${NS}    pod-security.kubernetes.io/enforce: restr|icted`,
      value: 'restricted',
      path: 'metadata.labels.pod-security.kubernetes.io/enforce',
      says: /Pod Security Standards level/,
    },
    {
      name: 'a PodSecurityPolicy rule, flow mapping',
      text: `${PSP}  fsGroup: {rule: RunAs|Any}`,
      value: 'RunAsAny',
      path: 'spec.fsGroup.rule',
      says: /anything the pod sets passes/,
    },
    {
      name: "a PodSecurityPolicy's volumes, quoted",
      text: `${PSP}  volumes:\n  - '|*'`,
      value: '*',
      path: 'spec.volumes[]',
      says: /Every volume type/,
      written: "'*'",
    },
    {
      name: 'a capability in a flow sequence across lines',
      text: `${CONTAINER}      capabilities: {add: [\n        NET_ADMIN,\n        SYS_TI|ME\n      ]}`,
      value: 'SYS_TIME',
      path: 'spec.containers[].securityContext.capabilities.add[]',
      says: /fails baseline/,
    },
    { name: 'the key, not the value', text: `${CONTAINER}      privi|leged: true` },
    { name: 'a free string', text: `${CONTAINER}      runAsUser: 10|00` },
    { name: 'an image', text: `${POD}  containers:\n  - image: ngi|nx` },
    {
      name: 'a value the set does not hold',
      text: `${CONTAINER}      seccompProfile:\n        type: Runtim|Defaul`,
    },
    {
      name: 'a plain scalar that goes on',
      text: `${CONTAINER}      seccompProfile:\n        type: Runtime|Default please`,
    },
    {
      name: 'a block scalar with a comma is one value',
      text: `${CONTAINER}      capabilities:\n        add:\n        - NET_AD|MIN, SYS_TIME`,
    },
    { name: 'in a comment', text: `${CONTAINER}      privileged: # tr|ue` },
    {
      name: 'a label of another kind',
      text: 'kind: Pod\nmetadata:\n  labels:\n    a: restr|icted',
    },
  ]
  it.each(cases)('$name', ({ text, value, path, says, written }) => {
    const m = mouse(text)
    const got = valueAt(m.text, m.line, m.column)
    if (value === undefined) {
      expect(got).toBeNull()
      return
    }
    expect(got?.value).toBe(value)
    if (path !== undefined) expect(got?.path).toBe(path)
    if (says) expect(got?.doc).toMatch(says)
    const line = m.text.split('\n')[m.line - 1]!
    expect(line.slice(got!.startColumn - 1, got!.endColumn - 1)).toBe(written ?? value)
    // one source: completion at the value's start proposes it with the same text
    const proposed = valueCompletionsAt(m.text, m.line, got!.startColumn)?.values.find(
      (v) => v.value === value,
    )
    expect(got?.doc).toBe(proposed?.doc)
  })
})
