// Cases from kubernetes/kubernetes pkg/kubelet/kuberuntime/security_context_others.go
// (verifyRunAsNonRoot) and security_context_others_test.go; format.Pod from pkg/kubelet/util/format.
import { describe, expect, it } from 'vitest'
import { formatPod, verifyRunAsNonRoot } from './runAsNonRoot'

const POD = formatPod('web', 'shop')

describe('verifyRunAsNonRoot', () => {
  const cases: [boolean | null, number | null, string | null, boolean][] = [
    // runAsNonRoot, runAsUser, startError, depends on the image
    [null, 0, null, false],
    [false, 0, null, false],
    [null, null, null, false],
    [false, null, null, false],
    [
      true,
      0,
      'container\'s runAsUser breaks non-root policy (pod: "web_shop(<uid>)", container: app)',
      false,
    ],
    [true, 1000, null, false],
    [true, 2147483647, null, false],
    [true, null, null, true],
  ]
  it.each(cases)(
    'runAsNonRoot %s, runAsUser %s -> %s',
    (runAsNonRoot, runAsUser, startError, depends) => {
      const v = verifyRunAsNonRoot(runAsNonRoot, runAsUser, POD, 'app')
      expect(v.startError).toBe(startError)
      expect(v.startDepends !== null).toBe(depends)
    },
  )

  it('with no runAsUser, quotes both refusals the image can cause', () => {
    const v = verifyRunAsNonRoot(true, null, POD, 'app')
    expect(v.startDepends).toContain(
      '`container has runAsNonRoot and image will run as root (pod: "web_shop(<uid>)", container: app)`',
    )
    expect(v.startDepends).toContain(
      '`container has runAsNonRoot and image has non-numeric user (<user>), cannot verify user is non-root (pod: "web_shop(<uid>)", container: app)`',
    )
  })

  it('formats the pod as format.Pod does, with <uid> for the server-assigned UID', () => {
    expect(formatPod('p', 'default')).toBe('p_default(<uid>)')
  })
})
