/**
 * `podplay diff --before FILE... --after FILE... [--policy FILE]...` (cli-and-report.md "`podplay
 * diff`"): exit 1 when any change grants more, 0 otherwise, 2 for unreadable input; json, text and
 * markdown; every place as file:line of its own side. And folders and globs as FILE for check too.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { podYaml } from '../engine/summary/fixtures'
import { run } from './main'

const dir = mkdtempSync(join(tmpdir(), 'podplay-diff-'))
const file = (name: string, text: string) => {
  const p = join(dir, name)
  mkdirSync(join(p, '..'), { recursive: true })
  writeFileSync(p, text)
  return p
}
function cli(argv: string[]) {
  let out = ''
  let err = ''
  const code = run(argv, {
    stdin: () => '',
    stdout: (s) => {
      out += s
    },
    stderr: (s) => {
      err += s
    },
  })
  return { code, out, err }
}

const base = file('base/app.yaml', `# base\n${podYaml('web')}`)
const same = file('head/same.yaml', `# head\n${podYaml('web')}`)
const more = file('head/more.yaml', `# head\n${podYaml('web', { sc: 'privileged: true' })}`)
const less = file(
  'head/less.yaml',
  `# head\n${podYaml('web', { sc: 'capabilities: {drop: [ALL]}' })}`,
)
const broken = file('head/broken.yaml', 'kind: Pod\nspec:\n  a: 1\n b: 2\n')

describe('exit status', () => {
  it.each([
    ['no change', base, same, 0],
    ['a change that grants more', base, more, 1],
    ['a change that takes privilege away', base, less, 0],
    ['the reverse of one that grants more', more, base, 0],
    ['unreadable input after', base, broken, 2],
    ['unreadable input before', broken, base, 2],
    ['a missing file', base, join(dir, 'nothing.yaml'), 2],
    [
      'an empty folder before: everything is added',
      mkdirSync(join(dir, 'empty'), { recursive: true })!,
      more,
      1,
    ],
  ])('%s: %i', (_case, before, after, code) => {
    expect(cli(['diff', '--before', before, '--after', after]).code).toBe(code)
  })

  it.each([
    ['no --after', ['diff', '--before', base], '--after'],
    ['--pod instead', ['diff', '--pod', base, '--after', base], '--before and --after'],
    ['sarif', ['diff', '--before', base, '--after', base, '--format', 'sarif'], '--format'],
    ['--before in check', ['check', '--before', base], 'podplay diff'],
  ])('usage: %s', (_case, argv, reason) => {
    const r = cli(argv)
    expect(r.code).toBe(2)
    expect(r.err.split('\n')[0]).toContain(reason)
  })
})

describe('formats', () => {
  it('json: changes with each side at its file:line, both reports', () => {
    const r = cli(['diff', '--before', base, '--after', more, '--format', 'json'])
    const d = JSON.parse(r.out)
    expect(Object.keys(d)).toEqual(['version', 'changes', 'before', 'after'])
    expect(d.changes[0]).toMatchObject({
      workload: 'Pod default/web',
      change: 'changed',
      field: 'effective.containers[main].privileged',
      before: false,
      after: true,
      direction: 'more',
      at: {
        before: { editor: 'pod', file: base, line: 2 },
        after: { editor: 'pod', file: more, line: 2 },
      },
    })
    expect(d.before.workloads[0]).toMatchObject({ file: base, line: 2 })
    expect(d.after.workloads[0]).toMatchObject({ file: more, line: 2 })
  })

  it.each([
    ['text', 'MORE    Pod default/web: effective.containers[main].privileged: false -> true'],
    ['text', `(before ${base}:2, after ${more}:2)`],
    ['text', 'After the change:'],
    ['markdown', '## podplay diff: what this change does to security'],
    ['markdown', '## podplay report'],
  ])('%s says %s', (format, s) => {
    expect(cli(['diff', '--before', base, '--after', more, '--format', format]).out).toContain(s)
  })

  it('the policy is shared by both sides', () => {
    const ns = file(
      'policy/ns.yaml',
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: default, labels: {pod-security.kubernetes.io/enforce: baseline}}\n',
    )
    const r = cli(['diff', '--before', base, '--after', more, '--policy', ns, '--format', 'json'])
    const d = JSON.parse(r.out)
    expect(d.after.workloads[0].podSecurity.level).toBe('baseline')
    expect(d.changes.map((c: { field: string }) => c.field)).toContain('podSecurity.allowed')
    expect(r.code).toBe(1)
  })
})

describe('folders and globs', () => {
  const tree = join(dir, 'tree')
  const a = file('tree/a.yaml', podYaml('a'))
  const b = file('tree/nested/b.yml', `# b\n${podYaml('b', { spec: 'hostPID: true' })}`)
  file('tree/README.md', '# not a manifest\n')

  it.each([
    ['a folder', [tree]],
    ['a glob', [join(tree, '**/*.{yaml,yml}')]],
    ['files after one --pod, as the shell expands a glob', [a, b]],
  ])('check reads %s, with file:line', (_case, files) => {
    const r = cli(['check', '--pod', ...files])
    expect(r.code).toBe(0)
    expect(r.out).toContain(`Pod default/a (${a}:1)`)
    expect(r.out).toContain(`Pod default/b (${b}:2)`)
  })

  it('diff compares folders', () => {
    const head = join(dir, 'tree-head')
    file('tree-head/a.yaml', podYaml('a'))
    file(
      'tree-head/nested/b.yml',
      `# b\n${podYaml('b', { spec: 'hostPID: true, hostNetwork: true' })}`,
    )
    const r = cli(['diff', '--before', tree, '--after', head])
    expect(r.code).toBe(1)
    expect(r.out).toContain('Pod default/b: hostNetwork: false -> true')
  })
})
