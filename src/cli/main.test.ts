import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from './main'

const dir = mkdtempSync(join(tmpdir(), 'podplay-cli-'))
const file = (name: string, text: string) => {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}

const SEED = `apiVersion: v1
kind: Pod
metadata: {name: pod-with-host-pid-and-ipc}
spec:
  hostPID: true
  hostIPC: true
  containers:
  - image: luska/kubia
    name: kubia
    ports:
    - containerPort: 8080
      hostPort: 9000
      protocol: TCP
`
const seed = file('seed.yaml', SEED)
const plain = file(
  'plain.yaml',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: plain}\nspec:\n  containers: [{name: c, image: x}]\n',
)
const warn = file(
  'warn.yaml',
  '# a comment\napiVersion: v1\nkind: Pod\nmetadata: {name: w}\nspec:\n  hostNetwork: yes\n  containers: [{name: c}]\n',
)
const broken = file(
  'broken.yaml',
  'apiVersion: v1\nkind: Pod\nspec:\n  hostPID: true\n hostIPC: true\n',
)

const pod = (sc: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: nginx\n    securityContext: {${sc}}\n`
const misspelled = file('misspelled.yaml', pod('runAsNonroot: true'))
const invalid = file('invalid.yaml', pod('privileged: true, allowPrivilegeEscalation: false'))
const nonRootAsRoot = file('nonroot.yaml', pod('runAsNonRoot: true, runAsUser: 0'))

function cli(argv: string[], stdin = '') {
  let out = ''
  let err = ''
  let stdinReads = 0
  const code = run(argv, {
    stdin: () => {
      stdinReads++
      return stdin
    },
    stdout: (s) => {
      out += s
    },
    stderr: (s) => {
      err += s
    },
  })
  return { code, out, err, stdinReads }
}

describe('usage errors: exit 2 with a one-line reason', () => {
  const cases: [string, string[], string][] = [
    ['no command', [], 'missing command'],
    ['an unknown command', ['lint', '--pod', seed], 'unknown command "lint"'],
    ['no --pod', ['check'], '--pod'],
    ['a bad --level', ['check', '--pod', seed, '--level', 'strict'], '--level'],
    ['a bad --version', ['check', '--pod', seed, '--version', '1.25'], '--version'],
    ['a bad --version (v2)', ['check', '--pod', seed, '--version', 'v2.0'], '--version'],
    ['a bad --runtime', ['check', '--pod', seed, '--runtime', 'docker'], '--runtime'],
    ['a bad --probe (no protocol)', ['check', '--pod', seed, '--probe', '80'], '--probe'],
    ['a bad --probe (port 0)', ['check', '--pod', seed, '--probe', '0/TCP'], '--probe'],
    ['a bad --probe (port 70000)', ['check', '--pod', seed, '--probe', '70000/TCP'], '--probe'],
    ['a bad --probe (ICMP)', ['check', '--pod', seed, '--probe', '80/ICMP'], '--probe'],
    ['a bad --format', ['check', '--pod', seed, '--format', 'yaml'], '--format'],
    ['an unknown option', ['check', '--pod', seed, '--colour'], 'colour'],
    ['a positional argument', ['check', seed], seed],
    ['standard input twice', ['check', '--pod', '-', '--policy', '-'], 'standard input'],
    ['--pod without a value', ['check', '--pod'], '--pod'],
  ]
  it.each(cases)('%s', (_name, argv, reason) => {
    const r = cli(argv)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    const first = r.err.split('\n')[0]!
    expect(first.startsWith('podplay: ')).toBe(true)
    expect(first).toContain(reason)
    expect(r.stdinReads).toBe(0)
  })

  it('--help prints the usage and exits 0', () => {
    const r = cli(['check', '--help'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('usage: podplay check')
  })
})

describe('input errors', () => {
  it.each([
    ['a missing file', join(dir, 'nope.yaml'), 'no such file'],
    // issue 11: a folder is read for its manifests; one without any is an input error
    ['a folder without manifests', mkdtempSync(join(tmpdir(), 'podplay-empty-')), 'folder'],
  ])('%s: exit 2, one line on stderr, nothing on stdout', (_name, path, reason) => {
    const r = cli(['check', '--pod', path])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err.trimEnd().split('\n')).toHaveLength(1)
    expect(r.err).toContain(path)
    expect(r.err).toContain(reason)
  })

  it('broken YAML: the report is printed, exit 2, the first error named on stderr', () => {
    const r = cli(['check', '--pod', broken, '--format', 'json'])
    expect(r.code).toBe(2)
    const report = JSON.parse(r.out)
    expect(
      report.problems.map((p: { file: string; line: number; severity: string }) => [
        p.file,
        p.line,
        p.severity,
      ]),
    ).toEqual([[broken, 5, 'error']])
    expect(r.err.trimEnd().split('\n')).toHaveLength(1)
    expect(r.err).toContain(`${broken}:5`)
  })
})

describe('exit status', () => {
  it.each([
    // No namespace labels: PSA's default configuration enforces privileged:latest (defaults.go).
    ['the seed without labels (privileged:latest): admitted', [seed], [], 0],
    ['the seed at restricted: denied', [seed, '--level', 'restricted'], [], 1],
    ['the seed at privileged: admitted', [seed, '--level', 'privileged'], [], 0],
    ['a warning does not change the status', [warn, '--level', 'privileged'], [], 0],
    // cli-and-report.md, turn 2: what the API server refuses is a denial, not unreadable input
    ['an unknown field (strict decoding): denied', [misspelled], [], 1],
    ['an API validation error: denied', [invalid], [], 1],
    ['a container the kubelet will not start: denied', [nonRootAsRoot], [], 1],
  ] as const)('%s', (_name, args, _x, code) => {
    expect(cli(['check', '--pod', ...args]).code).toBe(code)
  })
})

describe('standard input', () => {
  it('- reads the pod from standard input', () => {
    const r = cli(['check', '--pod', '-', '--format', 'json', '--level', 'privileged'], SEED)
    expect(r.stdinReads).toBe(1)
    expect(r.code).toBe(0)
    const report = JSON.parse(r.out)
    expect(report.workloads.map((w: { name: string; file: string }) => [w.name, w.file])).toEqual([
      ['pod-with-host-pid-and-ipc', '<stdin>'],
    ])
  })
})

describe('several files', () => {
  it('JSON: every line is relative to its file, with the file named', () => {
    const r = cli([
      'check',
      '--pod',
      plain,
      '--pod',
      warn,
      '--pod',
      seed,
      '--format',
      'json',
      '--level',
      'privileged',
    ])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.out)
    expect(
      report.workloads.map((w: { name: string; file: string; line: number }) => [
        w.name,
        w.file,
        w.line,
      ]),
    ).toEqual([
      ['plain', plain, 1],
      ['w', warn, 2],
      ['pod-with-host-pid-and-ipc', seed, 1],
    ])
    expect(
      report.problems.map((p: { file: string; line: number; endLine: number; code: string }) => [
        p.file,
        p.line,
        p.endLine,
        p.code,
      ]),
    ).toEqual([[warn, 6, 6, 'yaml11']])
  })

  it('text: problems and workloads as file:line', () => {
    const r = cli(['check', '--pod', plain, '--pod', warn, '--level', 'privileged'])
    expect(r.out).toContain(`Pod default/w (${warn}:2)`)
    expect(r.out).toContain(`${warn}:6:16 warning:`)
  })

  it('violation locations are mapped to their file too', () => {
    const r = cli([
      'check',
      '--pod',
      plain,
      '--pod',
      seed,
      '--format',
      'json',
      '--level',
      'baseline',
    ])
    expect(r.code).toBe(1)
    const report = JSON.parse(r.out)
    const w = report.workloads[1]
    expect(w.podSecurity.allowed).toBe(false)
    const loc = w.podSecurity.violations[0].locations[0]
    expect([loc.file, loc.line, loc.endLine]).toEqual([seed, 5, 5])
  })

  it('PodSecurityPolicy locations are mapped to their file too', () => {
    const psp = file(
      'psp.yaml',
      '# restricted\napiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: restricted}\nspec:\n  privileged: false\n  hostPID: false\n  seLinux: {rule: RunAsAny}\n  runAsUser: {rule: RunAsAny}\n  supplementalGroups: {rule: RunAsAny}\n  fsGroup: {rule: RunAsAny}\n',
    )
    const r = cli([
      'check',
      '--pod',
      plain,
      '--pod',
      seed,
      '--policy',
      plain,
      '--policy',
      psp,
      '--format',
      'json',
    ])
    const report = JSON.parse(r.out)
    const w = report.workloads[1]
    expect(w.podSecurityPolicy.allowed).toBe(false)
    const lines: { file: string; line: number; endLine: number }[] = []
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect)
      else if (typeof v === 'object' && v !== null) {
        const o = v as Record<string, unknown>
        if (typeof o.line === 'number' && typeof o.editor === 'string') lines.push(o as never)
        for (const [k, x] of Object.entries(o))
          if (k !== 'pod' || typeof x !== 'object' || x === null || 'editor' in x) collect(x)
      }
    }
    collect(w.podSecurityPolicy)
    expect(lines.length).toBeGreaterThan(0)
    for (const l of lines) {
      expect([plain, seed, psp]).toContain(l.file)
      expect(l.line).toBeGreaterThanOrEqual(1)
      expect(l.line).toBeLessThanOrEqual(13)
      expect(l.endLine).toBe(l.line)
    }
  })

  it('a file with a byte order mark after another file', () => {
    const bom = file('bom.yaml', `\ufeff${SEED}`)
    const r = cli([
      'check',
      '--pod',
      plain,
      '--pod',
      bom,
      '--format',
      'json',
      '--level',
      'privileged',
    ])
    const report = JSON.parse(r.out)
    expect(report.problems).toEqual([])
    expect(report.workloads.map((w: { name: string; line: number }) => [w.name, w.line])).toEqual([
      ['plain', 1],
      ['pod-with-host-pid-and-ipc', 1],
    ])
    expect(r.code).toBe(0)
  })

  it('a file without a final newline', () => {
    const a = file(
      'a.yaml',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: c}]}',
    )
    const r = cli(['check', '--pod', a, '--pod', warn, '--format', 'json', '--level', 'privileged'])
    const report = JSON.parse(r.out)
    expect(report.workloads.map((w: { file: string; line: number }) => [w.file, w.line])).toEqual([
      [a, 1],
      [warn, 2],
    ])
  })
})

describe('--format json follows the contract', () => {
  it('has the documented field names', () => {
    const r = cli(['check', '--pod', seed, '--format', 'json', '--level', 'restricted'])
    const report = JSON.parse(r.out)
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['version', 'problems', 'workloads', 'network']),
    )
    expect(report.version).toBe(1)
    expect(report.network).toBe(null)
    const w = report.workloads[0]
    expect(w).toMatchObject({
      kind: 'Pod',
      name: 'pod-with-host-pid-and-ipc',
      namespace: 'default',
      editor: 'pod',
      line: 1,
    })
    expect(w.podSecurityPolicy).toBe(null)
    expect(Object.keys(w.effective)).toEqual(
      expect.arrayContaining([
        'hostNetwork',
        'hostPID',
        'hostIPC',
        'hostUsers',
        'hostPorts',
        'containers',
      ]),
    )
    expect(w.effective.hostPorts).toEqual([
      { container: 'kubia', containerPort: 8080, hostPort: 9000, protocol: 'TCP' },
    ])
    const c = w.effective.containers[0]
    for (const k of [
      'name',
      'type',
      'privileged',
      'capabilities',
      'added',
      'dropped',
      'runAsUser',
      'runAsGroup',
      'runAsNonRoot',
      'readOnlyRootFilesystem',
      'allowPrivilegeEscalation',
    ])
      expect(c).toHaveProperty(k)
    expect(w.podSecurity).toMatchObject({ level: 'restricted', version: 'latest', allowed: false })
    expect(w.podSecurity.message).toMatch(/^violates PodSecurity "restricted:latest": /)
    for (const v of w.podSecurity.violations)
      expect(Object.keys(v)).toEqual(expect.arrayContaining(['check', 'reason', 'detail']))
  })
})

describe('the real command', () => {
  it('node bin/podplay.mjs check --pod FILE --format json', () => {
    const root = resolve(__dirname, '../..')
    const p = spawnSync(
      process.execPath,
      ['bin/podplay.mjs', 'check', '--pod', seed, '--format', 'json', '--level', 'restricted'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
      },
    )
    expect(p.status).toBe(1)
    const report = JSON.parse(p.stdout)
    expect(report.version).toBe(1)
    expect(report.workloads[0].effective.hostPID).toBe(true)
    expect(report.workloads[0].effective.containers[0].capabilities).toHaveLength(14)
  })
})
