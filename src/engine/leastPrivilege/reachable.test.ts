/**
 * The highest level reachable with safe fixes, per workload (levels as
 * kubernetes/pod-security-admission policy/check_*.go define them, fixes from engine/fix).
 */
import { expect, it } from 'vitest'
import { reachableLevels } from '.'

const pod = (name: string, spec: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n${spec}`
const C = '  containers:\n  - name: main\n    image: alpine\n'

it.each([
  {
    name: 'a plain pod reaches restricted',
    spec: C,
    now: 'baseline',
    reachable: 'restricted',
    fixes: 4,
  },
  {
    name: 'host namespaces are fixable',
    spec: `  hostPID: true\n${C}`,
    now: 'privileged',
    reachable: 'restricted',
    fixes: 5,
  },
  {
    name: 'a hostPath stops at privileged',
    spec: `${C}  volumes: [{name: v, hostPath: {path: /}}]\n`,
    now: 'privileged',
    reachable: 'privileged',
    fixes: 0,
  },
  {
    name: 'runAsUser 0 stops at baseline',
    spec: `${C}    securityContext: {runAsUser: 0}\n`,
    now: 'baseline',
    reachable: 'baseline',
    fixes: 0,
  },
  {
    name: 'a restricted pod stays',
    spec: `  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}\n${C}    securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}\n`,
    now: 'restricted',
    reachable: 'restricted',
    fixes: 0,
  },
])('$name', ({ spec, now, reachable, fixes }) => {
  expect(reachableLevels(pod('p', spec))).toEqual([{ workload: 0, now, reachable, fixes }])
})
