/**
 * The kubelet's runAsNonRoot verification at container start (cluster-path.md §9.2;
 * kubernetes/kubernetes `pkg/kubelet/kuberuntime/security_context_others.go` `verifyRunAsNonRoot`,
 * `kuberuntime_manager.go` `getImageUser`). Only when the effective runAsNonRoot (container, else
 * pod) is true:
 * - effective runAsUser 0: the container is not started (`CreateContainerConfigError`) with
 *   `container's runAsUser breaks non-root policy (pod: "<pod>_<ns>(<uid>)", container: <name>)`;
 * - runAsUser unset: the image's USER decides, which podplay does not see. The kubelet refuses a
 *   root (or absent) user and a non-numeric one; podplay says so and never guesses.
 *
 * The pod in the messages is `format.Pod`: `<name>_<namespace>(<uid>)`, quoted with Go's %q. The
 * UID is assigned by the API server when the pod is created; podplay writes `<uid>` in its place.
 */
import { goQuote } from '../go/quote'

/** podplay's stand-in for the server-assigned pod UID. */
export const POD_UID_STAND_IN = '<uid>'

/** `format.Pod`: `<name>_<namespace>(<uid>)`. */
export function formatPod(name: string, namespace: string): string {
  return `${name}_${namespace}(${POD_UID_STAND_IN})`
}

export interface NonRootVerdict {
  /** The kubelet's message when the container will not start. */
  startError: string | null
  /** When the outcome depends on the image: what the kubelet checks and the messages it gives. */
  startDepends: string | null
}

export function verifyRunAsNonRoot(
  runAsNonRoot: boolean | null,
  runAsUser: number | null,
  pod: string,
  container: string,
): NonRootVerdict {
  if (runAsNonRoot !== true) return { startError: null, startDepends: null }
  const who = `(pod: ${goQuote(pod)}, container: ${container})`
  if (runAsUser !== null) {
    return {
      startError: runAsUser === 0 ? `container's runAsUser breaks non-root policy ${who}` : null,
      startDepends: null,
    }
  }
  return {
    startError: null,
    startDepends:
      'runAsNonRoot is true and no runAsUser is set, so the image decides: the kubelet reads the ' +
      "image's USER and refuses to start the container when it is root or absent " +
      `(\`container has runAsNonRoot and image will run as root ${who}\`) or not numeric ` +
      `(\`container has runAsNonRoot and image has non-numeric user (<user>), cannot verify user is non-root ${who}\`). ` +
      'Set runAsUser to a non-zero ID to decide it in the manifest.',
  }
}
