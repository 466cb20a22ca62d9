/**
 * The AppArmor annotation -> field sync the API server applies when a Pod is created
 * (cluster-path.md §6; kubernetes/kubernetes pkg/registry/core/pod/strategy.go
 * `applyAppArmorVersionSkew`, called from `PrepareForCreate`, and pkg/api/pod/util.go
 * `ApparmorFieldForAnnotation`). It runs after defaulting and mutating admission, before API
 * validation and Pod Security Admission, so both judge the synced pod.
 *
 * For every container (init, regular, ephemeral, in that order) with the annotation
 * `container.apparmor.security.beta.kubernetes.io/<name>` and no `securityContext.appArmorProfile`:
 * `unconfined`, `runtime/default` and `localhost/<p>` (non-empty `<p>`) become the field
 * {Unconfined}, {RuntimeDefault}, {Localhost, localhostProfile: <p>}, unless the result is invalid
 * (ValidateAppArmorProfileField: a padded or too long profile) or equals the pod-level profile.
 * The API server warns `metadata.annotations[<key>]: deprecated since v1.30; use the
 * "appArmorProfile" field instead` when it copied the value or could derive nothing valid from it.
 * Skipped for `spec.os.name: windows`.
 *
 * Versions: the sync exists from 1.30 (AppArmor fields, beta) on; the other direction (field ->
 * annotation) was removed in 1.34 (kubernetes/kubernetes PR 131989), so at podplay's 1.37 baseline
 * only this direction remains. Pods only: the workload strategies (Deployment, Job, ...) have no
 * such step as far as read (cluster-path.md §6 marks templates as unconfirmed), and a controller's
 * Pods are synced when they are created, which podplay does not emulate for templates.
 */
import { visitContainers } from '../containers'
import { isObj, type Obj, setOwn } from '../obj'
import type { Path } from '../report'
import { appArmorProfileErrors } from '../validation/appArmorProfile'
import { At } from '../validation/at'

export const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/'

export interface AppArmorSynced {
  /** Path of the container's new `appArmorProfile`, relative to the pod. */
  path: Path
  container: string
  annotation: string
  profile: Obj
}

export interface ServerWarning {
  /** Where the warning is about, relative to the pod. */
  path: Path
  /** The API server's warning text (kubectl prints it after `Warning: `). */
  message: string
}

export interface AppArmorSyncResult {
  /** The synced pod; the input itself when nothing changed. The input is never modified. */
  pod: unknown
  synced: AppArmorSynced[]
  warnings: ServerWarning[]
}

/** ApparmorFieldForAnnotation: the field an annotation value stands for, or null. */
export function appArmorFieldForAnnotation(value: string): Obj | null {
  if (value === 'unconfined') return { type: 'Unconfined' }
  if (value === 'runtime/default') return { type: 'RuntimeDefault' }
  if (value.startsWith('localhost/')) {
    const localhostProfile = value.slice('localhost/'.length)
    if (localhostProfile !== '') return { type: 'Localhost', localhostProfile }
  }
  return null
}

/** apiequality.Semantic.DeepEqual of two AppArmorProfile values (type and localhostProfile). */
function sameProfile(a: Obj, b: Obj | null): boolean {
  return b !== null && a.type === b.type && a.localhostProfile === b.localhostProfile
}

/** A shallow copy that keeps every key as own data (`__proto__` included). */
function copy(o: Obj): Obj {
  const out: Obj = {}
  for (const [k, v] of Object.entries(o)) setOwn(out, k, v)
  return out
}

export function syncAppArmorAnnotations(pod: unknown): AppArmorSyncResult {
  const unchanged: AppArmorSyncResult = { pod, synced: [], warnings: [] }
  if (!isObj(pod) || !isObj(pod.spec) || !isObj(pod.metadata)) return unchanged
  const annotations = pod.metadata.annotations
  if (!isObj(annotations)) return unchanged
  const spec = pod.spec
  if (isObj(spec.os) && spec.os.name === 'windows') return unchanged
  const podSc = isObj(spec.securityContext) ? spec.securityContext : undefined
  const podProfile =
    podSc !== undefined && isObj(podSc.appArmorProfile) ? podSc.appArmorProfile : null

  const result: AppArmorSyncResult = { pod, synced: [], warnings: [] }
  let nextSpec: Obj | null = null
  for (const ref of visitContainers(pod)) {
    const key = `${APPARMOR_ANNOTATION_PREFIX}${ref.name}`
    if (!Object.hasOwn(annotations, key)) continue
    const annotation = annotations[key]
    // A typed map[string]string: the decoder left only strings here.
    if (typeof annotation !== 'string') continue
    if (ref.sc !== undefined && ref.sc.appArmorProfile !== undefined) continue

    let field = appArmorFieldForAnnotation(annotation)
    if (field !== null && appArmorProfileErrors({ appArmorProfile: field }, At.root('')).length > 0)
      field = null // an invalid value is not copied
    let warn = field === null
    if (field !== null && !sameProfile(field, podProfile)) {
      nextSpec ??= copy(spec)
      // visitContainers found the container in an array: copy that array once per list
      let items = nextSpec[ref.field] as unknown[]
      if (items === spec[ref.field]) {
        items = [...items]
        nextSpec[ref.field] = items
      }
      const container = copy(ref.container)
      const sc = copy(ref.sc ?? {})
      sc.appArmorProfile = field
      container.securityContext = sc
      items[ref.index] = container
      result.synced.push({
        path: [...ref.path, 'securityContext', 'appArmorProfile'],
        container: ref.name,
        annotation,
        profile: field,
      })
      warn = true
    }
    if (warn) {
      result.warnings.push({
        path: ['metadata', 'annotations', key],
        message: `metadata.annotations[${key}]: deprecated since v1.30; use the "appArmorProfile" field instead`,
      })
    }
  }
  if (nextSpec !== null) {
    const out = copy(pod)
    out.spec = nextSpec
    result.pod = out
  }
  return result
}
