import { describe, expect, it } from 'vitest'
import { decodeObject } from './decode'
import { decodeErrorMessage, MAX_STRICT_ERRORS } from './message'

const render = (kind: string, value: Record<string, unknown>) =>
  decodeErrorMessage(kind, value.apiVersion, decodeObject(kind, value).problems)

// apimachinery runtime/serializer/json/json.go (`Decode`, strict errors only when decoding
// succeeded), runtime/error.go (`NewStrictDecodingError`), apiserver endpoints/handlers/rest.go
// (`transformDecodeError`), sigs.k8s.io/json kubernetes_patch.go (`saveStrictError`: dedupe, 100),
// Go encoding/json decode.go (`saveError` keeps the first; UnmarshalJSON errors return at once).
describe('decodeErrorMessage', () => {
  it.each([
    [
      'Pod',
      { apiVersion: 'v1', spec: { securityContex: {}, containers: [{ imagePullPolicyy: 'x' }] } },
      'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagePullPolicyy", unknown field "spec.securityContex"',
    ],
    [
      'Deployment',
      { apiVersion: 'apps/v1', spec: { replicaz: 1 } },
      'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replicaz"',
    ],
    [
      'Pod',
      {
        apiVersion: 'v1',
        spec: {
          securityContex: {},
          containers: [{ securityContext: { runAsUser: 2 ** 63 } }],
        },
      },
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number 9223372036854776000 into Go struct field SecurityContext.spec.containers.securityContext.runAsUser of type int64',
    ],
    [
      'Pod',
      { spec: { containers: [{ securityContext: { privileged: 'true', runAsUser: 'x' } }] } },
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field SecurityContext.spec.containers.securityContext.privileged of type bool',
    ],
    [
      'Pod',
      {
        spec: {
          containers: [{ ports: [{ containerPort: 'x' }], resources: { limits: { cpu: 'lots' } } }],
        },
      },
      'Pod in version "v1" cannot be handled as a Pod: quantities must match the regular expression \'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$\'',
    ],
    [
      'PodSecurityPolicy',
      { apiVersion: 'policy/v1beta1', spec: { priviliged: true } },
      'PodSecurityPolicy in version "v1beta1" cannot be handled as a PodSecurityPolicy: strict decoding error: unknown field "spec.priviliged"',
    ],
  ])('%s %j', (kind, value, message) => {
    expect(render(kind, value)).toEqual({ by: 'server', message })
  })

  it("kubectl's metadata check comes first and is kubectl's own message", () => {
    expect(
      render('Pod', { metadata: { labels: { v: 1.0 } }, spec: { securityContex: {} } }),
    ).toEqual({
      by: 'kubectl',
      message:
        'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string',
    })
  })

  it('no problems, no message', () => {
    expect(render('Pod', { spec: { containers: [] } })).toBeNull()
  })

  it(`at most ${MAX_STRICT_ERRORS} unknown fields`, () => {
    const spec: Record<string, unknown> = {}
    for (let i = 0; i < 150; i++) spec[`f${String(i).padStart(3, '0')}`] = 1
    const r = render('Pod', { spec })!
    expect(r.message.match(/unknown field/g)).toHaveLength(MAX_STRICT_ERRORS)
    expect(r.message.endsWith('unknown field "spec.f099"')).toBe(true)
  })
})
