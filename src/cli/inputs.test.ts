/**
 * FILE arguments: folders read as `kubectl apply -R -f DIR` reads them (kubernetes/kubernetes
 * staging/src/k8s.io/cli-runtime/pkg/resource/visitor.go `FileExtensions = []string{".json",
 * ".yaml", ".yml"}` and `ExpandPathsToFileVisitors`, filepath.Walk's lexical order) and globs.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { expandInputs, globBase, globRegExp } from './inputs'

describe('globRegExp', () => {
  it.each([
    ['*.yaml', 'a.yaml', true],
    ['*.yaml', 'd/a.yaml', false],
    ['**/*.yaml', 'a.yaml', true],
    ['**/*.yaml', 'd/e/a.yaml', true],
    ['k8s/**/*.yml', 'k8s/a.yml', true],
    ['k8s/**/*.yml', 'k8s/x/y/a.yml', true],
    ['k8s/**/*.yml', 'other/a.yml', false],
    ['app-?.json', 'app-1.json', true],
    ['app-?.json', 'app-10.json', false],
    ['[ab].yaml', 'b.yaml', true],
    ['[!ab].yaml', 'b.yaml', false],
    ['{base,prod}/*.yaml', 'prod/x.yaml', true],
    ['{base,prod}/*.yaml', 'dev/x.yaml', false],
    ['a.b+c.yaml', 'a.b+c.yaml', true],
    ['a.b+c.yaml', 'axb+c.yaml', false],
  ])('%s matches %s: %s', (glob, path, want) => {
    expect(globRegExp(glob).test(path)).toBe(want)
  })

  it.each([
    ['*.yaml', '.'],
    ['k8s/**/*.yaml', 'k8s'],
    ['/abs/dir/*.yaml', '/abs/dir'],
    ['k8s/{a,b}/x.yaml', 'k8s'],
  ])('the base of %s is %s', (glob, base) => expect(globBase(glob)).toBe(base))
})

describe('expandInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podplay-inputs-'))
  for (const f of ['b.yaml', 'a.yml', 'c.json', 'notes.txt', 'sub/z.yaml', 'sub/deeper/y.yaml'])
    mkdirSync(join(dir, f, '..'), { recursive: true })
  for (const f of ['b.yaml', 'a.yml', 'c.json', 'notes.txt', 'sub/z.yaml', 'sub/deeper/y.yaml'])
    writeFileSync(join(dir, f), 'apiVersion: v1\n')
  mkdirSync(join(dir, 'empty'))
  const p = (...names: string[]) => names.map((n) => join(dir, n))

  it.each([
    ['a file', [join(dir, 'notes.txt')], p('notes.txt')],
    ['standard input', ['-'], ['-']],
    [
      'a folder: its manifests, recursively, lexical order',
      [dir],
      p('a.yml', 'b.yaml', 'c.json', 'sub/deeper/y.yaml', 'sub/z.yaml'),
    ],
    ['a glob in one folder', [join(dir, '*.yaml')], p('b.yaml')],
    ['a recursive glob', [join(dir, '**/*.yaml')], p('b.yaml', 'sub/deeper/y.yaml', 'sub/z.yaml')],
    ['each file once', [join(dir, 'b.yaml'), join(dir, '*.yaml')], p('b.yaml')],
  ])('%s', (_case, args, want) => {
    expect(expandInputs(args)).toEqual(want)
  })

  it.each([
    ['a folder without manifests', join(dir, 'empty'), 'no .yaml, .yml or .json file'],
    ['a glob that matches nothing', join(dir, '*.nothing'), 'no file matches'],
  ])('%s is an input error', (_case, arg, message) => {
    expect(() => expandInputs([arg])).toThrow(message)
  })
})
