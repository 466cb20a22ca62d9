/**
 * The command line against hostile input (issue 9): control sequences, endless or huge input,
 * empty input, option values that look like options, and text that is not UTF-8.
 * Encodings follow kubectl (cluster-path.md §2: staging/src/k8s.io/cli-runtime/pkg/resource/
 * visitor.go reads every file through unicode.BOMOverride).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, openSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HOSTILE_POD } from '../engine/testing/hostile'
import { markdownTokens } from '../engine/testing/markdown'
import { SEED_POD } from '../engine/testing/seed'
import { firstInvalidUtf8, MAX_FILE_BYTES } from './files'
import { type Io, run } from './main'

const root = resolve(__dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'podplay-hostile-'))
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name)
  writeFileSync(p, content)
  return p
}

function cli(argv: string[], stdin: string | Uint8Array = '', extra: Partial<Io> = {}) {
  let out = ''
  let err = ''
  const asked: number[] = []
  const code = run(argv, {
    stdin: (max) => {
      asked.push(max)
      return stdin
    },
    stdout: (s) => {
      out += s
    },
    stderr: (s) => {
      err += s
    },
    ...extra,
  })
  return { code, out, err, asked }
}

/** The real command, as CI runs it. */
function command(args: string[], options: { cwd?: string; stdin?: number } = {}) {
  return spawnSync(process.execPath, [join(root, 'bin/podplay.mjs'), ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    timeout: 60_000,
    stdio: [options.stdin ?? 'pipe', 'pipe', 'pipe'],
    maxBuffer: 16 * 1024 * 1024,
  })
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: what must never reach a terminal
const TERMINAL_ACTS_ON = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('control characters are shown escaped', () => {
  const hostile = file('hostile.yaml', HOSTILE_POD)

  it('in the text report', () => {
    const r = cli(['check', '--pod', hostile, '--level', 'restricted'])
    expect(r.code).toBeGreaterThan(0)
    expect(r.out).not.toMatch(TERMINAL_ACTS_ON)
    expect(r.out).toContain('Pod ns\\x1b]0;owned\\x07\\x1b[2J/np\\n\\n![x]')
  })

  it.each([
    ['a file name (cannot read)', ['check', '--pod', join(dir, 'no\u001b]0;owned\u0007.yaml')]],
    ['an option value (usage)', ['check', '--pod', hostile, '--level', '\u001b[2J\u009b31m']],
    ['an unknown option (usage)', ['check', '--pod', hostile, '--\u001b[2J']],
    [
      'a file name in an input error',
      ['check', '--pod', file('bad\u001b[2J\u202e.yaml', 'kind: Pod\nspec:\n  a: 1\n b: 2\n')],
    ],
  ])('on standard error: %s', (_, argv) => {
    const r = cli(argv)
    expect(r.code).toBe(2)
    expect(r.err).not.toMatch(TERMINAL_ACTS_ON)
    expect(r.err).toMatch(/\\x1b|\\u202e/)
  })

  it('JSON and SARIF stay valid and carry the names as they are', () => {
    for (const format of ['json', 'sarif']) {
      const r = cli(['check', '--pod', hostile, '--format', format, '--level', 'restricted'])
      expect(r.code).toBeGreaterThan(0)
      const text = JSON.stringify(JSON.parse(r.out))
      expect(text).toContain(JSON.stringify('ns\u001b]0;owned\u0007\u001b[2J').slice(1, -1))
    }
  })

  it('Markdown forms no link from a file name or a name', () => {
    const linky = file('[x](http:host).yaml', HOSTILE_POD)
    const r = cli(['check', '--pod', linky, '--format', 'markdown', '--level', 'restricted'])
    const formed = markdownTokens(r.out).filter((t) => /link|image|html/.test(t.type))
    expect(formed).toEqual([])
  })
})

describe('input size is limited while reading', () => {
  it(`--pod /dev/zero stops at ${MAX_FILE_BYTES / 1024 / 1024} MiB with exit 2`, () => {
    const r = cli(['check', '--pod', '/dev/zero'])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toBe(
      'podplay: /dev/zero is larger than 32 MiB, the limit for one file: split it into smaller files\n',
    )
  })

  it('standard input is asked for at most the limit', () => {
    const r = cli(['check', '--pod', '-'], new Uint8Array(MAX_FILE_BYTES + 1))
    expect(r.asked).toEqual([MAX_FILE_BYTES])
    expect(r.code).toBe(2)
    expect(r.err).toContain('<stdin> is larger than 32 MiB')
  })

  it('an endless standard input (the real command reading /dev/zero)', () => {
    const p = command(['check', '--pod', '-'], { stdin: openSync('/dev/zero', 'r') })
    expect(p.status).toBe(2)
    expect(p.stderr).toContain('<stdin> is larger than 32 MiB')
  })

  it('all files together are limited too', () => {
    const a = file('a100.yaml', `# ${'x'.repeat(97)}\n`)
    const b = file('b100.yaml', `# ${'y'.repeat(97)}\n`)
    const r = cli(['check', '--pod', a, '--policy', b], '', { limits: { file: 100, total: 150 } })
    expect(r.code).toBe(2)
    expect(r.err).toContain('the limit for all files together (crossed in')
    expect(r.err).toContain(b)
  })
})

describe('input with no objects is exit 2, "nothing to check"', () => {
  const pod = file('pod.yaml', SEED_POD)
  it.each([
    ['an empty file', ['--pod', file('empty.yaml', '')]],
    ['only comments', ['--pod', file('comments.yaml', '# helm template failed\n\n# nothing\n')]],
    ['only separators and nulls', ['--pod', file('seps.yaml', '---\n---\n~\n---\nnull\n')]],
    ['an empty standard input', ['--pod', '-']],
    ['pods empty, policies not', ['--pod', file('e2.yaml', ''), '--policy', pod]],
    ['policies empty', ['--pod', pod, '--policy', file('e3.yaml', '# none\n')]],
  ])('%s', (_, args) => {
    const r = cli(['check', ...args, '--level', 'privileged'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^podplay: nothing to check: no Kubernetes object in the --po/)
  })

  it('a Namespace alone is an object: checked, exit 0', () => {
    const ns = file('ns.yaml', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n')
    expect(cli(['check', '--pod', ns]).code).toBe(0)
  })
})

describe('option values are never taken for options', () => {
  it.each([
    ['--pod -h', ['check', '--pod', '-h'], '-h'],
    ['--pod --help', ['check', '--pod', '--help'], '--help'],
    ['--pod=-h', ['check', '--pod=-h'], '-h'],
    ['--policy -x', ['check', '--pod', '-', '--policy', '-x'], '-x'],
  ])('%s names a file', (_, argv, name) => {
    const r = cli(argv, SEED_POD)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toBe(`podplay: cannot read ${name}: no such file\n`)
  })

  it('the real command reads a file named -h', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'podplay-dash-'))
    writeFileSync(join(cwd, '-h'), SEED_POD)
    const p = command(['check', '--pod', '-h', '--format', 'json'], { cwd })
    expect(p.stderr).toBe('')
    expect(p.status).toBe(0)
    expect(JSON.parse(p.stdout).workloads[0].file).toBe('-h')
  })

  it('- is standard input, and -h on its own still asks for help', () => {
    expect(cli(['check', '--pod', '-', '--level', 'privileged'], SEED_POD).code).toBe(0)
    const help = cli(['check', '--pod', '-', '-h'])
    expect(help.code).toBe(0)
    expect(help.out).toContain('usage: podplay check')
  })
})

describe('encodings', () => {
  const utf16 = (text: string, bigEndian: boolean) => {
    const out = new Uint8Array(2 + text.length * 2)
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe])
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      out[2 + i * 2 + (bigEndian ? 1 : 0)] = c & 0xff
      out[2 + i * 2 + (bigEndian ? 0 : 1)] = c >> 8
    }
    return out
  }

  it.each([
    ['UTF-16 LE with a byte order mark', utf16(SEED_POD, false)],
    ['UTF-16 BE with a byte order mark', utf16(SEED_POD, true)],
    ['UTF-8 with a byte order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(SEED_POD)])],
  ])('%s is read as kubectl reads it', (name, bytes) => {
    const f = file(`${name.replaceAll(' ', '-')}.yaml`, bytes)
    const r = cli(['check', '--pod', f, '--format', 'json', '--level', 'privileged'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const report = JSON.parse(r.out)
    expect(report.problems).toEqual([])
    expect(report.workloads.map((w: { name: string; line: number }) => [w.name, w.line])).toEqual([
      ['pod-with-host-pid-and-ipc', 1],
    ])
  })

  it.each([
    ['a stray continuation byte', [0x80], 3, 0x80],
    ['a byte that never occurs', [0xff], 3, 0xff],
    ['a cut sequence', [0xc3], 3, 0xc3],
    ['an overlong slash', [0xc0, 0xaf], 3, 0xc0],
    ['a surrogate', [0xed, 0xa0, 0x80], 3, 0xed],
  ])('invalid UTF-8 (%s) is an error at its line', (name, bad, line, byte) => {
    const head = Buffer.from('apiVersion: v1\nkind: Pod\nmetadata: {name: "a')
    const tail = Buffer.from('"}\nspec: {containers: [{name: c}]}\n')
    const f = file(
      `${name.replaceAll(' ', '-')}.yaml`,
      Buffer.concat([head, Buffer.from(bad), tail]),
    )
    const r = cli(['check', '--pod', f])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toBe(
      `podplay: ${f}:${line}:20: not valid UTF-8 (byte 0x${byte.toString(16)}); save the file as UTF-8\n`,
    )
  })

  it('firstInvalidUtf8 agrees with the platform decoder on every 1-3 byte tail', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
    const valid = (b: Uint8Array) => {
      try {
        fatal.decode(b)
        return true
      } catch {
        return false
      }
    }
    for (let a = 0x80; a < 0x100; a++)
      for (const b of [0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0])
        for (const c of [0x80, 0xbf, 0x41]) {
          const bytes = new Uint8Array([0x41, a, b, c, 0x80, 0x80])
          expect(firstInvalidUtf8(bytes) === bytes.length).toBe(valid(bytes))
        }
  })
})
