/**
 * How a field error prints its value from Kubernetes 1.34 (apimachinery field/errors.go ErrorBody;
 * cluster-path.md §7.1): pointers are followed; int, float and bool with `%v`; a Go `string` with
 * `%q`; anything else (named string types such as ProcMountType, structs, slices) as json.Marshal
 * output. Internal API structs have no JSON tags, so they print with Go field names in declaration
 * order and nil pointers as `null`.
 */
import { goQuote } from '../go/quote'
import { isObj, type Obj } from '../obj'

/** A Go `string` (or `*string`): `%q`. */
export const str = (s: string): string => goQuote(s)

/** An integer or a bool: `%v`. */
export const num = (n: number): string => (Number.isInteger(n) ? BigInt(n).toString() : String(n))
export const bool = (b: boolean): string => String(b)

const JSON_ESCAPES = /[<>&\u2028\u2029]/g
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * Go encoding/json of a string: like JSON.stringify, plus the HTML-safe escapes of <, > and &, and
 * escapes of U+2028 and U+2029. A lone surrogate cannot reach Go: JSON decoding made it U+FFFD.
 */
export function jsonString(s: string): string {
  return JSON.stringify(s.replace(LONE_SURROGATE, '\uFFFD')).replace(
    JSON_ESCAPES,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** The shape of an internal struct: its Go fields in declaration order, with their v1 JSON keys. */
type Kind = 'string' | 'string?' | 'bool?' | 'int?' | 'strings?' | Struct
interface Struct {
  fields: readonly (readonly [goName: string, jsonKey: string, kind: Kind])[]
}

function encodeValue(kind: Kind, v: unknown): string {
  if (typeof kind !== 'string') return isObj(v) ? encodeStruct(kind, v) : 'null'
  switch (kind) {
    case 'string':
      return jsonString(typeof v === 'string' ? v : '')
    case 'string?':
      return typeof v === 'string' ? jsonString(v) : 'null'
    case 'bool?':
      return typeof v === 'boolean' ? String(v) : 'null'
    case 'int?':
      return typeof v === 'number' ? num(v) : 'null'
    case 'strings?':
      return Array.isArray(v)
        ? `[${v.map((x) => jsonString(typeof x === 'string' ? x : '')).join(',')}]`
        : 'null'
  }
}

function encodeStruct(s: Struct, o: Obj): string {
  const parts = s.fields.map(([go, key, kind]) => `"${go}":${encodeValue(kind, o[key])}`)
  return `{${parts.join(',')}}`
}

// pkg/apis/core/types.go (internal types), field order as declared.
const PROFILE: Struct = {
  fields: [
    ['Type', 'type', 'string'],
    ['LocalhostProfile', 'localhostProfile', 'string?'],
  ],
}
const SECURITY_CONTEXT: Struct = {
  fields: [
    [
      'Capabilities',
      'capabilities',
      {
        fields: [
          ['Add', 'add', 'strings?'],
          ['Drop', 'drop', 'strings?'],
        ],
      },
    ],
    ['Privileged', 'privileged', 'bool?'],
    [
      'SELinuxOptions',
      'seLinuxOptions',
      {
        fields: [
          ['User', 'user', 'string'],
          ['Role', 'role', 'string'],
          ['Type', 'type', 'string'],
          ['Level', 'level', 'string'],
        ],
      },
    ],
    [
      'WindowsOptions',
      'windowsOptions',
      {
        fields: [
          ['GMSACredentialSpecName', 'gmsaCredentialSpecName', 'string?'],
          ['GMSACredentialSpec', 'gmsaCredentialSpec', 'string?'],
          ['RunAsUserName', 'runAsUserName', 'string?'],
          ['HostProcess', 'hostProcess', 'bool?'],
        ],
      },
    ],
    ['RunAsUser', 'runAsUser', 'int?'],
    ['RunAsGroup', 'runAsGroup', 'int?'],
    ['RunAsNonRoot', 'runAsNonRoot', 'bool?'],
    ['ReadOnlyRootFilesystem', 'readOnlyRootFilesystem', 'bool?'],
    ['AllowPrivilegeEscalation', 'allowPrivilegeEscalation', 'bool?'],
    ['ProcMount', 'procMount', 'string?'],
    ['SeccompProfile', 'seccompProfile', PROFILE],
    ['AppArmorProfile', 'appArmorProfile', PROFILE],
  ],
}

/** json.Marshal of an internal core.SecurityContext built from the v1 object. */
export const securityContextJson = (sc: Obj): string => encodeStruct(SECURITY_CONTEXT, sc)

/** json.Marshal of an internal core.SeccompProfile (or AppArmorProfile). */
export const profileJson = (p: Obj): string => encodeStruct(PROFILE, p)
