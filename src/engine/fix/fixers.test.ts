/**
 * One row per safe fix: the text before, the text after (comments, order and style kept), at the
 * level whose check it answers. The checks are kubernetes/pod-security-admission
 * policy/check_*.go (reproduced in src/engine/pss/checks); each "after" meets the level.
 */
import { describe, expect, it } from 'vitest'
import { evaluate } from '..'
import type { Level } from '../report'
import { CHECKS } from '../pss'
import { applyEdits, fixAll, quickFixes } from '.'
import { DECISIONS, FIXERS } from './fixers'

const pod = (spec: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p # keep me\nspec:\n${spec}`

const meets = (text: string, level: Level) =>
  evaluate({ pod: text, policy: '', options: { level } }).workloads.every(
    (w) => w.podSecurity?.allowed,
  )

const BASE = '  containers:\n  - name: c\n    image: i\n'
const RESTRICTED_REST =
  '      allowPrivilegeEscalation: false\n      capabilities:\n        drop: [ALL]\n'
const RESTRICTED_POD =
  '  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n'

describe.each([
  {
    check: 'privileged (check_privileged.go)',
    level: 'baseline',
    before: pod(`${BASE}    securityContext:\n      privileged: true # why\n`),
    after: pod(`${BASE}    securityContext:\n      privileged: false # why\n`),
  },
  {
    check: 'hostNamespaces, block (check_hostNamespaces.go)',
    level: 'baseline',
    before: pod(`  hostPID: true # ps\n  hostIPC: yes\n${BASE}`),
    after: pod(`  hostPID: false # ps\n  hostIPC: false\n${BASE}`),
  },
  {
    check: 'hostNamespaces, flow (check_hostNamespaces.go)',
    level: 'baseline',
    before:
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {hostNetwork: true, containers: [{name: c, image: i}]} # flow\n',
    after:
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {hostNetwork: false, containers: [{name: c, image: i}]} # flow\n',
  },
  {
    check: 'hostPorts, the comment kept (check_hostPorts.go)',
    level: 'baseline',
    before: pod(`${BASE}    ports:\n    - containerPort: 80\n      hostPort: 8080 # on the node\n`),
    after: pod(`${BASE}    ports:\n    - containerPort: 80\n      # on the node\n`),
  },
  {
    check: 'hostPorts, first key of the item (check_hostPorts.go)',
    level: 'baseline',
    before: pod(`${BASE}    ports:\n    - hostPort: 8080\n      containerPort: 80\n`),
    after: pod(`${BASE}    ports:\n    - containerPort: 80\n`),
  },
  {
    check: 'hostPorts, flow (check_hostPorts.go)',
    level: 'baseline',
    before: pod(`${BASE}    ports: [{containerPort: 80, hostPort: 8080}]\n`),
    after: pod(`${BASE}    ports: [{containerPort: 80}]\n`),
  },
  {
    check: 'capabilities_baseline, block (check_capabilities_baseline.go)',
    level: 'baseline',
    before: pod(
      `${BASE}    securityContext:\n      capabilities:\n        add:\n        - NET_ADMIN # tc\n        - CHOWN\n`,
    ),
    after: pod(
      `${BASE}    securityContext:\n      capabilities:\n        add:\n        # tc\n        - CHOWN\n`,
    ),
  },
  {
    check: 'procMount (check_procMount.go)',
    level: 'baseline',
    before: pod(`${BASE}    securityContext:\n      procMount: Unmasked\n`),
    after: pod(`${BASE}    securityContext:\n      procMount: Default\n`),
  },
  {
    check: 'sysctls (check_sysctls.go)',
    level: 'baseline',
    before: pod(
      `  securityContext:\n    sysctls:\n    - name: kernel.msgmax # unsafe\n      value: "65536"\n    - name: net.ipv4.tcp_syncookies\n      value: "1"\n${BASE}`,
    ),
    after: pod(
      `  securityContext:\n    sysctls:\n    # unsafe\n    - name: net.ipv4.tcp_syncookies\n      value: "1"\n${BASE}`,
    ),
  },
  {
    check:
      'allowPrivilegeEscalation, into an existing securityContext (check_allowPrivilegeEscalation.go)',
    level: 'restricted',
    before: pod(
      `${RESTRICTED_POD}${BASE}    securityContext:\n      capabilities:\n        drop: [ALL]\n`,
    ),
    after: pod(
      `${RESTRICTED_POD}${BASE}    securityContext:\n      capabilities:\n        drop: [ALL]\n      allowPrivilegeEscalation: false\n`,
    ),
  },
  {
    check: 'allowPrivilegeEscalation: true set to false (check_allowPrivilegeEscalation.go)',
    level: 'restricted',
    before: pod(
      `${RESTRICTED_POD}${BASE}    securityContext:\n      allowPrivilegeEscalation: true # no\n      capabilities:\n        drop: [ALL]\n`,
    ),
    after: pod(
      `${RESTRICTED_POD}${BASE}    securityContext:\n      allowPrivilegeEscalation: false # no\n      capabilities:\n        drop: [ALL]\n`,
    ),
  },
  {
    check:
      'capabilities_restricted: ALL appended to a block drop (check_capabilities_restricted.go)',
    level: 'restricted',
    before: pod(
      `${RESTRICTED_POD}${BASE}    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities:\n        drop:\n        - NET_RAW # raw sockets\n`,
    ),
    after: pod(
      `${RESTRICTED_POD}${BASE}    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities:\n        drop:\n        - NET_RAW # raw sockets\n        - ALL\n`,
    ),
  },
  {
    check: 'capabilities_restricted: flow add and drop (check_capabilities_restricted.go)',
    level: 'restricted',
    before: pod(
      `${RESTRICTED_POD}${BASE}    securityContext: {allowPrivilegeEscalation: false, capabilities: {add: [SYS_TIME, NET_BIND_SERVICE], drop: [NET_RAW]}}\n`,
    ),
    after: pod(
      `${RESTRICTED_POD}${BASE}    securityContext: {allowPrivilegeEscalation: false, capabilities: {add: [NET_BIND_SERVICE], drop: [NET_RAW, ALL]}}\n`,
    ),
  },
  {
    check:
      'runAsNonRoot and seccompProfile: a pod securityContext created (check_runAsNonRoot.go, check_seccompProfile_restricted.go)',
    level: 'restricted',
    before: pod(`${BASE}    securityContext:\n${RESTRICTED_REST}`),
    after: pod(
      `${BASE}    securityContext:\n${RESTRICTED_REST}  securityContext:\n    runAsNonRoot: true\n    seccompProfile:\n      type: RuntimeDefault\n`,
    ),
  },
  {
    check: 'runAsNonRoot: false in the pod set to true (check_runAsNonRoot.go)',
    level: 'restricted',
    before: pod(
      `  securityContext:\n    runAsNonRoot: false # was root\n    seccompProfile: {type: RuntimeDefault}\n${BASE}    securityContext:\n${RESTRICTED_REST}`,
    ),
    after: pod(
      `  securityContext:\n    runAsNonRoot: true # was root\n    seccompProfile: {type: RuntimeDefault}\n${BASE}    securityContext:\n${RESTRICTED_REST}`,
    ),
  },
  {
    check: 'an empty securityContext: gets its block (check_allowPrivilegeEscalation.go)',
    level: 'restricted',
    before: pod(`${RESTRICTED_POD}${BASE}    securityContext: # to do\n`),
    after: pod(
      `${RESTRICTED_POD}${BASE}    securityContext: # to do\n      allowPrivilegeEscalation: false\n      capabilities:\n        drop:\n          - ALL\n`,
    ),
  },
  {
    check: 'Windows line ends kept in new lines (check_allowPrivilegeEscalation.go)',
    level: 'restricted',
    before: pod(
      `${RESTRICTED_POD}${BASE}    securityContext:\n      capabilities:\n        drop: [ALL]\n`,
    ).replace(/\n/g, '\r\n'),
    after: pod(
      `${RESTRICTED_POD}${BASE}    securityContext:\n      capabilities:\n        drop: [ALL]\n      allowPrivilegeEscalation: false\n`,
    ).replace(/\n/g, '\r\n'),
  },
  {
    check: 'Windows line ends: a removed line takes its own line end (check_hostPorts.go)',
    level: 'baseline',
    before: pod(
      `${BASE}    ports:\n    - containerPort: 80\n      hostPort: 8080\n      protocol: TCP\n`,
    ).replace(/\n/g, '\r\n'),
    after: pod(`${BASE}    ports:\n    - containerPort: 80\n      protocol: TCP\n`).replace(
      /\n/g,
      '\r\n',
    ),
  },
  {
    check: 'a Deployment: the template is fixed (check_privileged.go)',
    level: 'baseline',
    before:
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers:\n      - name: c\n        image: i\n        securityContext: {privileged: true}\n',
    after:
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers:\n      - name: c\n        image: i\n        securityContext: {privileged: false}\n',
  },
] as { check: string; level: Level; before: string; after: string }[])(
  '$check',
  ({ level, before, after }) => {
    it('gives the expected text, which meets the level', () => {
      expect(meets(before, level)).toBe(false)
      const r = fixAll(before, level)
      expect(r.text).toBe(after)
      expect(r.meets).toBe(true)
      expect(r.decisions).toEqual([])
      expect(meets(r.text, level)).toBe(true)
    })
  },
)

describe('what a person must decide', () => {
  it.each([
    {
      name: 'a hostPath volume',
      text: pod(`${BASE}  volumes:\n  - name: logs\n    hostPath: {path: /var/log}\n`),
      level: 'baseline',
      check: 'hostPathVolumes',
      words: /whether the app really needs them/,
    },
    {
      name: 'AppArmor unconfined',
      text: pod(`  securityContext:\n    appArmorProfile: {type: Unconfined}\n${BASE}`),
      level: 'baseline',
      check: 'appArmorProfile',
      words: /AppArmor/,
    },
    {
      name: 'runAsUser 0',
      text: pod(
        `${RESTRICTED_POD}${BASE}    securityContext:\n      runAsUser: 0\n${RESTRICTED_REST}`,
      ),
      level: 'restricted',
      check: 'runAsUser',
      words: /non-zero user/,
    },
    {
      name: 'an explicit Unconfined seccomp profile',
      text: pod(`  securityContext:\n    seccompProfile: {type: Unconfined}\n${BASE}`),
      level: 'baseline',
      check: 'seccompProfile_baseline',
      words: /Unconfined/,
    },
    {
      name: 'an anchor: no edit when a value may stand in several places',
      text: pod(
        `${BASE}    securityContext: &sc\n      privileged: true\n  initContainers:\n  - name: i\n    image: i\n    securityContext: *sc\n`,
      ),
      level: 'baseline',
      check: 'privileged',
      words: /./,
    },
  ] as { name: string; text: string; level: Level; check: string; words: RegExp }[])(
    '$name',
    ({ text, level, check, words }) => {
      const r = fixAll(text, level)
      expect(r.meets).toBe(false)
      const d = r.decisions.find((x) => x.check === check)
      expect(d?.decide).toMatch(words)
      expect(r.text.includes('# keep me')).toBe(true)
    },
  )

  it('says why the aliased document is left alone', () => {
    const r = fixAll(
      pod(
        `${BASE}    securityContext: &sc {privileged: true}\n  initContainers:\n  - {name: i, image: i, securityContext: *sc}\n`,
      ),
      'baseline',
    )
    expect(r.decisions[0]?.unsafe).toMatch(/anchors, aliases or merge keys/)
  })

  it('refuses YAML with errors', () => {
    expect(fixAll('a: [\n', 'baseline').unreadable).toMatch(/^line \d+: YAML syntax error/)
    expect(fixAll('# nothing\n', 'baseline').unreadable).toMatch(/nothing to fix/)
  })
})

describe('quickFixes', () => {
  const text = pod(`  hostPID: true # ps\n${BASE}    securityContext:\n      privileged: true\n`)

  it('offers one edit per safe fix, each applicable on its own, where the violation stands', () => {
    const fixes = quickFixes(text, 'baseline')
    expect(fixes.map((f) => [f.check, f.description, f.line, f.violationPaths])).toEqual([
      ['hostNamespaces', 'set spec.hostPID to false', 6, ['spec.hostPID']],
      [
        'privileged',
        'set spec.containers[0].securityContext.privileged to false',
        11,
        ['spec.containers[0].securityContext.privileged'],
      ],
    ])
    const one = applyEdits(text, [fixes[0]!.edit])
    expect(one).toContain('hostPID: false # ps')
    expect(one).toContain('privileged: true')
  })

  it('offers nothing for a text that meets the level, or cannot be read', () => {
    expect(quickFixes(pod(BASE), 'baseline')).toEqual([])
    expect(quickFixes('a: [\n', 'baseline')).toEqual([])
  })
})

describe('every Pod Security Standards check has a safe fix or says what to decide', () => {
  it.each(CHECKS.map((c) => c.id))('%s', (id) => {
    expect(FIXERS[id] !== undefined || DECISIONS[id] !== undefined).toBe(true)
  })
})
