/**
 * metadata of the object itself (ValidateObjectMetaAccessor in
 * staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go, with the name function of each
 * kind: NameIsDNSSubdomain for Pods and most workloads, NameIsDNSLabel for StatefulSets
 * (pkg/apis/apps/validation) and Namespaces; CronJob names at most 52 characters
 * (pkg/apis/batch/validation ValidateCronJobCreate, reported after the spec).
 * generateName is validated as a prefix (a trailing '-' masked, as maskTrailingDash does) and
 * stands in for a missing name, which the server then generates. An empty namespace is filled in by
 * kubectl and the server, so only a given one is checked. Labels, annotation keys, owner references
 * and finalizers are not modelled.
 *
 * The Pod-name warning (pkg/registry/core/pod/strategy.go WarningsOnCreate) is sent only when the
 * Pod is valid, like every create warning.
 */
import { isObj, type Obj } from '../obj'
import { At } from './at'
import { byteLength, dnsLabelErrors, dnsSubdomainErrors } from './dns'
import { type FieldError, invalid, required } from './errors'
import { str } from './value'

const LABEL_NAMED = new Set(['StatefulSet', 'Namespace'])

const nameErrorsFor = (kind: string) =>
  LABEL_NAMED.has(kind) ? dnsLabelErrors : dnsSubdomainErrors

function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name
}

const metaOf = (object: Obj): Obj => (isObj(object.metadata) ? object.metadata : {})
const text = (v: unknown) => (typeof v === 'string' ? v : '')

export function objectMetaErrors(kind: string, object: Obj): FieldError[] {
  const meta = metaOf(object)
  const at = At.root('metadata')
  const nameFn = nameErrorsFor(kind)
  const errs: FieldError[] = []
  const generateName = text(meta.generateName)
  const name = text(meta.name)
  if (generateName !== '') {
    for (const msg of nameFn(maskTrailingDash(generateName))) {
      errs.push(invalid(at.child('generateName'), str(generateName), msg))
    }
  }
  if (name === '') {
    if (generateName === '')
      errs.push(required(at.child('name'), 'name or generateName is required'))
  } else {
    for (const msg of nameFn(name)) errs.push(invalid(at.child('name'), str(name), msg))
  }
  const namespace = text(meta.namespace)
  if (namespace !== '' && kind !== 'Namespace') {
    for (const msg of dnsLabelErrors(namespace)) {
      errs.push(invalid(at.child('namespace'), str(namespace), msg))
    }
  }
  return errs
}

/** CronJob: the controller appends an 11-character suffix to a 63-character Job name. */
export function cronJobNameError(kind: string, object: Obj): FieldError | null {
  const name = text(metaOf(object).name)
  if (kind !== 'CronJob' || byteLength(name) <= 52) return null
  return invalid(At.root('metadata').child('name'), str(name), 'must be no more than 52 characters')
}

export function podNameWarnings(kind: string, object: Obj): string[] {
  if (kind !== 'Pod') return []
  const name = text(metaOf(object).name)
  const msgs = dnsLabelErrors(name)
  if (name === '' || msgs.length === 0) return []
  return [
    `metadata.name: this is used in the Pod's hostname, which can result in surprising behavior; a DNS label is recommended: [${msgs.join(' ')}]`,
  ]
}
