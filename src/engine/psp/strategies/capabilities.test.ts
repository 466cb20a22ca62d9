import { describe, expect, it } from 'vitest'
import { checkOnly, pod, podWithSC, policy, run } from '../testing/cases'
import type { Obj } from '../types'

const P = 'spec.containers[0].securityContext.capabilities'

const cases: { name: string; spec: Obj; pod: Obj; errors: string[]; mutations: unknown[] }[] = [
  {
    name: 'default adds are merged, sorted by byte order',
    spec: { defaultAddCapabilities: ['foo', 'bar', 'baz'] },
    pod: podWithSC({ capabilities: { add: ['foo'] } }),
    errors: [],
    mutations: [{ path: P, value: { add: ['bar', 'baz', 'foo'] } }],
  },
  {
    name: 'case-sensitive: FOO and foo are two capabilities',
    spec: { defaultAddCapabilities: ['foo'], allowedCapabilities: ['FOO'] },
    pod: podWithSC({ capabilities: { add: ['FOO'] } }),
    errors: [],
    mutations: [{ path: P, value: { add: ['FOO', 'foo'] } }],
  },
  {
    name: 'a container dropping a default add does not get it',
    spec: { defaultAddCapabilities: ['CHOWN'] },
    pod: podWithSC({ capabilities: { drop: ['CHOWN'] } }),
    errors: [],
    mutations: [],
  },
  {
    name: 'nothing new: the container stays exactly as written (unsorted, duplicates kept)',
    spec: { requiredDropCapabilities: ['NET_RAW'], allowedCapabilities: ['B', 'A'] },
    pod: podWithSC({ capabilities: { add: ['B', 'A', 'B'], drop: ['NET_RAW'] } }),
    errors: [],
    mutations: [],
  },
  {
    name: 'required drops are merged and de-duplicated',
    spec: { requiredDropCapabilities: ['NET_RAW', 'ALL'] },
    pod: podWithSC({ capabilities: { drop: ['SYS_ADMIN', 'SYS_ADMIN'] } }),
    errors: [],
    mutations: [{ path: P, value: { drop: ['ALL', 'NET_RAW', 'SYS_ADMIN'] } }],
  },
  {
    name: 'adding a capability that is neither default nor allowed',
    spec: { allowedCapabilities: ['NET_ADMIN'] },
    pod: podWithSC({ capabilities: { add: ['NET_ADMIN', 'SYS_ADMIN', 'net_admin'] } }),
    errors: [
      `${P}.add: Invalid value: "SYS_ADMIN": capability may not be added`,
      `${P}.add: Invalid value: "net_admin": capability may not be added`,
    ],
    mutations: [],
  },
  {
    name: 'ALL is an ordinary string: adding it needs ALL allowed',
    spec: {},
    pod: podWithSC({ capabilities: { add: ['ALL'] } }),
    errors: [`${P}.add: Invalid value: "ALL": capability may not be added`],
    mutations: [],
  },
  {
    name: "'*' allows any add",
    spec: { allowedCapabilities: ['*'] },
    pod: podWithSC({ capabilities: { add: ['SYS_ADMIN', 'ALL'] } }),
    errors: [],
    mutations: [],
  },
  {
    name: 'no capabilities and no policy capabilities: untouched',
    spec: {},
    pod: pod(),
    errors: [],
    mutations: [],
  },
]

describe('capabilities', () => {
  it.each(cases)('$name', (c) => {
    const r = run(policy(c.spec), c.pod)
    expect(r.errors).toEqual(c.errors)
    expect(r.mutations).toEqual(c.mutations)
  })

  it('checks alone: unset capabilities with required drops', () => {
    expect(checkOnly(policy({ requiredDropCapabilities: ['NET_RAW'] }), pod())).toEqual([
      `${P}: Invalid value: "null": required capabilities are not set on the securityContext`,
    ])
  })

  it('checks alone: a missing required drop prints the drop list in Go syntax', () => {
    const spec = { requiredDropCapabilities: ['NET_RAW', 'SYS_ADMIN'] }
    expect(checkOnly(policy(spec), podWithSC({ capabilities: { drop: ['NET_RAW'] } }))).toEqual([
      `${P}.drop: Invalid value: []core.Capability{"NET_RAW"}: SYS_ADMIN is required to be dropped but was not found`,
    ])
    expect(checkOnly(policy(spec), podWithSC({ capabilities: { add: [] } }))).toEqual([
      `${P}.drop: Invalid value: []core.Capability(nil): NET_RAW is required to be dropped but was not found`,
      `${P}.drop: Invalid value: []core.Capability(nil): SYS_ADMIN is required to be dropped but was not found`,
    ])
  })

  it("checks alone: '*' skips the required drops too", () => {
    const spec = { allowedCapabilities: ['*'], requiredDropCapabilities: ['NET_RAW'] }
    expect(checkOnly(policy(spec), podWithSC({ capabilities: {} }))).toEqual([])
  })

  it('points an added capability at its entry and at allowedCapabilities', () => {
    const r = run(policy({}), podWithSC({ capabilities: { add: ['CHOWN'] } }))
    expect(r.details[0]?.podPath).toEqual([
      'spec',
      'containers',
      0,
      'securityContext',
      'capabilities',
      'add',
      0,
    ])
    expect(r.details[0]?.policyPath).toEqual(['spec', 'allowedCapabilities'])
  })
})
