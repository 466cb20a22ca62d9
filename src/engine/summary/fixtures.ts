/** Test helper for the summary and diff tables: a Pod in flow YAML with the fields a case sets. */
export interface PodParts {
  namespace?: string
  kind?: 'Pod' | 'Deployment'
  /** Pod spec fields, flow YAML without braces: `hostPID: true`. */
  spec?: string
  /** Container securityContext, flow YAML without braces: `privileged: true`. */
  sc?: string
  /** Container fields besides name, image and securityContext: `ports: [...]`. */
  container?: string
  labels?: string
}

export function podYaml(name: string, p: PodParts = {}): string {
  const sc = p.sc ? `, securityContext: {${p.sc}}` : ''
  const extra = p.container ? `, ${p.container}` : ''
  const spec = `{${p.spec ? `${p.spec}, ` : ''}containers: [{name: main, image: nginx${sc}${extra}}]}`
  const meta = `{name: ${name}, namespace: ${p.namespace ?? 'default'}${p.labels ? `, labels: {${p.labels}}` : ''}}`
  if (p.kind === 'Deployment')
    return `apiVersion: apps/v1\nkind: Deployment\nmetadata: ${meta}\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec: ${spec}\n`
  return `apiVersion: v1\nkind: Pod\nmetadata: ${meta}\nspec: ${spec}\n`
}

/** The restricted container settings, to reach restricted:latest. */
export const RESTRICTED =
  'runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}'
