import { describe, expect, it } from 'vitest'
import { compareBodyOrder, decodeObject, strictPath } from './decode'

interface TestPod {
  apiVersion: string
  kind: string
  metadata: { name: string }
  spec: { containers: Record<string, unknown>[] }
}
const pod = (container: Record<string, unknown>, spec: Record<string, unknown> = {}): TestPod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p' },
  spec: { containers: [{ name: 'c', image: 'i', ...container }], ...spec },
})
const messages = (kind: string, value: unknown) =>
  decodeObject(kind, value).problems.map((p) => p.message)

// sigs.k8s.io/json internal/golang/encoding/json/decode.go (`object`: case-sensitive field match,
// strict field stack) and kubernetes_patch.go (`saveStrictError`); cluster-path.md §5.1.
describe('unknown fields: case-sensitive, full path, suggestion', () => {
  it.each([
    [pod({}, { securityContex: {} }), 'spec.securityContex', 'securityContext'],
    [pod({ securityContex: {} }), 'spec.containers[0].securityContex', 'securityContext'],
    [
      pod({ securityContext: { runAsNonroot: true } }),
      'spec.containers[0].securityContext.runAsNonroot',
      'runAsNonRoot',
    ],
    [pod({}, { SecurityContext: {} }), 'spec.SecurityContext', 'securityContext'],
    [pod({}, { securitycontext: {} }), 'spec.securitycontext', 'securityContext'],
    [
      pod({ ports: [{ containerPortt: 80 }] }),
      'spec.containers[0].ports[0].containerPortt',
      'containerPort',
    ],
    [{ kind: 'Pod', spex: {} }, 'spex', 'spec'],
    [pod({ zzzzzzzzzz: 1 }), 'spec.containers[0].zzzzzzzzzz', undefined],
  ])('%j -> unknown field "%s"', (value, path, suggestion) => {
    const [p, ...rest] = decodeObject('Pod', value).problems
    expect(rest).toEqual([])
    expect(p).toMatchObject({
      code: 'unknown-field',
      severity: 'error',
      by: 'server',
      message: `unknown field "${path}"`,
    })
    expect(p!.suggestion).toBe(suggestion)
  })

  it('Deployment: the path from the object root, and the field is ignored in the decoded value', () => {
    const dep = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      spec: {
        template: { spec: { containers: [{ name: 'a', securityContext: { privilegd: true } }] } },
      },
    }
    const r = decodeObject('Deployment', dep)
    expect(r.problems).toMatchObject([
      {
        message: 'unknown field "spec.template.spec.containers[0].securityContext.privilegd"',
        suggestion: 'privileged',
        path: ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privilegd'],
      },
    ])
    expect(r.value).toEqual({
      ...dep,
      spec: { template: { spec: { containers: [{ name: 'a', securityContext: {} }] } } },
    })
    expect(dep.spec.template.spec.containers[0]!.securityContext).toEqual({ privilegd: true })
  })

  it('order: byte-sorted keys at each level, depth first (the re-encoded request body)', () => {
    const value = pod({ imagePullPolicyy: 'x', B: 1, a: 1 }, { securityContex: {}, Z: 1 })
    expect(messages('Pod', value)).toEqual([
      'unknown field "spec.Z"',
      'unknown field "spec.containers[0].B"',
      'unknown field "spec.containers[0].a"',
      'unknown field "spec.containers[0].imagePullPolicyy"',
      'unknown field "spec.securityContex"',
    ])
  })

  it.each([
    ['labels', { metadata: { labels: { 'app.kubernetes.io/name': 'x', anything: 'y' } } }],
    ['annotations', { metadata: { annotations: { 'a/b': 'x' } } }],
    ['nodeSelector', { spec: { nodeSelector: { 'kubernetes.io/os': 'linux' }, containers: [] } }],
    ['resource lists', pod({ resources: { limits: { cpu: '1', 'nvidia.com/gpu': 1 } } })],
    ['free-form (any)', { metadata: { managedFields: [{ fieldsV1: { 'f:x': {} } }] } }],
  ])('maps accept any key: %s', (_name, value) => {
    expect(decodeObject('Pod', value).problems).toEqual([])
  })

  it('kinds outside the tree come back unchanged; non-objects too', () => {
    const crd = { kind: 'Widget', spec: { anything: 1 } }
    expect(decodeObject('Widget', crd)).toEqual({ value: crd, problems: [] })
    expect(decodeObject('Pod', 'text')).toEqual({ value: 'text', problems: [] })
  })

  it('a well-formed object is returned as the same object (nothing copied)', () => {
    const value = pod({ securityContext: { runAsUser: 1000, capabilities: { drop: ['ALL'] } } })
    const r = decodeObject('Pod', value)
    expect(r.value).toBe(value)
    expect(r.problems).toEqual([])
  })

  it('basePath prefixes the problem paths, not the messages', () => {
    const r = decodeObject('Pod', { spex: 1 }, ['items', 3])
    expect(r.problems).toMatchObject([
      { path: ['items', 3, 'spex'], message: 'unknown field "spex"' },
    ])
  })

  it.each([
    ['PodSecurityPolicy', { spec: { privilegd: true } }, 'unknown field "spec.privilegd"'],
    [
      'PodSecurityPolicy',
      { spec: { runAsUser: { rule: 'RunAsAny', range: [] } } },
      'unknown field "spec.runAsUser.range"',
    ],
    ['NetworkPolicy', { spec: { podSelectr: {} } }, 'unknown field "spec.podSelectr"'],
    ['Namespace', { metadata: { lables: {} } }, 'unknown field "metadata.lables"'],
    [
      'CronJob',
      { spec: { jobTemplate: { spec: { template: { spec: { hostPid: true } } } } } },
      'unknown field "spec.jobTemplate.spec.template.spec.hostPid"',
    ],
    [
      'ValidatingAdmissionPolicyBinding',
      { spec: { policyname: 'x' } },
      'unknown field "spec.policyname"',
    ],
  ])('%s: %j', (kind, value, message) => {
    expect(messages(kind, value)).toEqual([message])
  })
})

// Go encoding/json decode.go `literalStore`/`array`/`object` (UnmarshalTypeError), as vendored in
// sigs.k8s.io/json; intstr.IntOrString, metav1.Time and resource.Quantity UnmarshalJSON;
// cluster-path.md §5.3.
describe('wrong types: Go UnmarshalTypeError text, the field dropped', () => {
  const sc = 'Go struct field SecurityContext.spec.containers.securityContext'
  it.each([
    [
      { securityContext: { runAsUser: 2 ** 63 } }, // 9223372036854775808 in the YAML
      `json: cannot unmarshal number 9223372036854776000 into ${sc}.runAsUser of type int64`,
    ],
    [
      { securityContext: { runAsUser: 1.5 } },
      `json: cannot unmarshal number 1.5 into ${sc}.runAsUser of type int64`,
    ],
    [
      { securityContext: { runAsUser: '1000' } },
      `json: cannot unmarshal string into ${sc}.runAsUser of type int64`,
    ],
    [
      { securityContext: { privileged: 'true' } },
      `json: cannot unmarshal string into ${sc}.privileged of type bool`,
    ],
    [
      { securityContext: { capabilities: { add: 'NET_ADMIN' } } },
      'json: cannot unmarshal string into Go struct field Capabilities.spec.containers.securityContext.capabilities.add of type []string',
    ],
    [
      { securityContext: { capabilities: { add: [1] } } },
      'json: cannot unmarshal number into Go struct field Capabilities.spec.containers.securityContext.capabilities.add of type string',
    ],
    [
      { securityContext: [] },
      'json: cannot unmarshal array into Go struct field Container.spec.containers.securityContext of type v1.SecurityContext',
    ],
    [
      { ports: [{ containerPort: 4294967296 }] },
      'json: cannot unmarshal number 4294967296 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32',
    ],
    [{ ports: [{ containerPort: 2147483647 }] }, null],
    [
      { ports: [{ containerPort: 2147483648 }] },
      'json: cannot unmarshal number 2147483648 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32',
    ],
    [
      { ports: {} },
      'json: cannot unmarshal object into Go struct field Container.spec.containers.ports of type []v1.ContainerPort',
    ],
    [
      { env: [{ name: 'A', value: true }] },
      'json: cannot unmarshal bool into Go struct field EnvVar.spec.containers.env.value of type string',
    ],
    [{ securityContext: { runAsUser: 1.0 } }, null],
    [{ securityContext: { runAsUser: -(2 ** 63) } }, null],
    [{ livenessProbe: { httpGet: { port: 'http' } } }, null],
    [
      { livenessProbe: { httpGet: { port: true } } },
      'json: cannot unmarshal bool into Go struct field HTTPGetAction.spec.containers.livenessProbe.httpGet.port of type int32',
    ],
    [
      { livenessProbe: { httpGet: { port: 1.5 } } },
      'json: cannot unmarshal number 1.5 into Go struct field HTTPGetAction.spec.containers.livenessProbe.httpGet.port of type int32',
    ],
    [
      { resources: { limits: { memory: '1Gb' } } },
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    ],
    [{ resources: { limits: { memory: 1073741824, cpu: 0.5 } } }, null],
  ])('%j', (container, message) => {
    const r = decodeObject('Pod', { spec: { containers: [container] } })
    expect(r.problems.map((p) => p.message)).toEqual(message === null ? [] : [message])
  })

  it('the wrongly typed field is judged as unset; the value given is not changed', () => {
    const value = pod({ securityContext: { privileged: 'true', runAsUser: 0 } })
    const r = decodeObject('Pod', value)
    expect((r.value as TestPod).spec.containers[0]!.securityContext).toEqual({ runAsUser: 0 })
    expect(value.spec.containers[0]!.securityContext).toEqual({ privileged: 'true', runAsUser: 0 })
  })

  it("errors from a type's own UnmarshalJSON end decoding (aborts); others are saved", () => {
    const r = decodeObject('Pod', {
      spec: {
        containers: [
          { livenessProbe: { httpGet: { port: true } }, securityContext: { privileged: 1 } },
        ],
      },
    })
    expect(r.problems.map((p) => [p.path.at(-1), p.aborts ?? false])).toEqual([
      ['port', true],
      ['privileged', false],
    ])
  })

  it.each([
    [
      'top-level field',
      { spec: 1 },
      'json: cannot unmarshal number into Go struct field Pod.spec of type v1.PodSpec',
    ],
    [
      'list item',
      { spec: { containers: [1] } },
      'json: cannot unmarshal number into Go struct field PodSpec.spec.containers of type v1.Container',
    ],
    [
      'map value',
      { spec: { nodeSelector: { a: 1 } } },
      'json: cannot unmarshal number into Go struct field PodSpec.spec.nodeSelector of type string',
    ],
    [
      'int64 list',
      { spec: { securityContext: { supplementalGroups: ['1'] } } },
      'json: cannot unmarshal string into Go struct field PodSecurityContext.spec.securityContext.supplementalGroups of type int64',
    ],
    ['PSP range', { kind: 'x', spec: {} }, null],
  ])('%s', (_name, value, message) => {
    expect(messages('Pod', value)).toEqual(message === null ? [] : [message])
  })

  it('PodSecurityPolicy ranges are int64 in package v1beta1', () => {
    expect(
      messages('PodSecurityPolicy', {
        spec: { runAsUser: { ranges: [{ min: '1' }] }, hostPorts: {} },
      }),
    ).toEqual([
      'json: cannot unmarshal object into Go struct field PodSecurityPolicySpec.spec.hostPorts of type []v1beta1.HostPortRange',
      'json: cannot unmarshal string into Go struct field IDRange.spec.runAsUser.ranges.min of type int64',
    ])
  })

  it('bigint values (int64 kept exactly) are range-checked exactly', () => {
    const ok = decodeObject('Pod', {
      spec: { securityContext: { runAsUser: 9223372036854775807n } },
    })
    expect(ok.problems).toEqual([])
    expect(
      messages('Pod', { spec: { securityContext: { runAsUser: 9223372036854775808n } } }),
    ).toEqual([
      'json: cannot unmarshal number 9223372036854775808 into Go struct field PodSecurityContext.spec.securityContext.runAsUser of type int64',
    ])
  })
})

// Go encoding/json decode.go `literalStore` case 'n' (null leaves a value at its zero value, sets a
// pointer, slice or map to nil); cluster-path.md §5.4.
describe('null', () => {
  it.each([
    [
      'a null field is unset',
      { spec: { hostPID: null, containers: [] } },
      { spec: { containers: [] } },
    ],
    [
      'null list items are zero values',
      { spec: { containers: [{ securityContext: { capabilities: { add: [null, 'X'] } } }] } },
      { spec: { containers: [{ securityContext: { capabilities: { add: ['', 'X'] } } }] } },
    ],
    [
      'a null container is an empty container',
      { spec: { containers: [null] } },
      { spec: { containers: [{}] } },
    ],
    [
      'a null map value is the zero value',
      { metadata: { labels: { a: null } } },
      { metadata: { labels: { a: '' } } },
    ],
    [
      'null int list items are 0',
      { spec: { securityContext: { supplementalGroups: [null, 5] } } },
      { spec: { securityContext: { supplementalGroups: [0, 5] } } },
    ],
    ['metadata: null', { metadata: null }, {}],
  ])('%s', (_name, value, expected) => {
    const r = decodeObject('Pod', value)
    expect(r.problems).toEqual([])
    expect(r.value).toEqual(expected)
  })
})

// The house rule: no user key becomes a prototype (cluster-path.md §3.2, issue 8).
describe('keys that are Object.prototype names are plain data', () => {
  const withKey = (target: object, key: string, v: unknown) => {
    Object.defineProperty(target, key, {
      value: v,
      enumerable: true,
      configurable: true,
      writable: true,
    })
    return target
  }

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('label key %s', (key) => {
    const labels = withKey({ a: null }, key, 'v')
    const r = decodeObject('Pod', { metadata: { labels } })
    const out = (r.value as { metadata: { labels: Record<string, unknown> } }).metadata.labels
    expect(r.problems).toEqual([])
    expect(Object.keys(out).sort()).toEqual([key, 'a'].sort())
    expect(Object.hasOwn(out, key)).toBe(true)
    expect(out[key]).toBe('v')
    expect(Object.getPrototypeOf(out)).toBe(null)
  })

  it.each(['__proto__', 'constructor', 'toString'])('unknown field %s', (key) => {
    const sc = withKey({ runAsNonRoot: true }, key, { runAsUser: 0, privileged: true })
    const r = decodeObject('Pod', { spec: { securityContext: sc } })
    expect(r.problems.map((p) => p.message)).toEqual([
      `unknown field "spec.securityContext.${key}"`,
    ])
    const out = (r.value as { spec: { securityContext: Record<string, unknown> } }).spec
      .securityContext
    expect(Object.keys(out)).toEqual(['runAsNonRoot'])
    expect(out.runAsUser).toBeUndefined()
    expect(out.privileged).toBeUndefined()
  })
})

// cli-runtime pkg/resource/metadata_decoder.go: metadata decoded into ObjectMeta with Go's
// encoding/json (case-insensitive) before sending; cluster-path.md §4.
describe("kubectl's metadata check", () => {
  it.each([
    [
      { labels: { version: 1.0 } },
      'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string',
    ],
    [
      { labels: { enabled: true } },
      'json: cannot unmarshal bool into Go struct field ObjectMeta.metadata.labels of type string',
    ],
    [
      { name: 123 },
      'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.name of type string',
    ],
    [
      { annotations: [] },
      'json: cannot unmarshal array into Go struct field ObjectMeta.metadata.annotations of type map[string]string',
    ],
  ])('%j stops kubectl', (metadata, message) => {
    const r = decodeObject('Deployment', { metadata })
    expect(r.problems).toMatchObject([{ code: 'wrong-type', by: 'kubectl', message }])
    expect(r.problems[0]!.aborts).toBeUndefined()
  })

  it('kubectl matches metadata fields case-insensitively; the server does not', () => {
    const r = decodeObject('Pod', { metadata: { Labels: { a: 1 } } })
    expect(r.problems).toMatchObject([
      {
        by: 'kubectl',
        message:
          'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string',
      },
      {
        by: 'server',
        code: 'unknown-field',
        message: 'unknown field "metadata.Labels"',
        suggestion: 'labels',
      },
    ])
  })

  it('spec.template.metadata is only checked by the server', () => {
    const r = decodeObject('Deployment', { spec: { template: { metadata: { labels: { v: 1 } } } } })
    expect(r.problems).toMatchObject([
      {
        by: 'server',
        message:
          'json: cannot unmarshal number into Go struct field ObjectMeta.spec.template.metadata.labels of type string',
      },
    ])
  })
})

describe('paths and order helpers', () => {
  it.each([
    [['spec', 'containers', 0, 'securityContext'], 'spec.containers[0].securityContext'],
    [['metadata', 'labels', 'a.b/c'], 'metadata.labels.a.b/c'],
    [['spex'], 'spex'],
  ])('strictPath(%j) = %s', (path, text) => {
    expect(strictPath(path)).toBe(text)
  })

  it.each([
    [['a'], ['a', 'b'], -1],
    [['B'], ['a'], -1],
    [['x', 2], ['x', 10], -1],
    [['\uffff'], ['\u{10000}'], -1],
  ])('%j before %j', (a, b, sign) => {
    expect(Math.sign(compareBodyOrder(a, b))).toBe(sign)
    expect(Math.sign(compareBodyOrder(b, a))).toBe(-sign)
  })
})
