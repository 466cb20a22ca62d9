/**
 * `podplay fix` per ../shared/spec/cli-and-report.md ("podplay fix"): standard output the fixed
 * text, standard error one line per edit (`file:line: set <path> to <value>`), exit 0/1/2.
 * The checks it answers are kubernetes/pod-security-admission policy/check_*.go.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEED_POD } from '../engine/testing/seed'
import { run } from './main'

const dir = mkdtempSync(join(tmpdir(), 'podplay-fix-'))
const file = (name: string, text: string) => {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}

const SEED = SEED_POD.replace('hostPID: true', "hostPID: true # see the node's processes")
const seed = file('seed.yaml', SEED)
const hostPath = file(
  'hostpath.yaml',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: logs}\nspec:\n  containers: [{name: c, image: x}]\n  volumes:\n  - name: logs\n    hostPath: {path: /var/log}\n',
)
const broken = file('broken.yaml', 'apiVersion: v1\nkind: Pod\nspec: [\n')

function call(argv: string[], stdin = '') {
  let stdout = ''
  let stderr = ''
  const code = run(argv, {
    stdin: () => stdin,
    stdout: (s) => {
      stdout += s
    },
    stderr: (s) => {
      stderr += s
    },
  })
  return { code, stdout, stderr }
}

describe('podplay fix', () => {
  it.each([
    {
      name: 'baseline: host namespaces off, the host port removed, the comment kept',
      argv: ['fix', '--pod', seed, '--level', 'baseline'],
      code: 0,
      stdout: SEED.replace('hostPID: true', 'hostPID: false')
        .replace('hostIPC: true', 'hostIPC: false')
        .replace('      hostPort: 9000\n', ''),
      stderr: [
        `${seed}:5: set spec.hostPID to false`,
        `${seed}:6: set spec.hostIPC to false`,
        `${seed}:11: remove spec.containers[0].ports[0].hostPort`,
      ],
    },
    {
      name: 'restricted by default, from standard input',
      argv: ['fix', '--pod', '-'],
      stdin:
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: x\n',
      code: 0,
      stdout:
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: x\n    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities:\n        drop:\n          - ALL\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile:\n      type: RuntimeDefault\n',
      stderr: [
        '<stdin>:9: set spec.containers[0].securityContext.allowPrivilegeEscalation to false',
        '<stdin>:12: add ALL to spec.containers[0].securityContext.capabilities.drop',
        '<stdin>:14: set spec.securityContext.runAsNonRoot to true',
        '<stdin>:16: set spec.securityContext.seccompProfile.type to RuntimeDefault',
      ],
    },
    {
      name: 'a hostPath has no safe fix: exit 1, the decision on standard error',
      argv: ['fix', '--pod', hostPath, '--level=baseline', '--version', 'v1.30'],
      code: 1,
      stdout: null,
      stderr: [
        `${hostPath}:8: Pod default/logs: hostPath volumes (volume "logs"): decide: a hostPath volume gives the pod files of the node: decide whether the app really needs them; if not, use an emptyDir, a ConfigMap, a Secret or a PersistentVolumeClaim instead; if it does, the pod cannot meet this level`,
      ],
    },
  ] as {
    name: string
    argv: string[]
    stdin?: string
    code: number
    stdout: string | null
    stderr: string[]
  }[])('$name', ({ argv, stdin, code, stdout, stderr }) => {
    const r = call(argv, stdin)
    expect(r.code).toBe(code)
    if (stdout !== null) expect(r.stdout).toBe(stdout)
    expect(r.stderr.trimEnd().split('\n')).toEqual(stderr)
  })

  it.each([
    { argv: ['fix', '--pod', broken], says: /YAML syntax error/ },
    { argv: ['fix', '--pod', join(dir, 'missing.yaml')], says: /no such file/ },
    { argv: ['fix'], says: /give the file to fix with --pod FILE/ },
    {
      argv: ['fix', '--pod', seed, '--level', 'privileged'],
      says: /--level must be baseline or restricted/,
    },
    { argv: ['fix', '--pod', seed, '--version', 'v2'], says: /--version must be/ },
    { argv: ['fix', '--pod', seed, '--pod', seed], says: /given twice/ },
  ])('exit 2: $says', ({ argv, says }) => {
    const r = call(argv)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(says)
  })

  it('prints its usage with --help', () => {
    const r = call(['fix', '--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^usage: podplay fix --pod FILE/)
  })
})
