/**
 * Reading a PodSecurityPolicy object (spec pod-security-policy.md §2): accept policy/v1beta1 and
 * extensions/v1beta1, apply the API default (allowPrivilegeEscalation true), report wrong types,
 * then run the API server's validation and the plugin's build step (buildable.ts).
 */
import { FieldReader, typeName } from '../fields'
import type { Path } from '../report'
import { cannotBuild } from './buildable'
import { asObj, isObj } from './obj'
import type { IDRange, Obj, Psp, PspProblem, RangeRule, SELinuxOptions } from './types'
import { validatePsp } from './validate'

export const PSP_API_VERSIONS = ['policy/v1beta1', 'extensions/v1beta1'] as const

export interface ReadPspResult {
  /** metadata.name ('' when missing). */
  name: string
  /** The policy as the plugin sees it (best effort when invalid). */
  policy: Psp
  /** False when an error problem means the object could not exist in a cluster. */
  valid: boolean
  problems: PspProblem[]
  /** Valid but not buildable by the plugin: why (it is then skipped silently). */
  skipped: string | null
}

class Fields extends FieldReader {
  readonly problems: PspProblem[] = []
  wrong(path: Path, want: string, v: unknown) {
    const where = path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
      .join('')
      .slice(1)
    this.problems.push({
      path,
      severity: 'error',
      message: `${where}: expected ${want}, got ${typeName(v)}`,
    })
  }
  ranges(o: Obj, k: string, at: Path): IDRange[] {
    return this.objs(o, k, at).map((r, i) => ({
      min: this.int(r, 'min', [...at, k, i]) ?? 0,
      max: this.int(r, 'max', [...at, k, i]) ?? 0,
    }))
  }
  rangeRule(spec: Obj, k: string): RangeRule | undefined {
    const o = this.obj(spec, k, ['spec'])
    if (!o) return undefined
    return {
      rule: this.str(o, 'rule', ['spec', k]) ?? '',
      ranges: this.ranges(o, 'ranges', ['spec', k]),
    }
  }
}

function readSELinux(f: Fields, spec: Obj): Psp['seLinux'] {
  const o = f.obj(spec, 'seLinux', ['spec'])
  const opts = o ? f.obj(o, 'seLinuxOptions', ['spec', 'seLinux']) : undefined
  let seLinuxOptions: SELinuxOptions | null = null
  if (opts) {
    seLinuxOptions = {}
    for (const k of ['user', 'role', 'type', 'level'] as const) {
      const v = f.str(opts, k, ['spec', 'seLinux', 'seLinuxOptions'])
      if (v !== undefined) seLinuxOptions[k] = v
    }
  }
  return { rule: (o && f.str(o, 'rule', ['spec', 'seLinux'])) ?? '', seLinuxOptions }
}

function readAnnotations(f: Fields, meta: Obj): Record<string, string> {
  const out: Record<string, string> = {}
  const a = f.obj(meta, 'annotations', ['metadata'])
  if (a)
    for (const k of Object.keys(a)) {
      const v = f.str(a, k, ['metadata', 'annotations'])
      if (v !== undefined) out[k] = v
    }
  return out
}

/** Reads the spec with API defaults; wrong types become problems and count as unset. */
function normalizePsp(f: Fields, name: string, meta: Obj, spec: Obj): Psp {
  const S: Path = ['spec']
  const rc = f.obj(spec, 'runtimeClass', S)
  const rcPath: Path = ['spec', 'runtimeClass']
  return {
    name,
    annotations: readAnnotations(f, meta),
    privileged: f.bool(spec, 'privileged', S) ?? false,
    defaultAddCapabilities: f.strs(spec, 'defaultAddCapabilities', S),
    requiredDropCapabilities: f.strs(spec, 'requiredDropCapabilities', S),
    allowedCapabilities: f.strs(spec, 'allowedCapabilities', S),
    volumes: f.strs(spec, 'volumes', S),
    hostNetwork: f.bool(spec, 'hostNetwork', S) ?? false,
    hostPID: f.bool(spec, 'hostPID', S) ?? false,
    hostIPC: f.bool(spec, 'hostIPC', S) ?? false,
    hostPorts: f.ranges(spec, 'hostPorts', S),
    seLinux: readSELinux(f, spec),
    runAsUser: f.rangeRule(spec, 'runAsUser') ?? { rule: '', ranges: [] },
    runAsGroup: f.rangeRule(spec, 'runAsGroup') ?? null,
    supplementalGroups: f.rangeRule(spec, 'supplementalGroups') ?? { rule: '', ranges: [] },
    fsGroup: f.rangeRule(spec, 'fsGroup') ?? { rule: '', ranges: [] },
    readOnlyRootFilesystem: f.bool(spec, 'readOnlyRootFilesystem', S) ?? false,
    defaultAllowPrivilegeEscalation: f.bool(spec, 'defaultAllowPrivilegeEscalation', S) ?? null,
    allowPrivilegeEscalation: f.bool(spec, 'allowPrivilegeEscalation', S) ?? true,
    allowedHostPaths: f.objs(spec, 'allowedHostPaths', S).map((h, i) => ({
      pathPrefix: f.str(h, 'pathPrefix', ['spec', 'allowedHostPaths', i]) ?? '',
      readOnly: f.bool(h, 'readOnly', ['spec', 'allowedHostPaths', i]) ?? false,
    })),
    allowedFlexVolumes: f.objs(spec, 'allowedFlexVolumes', S).map((v, i) => ({
      driver: f.str(v, 'driver', ['spec', 'allowedFlexVolumes', i]) ?? '',
    })),
    allowedCSIDrivers: f.objs(spec, 'allowedCSIDrivers', S).map((v, i) => ({
      name: f.str(v, 'name', ['spec', 'allowedCSIDrivers', i]) ?? '',
    })),
    allowedUnsafeSysctls: f.strs(spec, 'allowedUnsafeSysctls', S),
    forbiddenSysctls: f.strs(spec, 'forbiddenSysctls', S),
    allowedProcMountTypes: f.strs(spec, 'allowedProcMountTypes', S),
    runtimeClass: rc
      ? {
          allowedRuntimeClassNames: f.strs(rc, 'allowedRuntimeClassNames', rcPath),
          defaultRuntimeClassName: f.str(rc, 'defaultRuntimeClassName', rcPath) ?? null,
        }
      : null,
  }
}

/** Reads, normalises and validates one PodSecurityPolicy object. Never throws. */
export function readPsp(obj: unknown): ReadPspResult {
  const f = new Fields()
  const root = asObj(obj) ?? {}
  if (!isObj(obj)) f.wrong([], 'a map', obj)
  const apiVersion = root.apiVersion
  if (root.kind !== 'PodSecurityPolicy') {
    f.problems.push({
      path: ['kind'],
      severity: 'error',
      message: 'kind: must be PodSecurityPolicy',
    })
  }
  if (!PSP_API_VERSIONS.includes(apiVersion as (typeof PSP_API_VERSIONS)[number])) {
    f.problems.push({
      path: ['apiVersion'],
      severity: 'error',
      message: `apiVersion: PodSecurityPolicy is served as ${PSP_API_VERSIONS.join(' or ')}`,
    })
  }
  const meta = f.obj(root, 'metadata', []) ?? {}
  const name = f.str(meta, 'name', ['metadata']) ?? ''
  if (meta.namespace !== undefined && meta.namespace !== null) {
    f.problems.push({
      path: ['metadata', 'namespace'],
      severity: 'warning',
      message: 'metadata.namespace: ignored: PodSecurityPolicy is cluster-scoped',
    })
  }
  const spec = f.obj(root, 'spec', []) ?? {}
  const policy = normalizePsp(f, name, meta, spec)
  const problems = [...f.problems, ...validatePsp(policy, { hasName: name !== '' })]
  const valid = !problems.some((p) => p.severity === 'error')
  const skipped = valid ? cannotBuild(policy) : null
  if (skipped !== null) problems.push({ path: ['spec'], severity: 'warning', message: skipped })
  return { name, policy, valid, problems, skipped }
}
