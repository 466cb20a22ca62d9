/**
 * A privileged container gets every capability: the runtime does not read its `capabilities.add`
 * and `capabilities.drop` (containerd `WithCapabilities` is skipped for privileged containers in
 * pkg/cri/server/container_create_linux.go; CRI-O `setupCapabilities` is not called, see
 * internal/factory/container/container.go). The panel says so when both are written.
 */
import { list } from '../obj'

/** The note for a privileged container that also lists capabilities, else null. */
export function privilegedCapabilitiesNote(
  name: string,
  privileged: boolean,
  add: unknown,
  drop: unknown,
): string | null {
  if (!privileged) return null
  const names = (v: unknown) => list(v).filter((x): x is string => typeof x === 'string')
  const added = names(add)
  const dropped = names(drop)
  if (added.length === 0 && dropped.length === 0) return null
  const parts = [
    ...(added.length > 0 ? [`add (${added.join(', ')})`] : []),
    ...(dropped.length > 0 ? [`drop (${dropped.join(', ')})`] : []),
  ]
  const verb = parts.length > 1 ? 'are' : 'is'
  return `Container "${name}" is privileged: it gets every capability, so its capabilities ${parts.join(' and ')} ${verb} ignored. Remove privileged: true for add and drop to count.`
}
