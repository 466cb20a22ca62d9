// Cases from kubernetes/kubernetes pkg/securitycontext/util.go (AddNoNewPrivileges) and
// pkg/kubelet/kuberuntime/security_context.go; cluster-path.md §9.1.
import { describe, expect, it } from 'vitest'
import { privilegeEscalation } from './noNewPrivs'

describe('no_new_privs: set exactly when allowPrivilegeEscalation is false', () => {
  const cases: [boolean | null, boolean, boolean, boolean, string][] = [
    // field, privileged, CAP_SYS_ADMIN, allowed, reason
    [false, false, false, false, 'explicit-false'],
    [false, false, true, false, 'explicit-false'], // SYS_ADMIN does not stop the flag
    [false, true, false, false, 'explicit-false'], // API refuses it; the node would set the flag
    [false, true, true, false, 'explicit-false'],
    [true, false, false, true, 'explicit-true'],
    [true, true, true, true, 'explicit-true'],
    [null, false, false, true, 'unset'],
    [null, true, false, true, 'privileged'],
    [null, true, true, true, 'privileged'],
    [null, false, true, true, 'sys-admin'],
  ]
  it.each(cases)(
    'allowPrivilegeEscalation %s, privileged %s, SYS_ADMIN %s -> allowed %s (%s)',
    (field, privileged, sysAdmin, allowed, reason) => {
      expect(privilegeEscalation(field, privileged, sysAdmin)).toEqual({ allowed, reason })
    },
  )
})
