// A privileged container's capabilities add and drop are ignored by the runtime (containerd
// pkg/cri/server/container_create_linux.go, CRI-O internal/factory/container/container.go).
import { describe, expect, it } from 'vitest'
import { computeEffective } from './compute'
import { privilegedCapabilitiesNote } from './privilegedCaps'

describe('privileged with capabilities add/drop', () => {
  const cases: {
    name: string
    privileged: boolean
    add?: unknown
    drop?: unknown
    note: string | null
  }[] = [
    { name: 'not privileged: add counts', privileged: false, add: ['NET_ADMIN'], note: null },
    { name: 'privileged without lists', privileged: true, note: null },
    { name: 'privileged with empty lists', privileged: true, add: [], drop: [], note: null },
    {
      name: 'privileged with add',
      privileged: true,
      add: ['NET_ADMIN'],
      note: 'Container "web" is privileged: it gets every capability, so its capabilities add (NET_ADMIN) is ignored. Remove privileged: true for add and drop to count.',
    },
    {
      name: 'privileged with add and drop',
      privileged: true,
      add: ['SYS_TIME'],
      drop: ['ALL'],
      note: 'Container "web" is privileged: it gets every capability, so its capabilities add (SYS_TIME) and drop (ALL) are ignored. Remove privileged: true for add and drop to count.',
    },
    {
      name: 'privileged with drop only, non-strings left out',
      privileged: true,
      drop: ['ALL', 7, null],
      note: 'Container "web" is privileged: it gets every capability, so its capabilities drop (ALL) is ignored. Remove privileged: true for add and drop to count.',
    },
    { name: 'privileged, lists not lists', privileged: true, add: 'NET_ADMIN', note: null },
  ]
  it.each(cases)('$name', ({ privileged, add, drop, note }) => {
    expect(privilegedCapabilitiesNote('web', privileged, add, drop)).toBe(note)
  })

  it('reaches the pod notes', () => {
    const pod = {
      spec: {
        containers: [
          {
            name: 'web',
            securityContext: { privileged: true, capabilities: { add: ['NET_ADMIN'] } },
          },
          { name: 'side', securityContext: { capabilities: { add: ['NET_ADMIN'] } } },
        ],
      },
    }
    const notes = computeEffective(pod, { runtime: 'containerd' }).notes
    expect(notes.filter((n) => n.includes('is privileged: it gets every capability'))).toEqual([
      privilegedCapabilitiesNote('web', true, ['NET_ADMIN'], undefined),
    ])
  })
})
