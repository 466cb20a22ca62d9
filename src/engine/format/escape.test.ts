/**
 * The escapers against a real CommonMark parser (../testing/markdown: markdown-it 15, CommonMark
 * 0.31.2 plus the GFM table extension, with raw HTML and linkify on so that anything the input could
 * form shows up as a token), and against the attack strings of issue 9.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  escapeMarkdownText,
  escapeTerminal,
  MARKDOWN_NEWLINE,
  markdownCodeSpan,
  markdownFence,
  showControls,
} from './escape'
import { markdownTokens as tokens } from '../testing/markdown'

/** Names from issue 9 and the usual ways out of Markdown. */
const ATTACKS = [
  'np\n\n![x](http://host/pixel.png)\n\n# Allowed everything',
  'c\n```\n# Injected\n| a | b |\n| - | - |\n| [x](javascript:alert(1)) | <b>html</b> |\n```',
  '<script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '![x](http://host/pixel.png)',
  '<http://host/x>',
  'http://host/x',
  'www.host.example',
  'mail@host.example',
  '`x` ``y`` ```z```',
  '`',
  ' ` ',
  '  ',
  '    indented code',
  '\tx\t',
  '- item',
  '1. item',
  '> quote',
  '***',
  '===',
  'a | b',
  '\\|',
  '&amp; &#60;script&#62;',
  'a\r\nb\rc',
  '\u001b]0;title\u0007\u001b[2J',
  'admin\u202egnp.exe',
  '\u0000',
  '[x]: http://host/ref\n\n[x]',
  '<!-- comment -->',
  '**bold** _em_ ~~strike~~',
  '@user #1 :smile:',
  '\ud800 lone',
]

const DENSE = fc
  .array(
    fc.constantFrom(
      '`',
      '```',
      '~~~',
      '\n',
      '\r',
      ' ',
      '\t',
      '#',
      '<',
      '>',
      '[',
      ']',
      '(',
      ')',
      '!',
      '|',
      '-',
      '*',
      '_',
      '=',
      '1.',
      '\\',
      '&',
      '#32;',
      'amp;',
      'http://',
      'www.',
      'x.io',
      '@',
      ':',
      'javascript:',
      '<script>',
      'a',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''))

const NAMES = fc.oneof(
  fc.constantFrom(...ATTACKS),
  DENSE,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
)

const inlineTypes = (all: ReturnType<typeof tokens>) =>
  all.filter((t) => t.type !== 'inline' && !t.block).map((t) => t.type)
const text = (all: ReturnType<typeof tokens>) =>
  all
    .filter((t) => t.type === 'text')
    .map((t) => t.content)
    .join('')

describe('escapeMarkdownText renders as the text and nothing else', () => {
  // Each context places the escaped text where a report or a hover does.
  const contexts: [string, (s: string) => string, string[]][] = [
    ['a paragraph', (s) => s, ['paragraph_open', 'paragraph_close']],
    ['a heading', (s) => `### ${s}`, ['heading_open', 'heading_close']],
    [
      'a list item',
      (s) => `- ${s}`,
      ['bullet_list_open', 'list_item_open', 'paragraph_open', 'paragraph_close'],
    ],
    [
      'a table cell',
      (s) => `| a | b |\n| --- | --- |\n| ${s} | x |`,
      ['table_open', 'thead_open', 'tbody_open', 'td_open'],
    ],
    ['emphasis', (s) => `**${s}**`, ['paragraph_open']],
  ]
  describe.each(contexts)('in %s', (_, place, blocks) => {
    it.each(ATTACKS)('%j', (name) => {
      const all = tokens(place(escapeMarkdownText(name)))
      const blockTypes = new Set(all.filter((t) => t.block).map((t) => t.type))
      for (const b of blocks) expect(blockTypes).toContain(b)
      expect(
        [...blockTypes].filter((t) => /code|fence|html|hr|blockquote|ordered/.test(t)),
      ).toEqual([])
      expect(inlineTypes(all).filter((t) => t !== 'text' && !/strong/.test(t))).toEqual([])
      expect(text(all)).toContain(showControls(name, MARKDOWN_NEWLINE))
    })
  })

  it('for any name (fuzz), a paragraph holds exactly that name as text', () => {
    fc.assert(
      fc.property(NAMES, (name) => {
        const all = tokens(escapeMarkdownText(name))
        const shown = showControls(name, MARKDOWN_NEWLINE)
        if (shown === '') return all.length === 0
        expect(all.map((t) => t.type)).toEqual([
          'paragraph_open',
          'inline',
          'text',
          'paragraph_close',
        ])
        expect(text(all)).toBe(shown)
      }),
      { numRuns: 3000 },
    )
  })

  it('for any name (fuzz), a table cell holds exactly that name and the row keeps its cells', () => {
    fc.assert(
      fc.property(NAMES, (name) => {
        const all = tokens(`| a | b |\n| --- | --- |\n| ${escapeMarkdownText(name)} | x |`)
        expect(all.filter((t) => t.type === 'td_open')).toHaveLength(2)
        expect(inlineTypes(all).every((t) => t === 'text')).toBe(true)
        const cells = all.filter((t) => t.type === 'inline').map((t) => t.content)
        expect(cells).toHaveLength(4)
        const cell = all.filter((t) => t.type === 'inline')[2]!
        expect(text(cell.children ?? [])).toBe(showControls(name, MARKDOWN_NEWLINE))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('markdownCodeSpan is one code span holding the text', () => {
  it.each([
    // CommonMark 0.31.2, "Code spans": examples 328-349
    ['plain', 'foo', '`foo`'],
    ['a backtick inside', 'a`b', '``a`b``'],
    ['a double backtick inside', 'a``b', '```a``b```'],
    ['a leading backtick is padded', '`a', '`` `a ``'],
    ['spaces at both ends are padded', ' a ', '`  a  `'],
    ['only spaces stay as they are', '  ', '`  `'],
    ['empty is one space', '', '` `'],
    ['a line end becomes ⏎', 'a\n# b', '`a⏎# b`'],
  ])('%s', (_, input, expected) => {
    expect(markdownCodeSpan(input)).toBe(expected)
  })

  it('for any name (fuzz)', () => {
    fc.assert(
      fc.property(NAMES, (name) => {
        const all = tokens(`see ${markdownCodeSpan(name)} here`)
        const codes = all.filter((t) => t.type === 'code_inline')
        expect(codes).toHaveLength(1)
        const shown = showControls(name, MARKDOWN_NEWLINE)
        expect(codes[0]!.content).toBe(shown === '' ? ' ' : shown)
        expect(inlineTypes(all).filter((t) => t !== 'code_inline')).toEqual(['text', 'text'])
        expect(text(all)).toBe('see  here')
      }),
      { numRuns: 3000 },
    )
  })
})

describe('markdownFence is one fenced block holding the text', () => {
  it.each([
    ['plain', 'a\nb', '```\na\nb\n```'],
    ['three backticks inside', 'x\n```\n# y', '````\nx\n```\n# y\n````'],
    ['a language', 'a', '```yaml\na\n```', 'yaml'],
    ['a hostile language', 'a', '```yamlx\na\n```', 'yaml`x\n'],
  ])('%s', (_, input, expected, info = '') => {
    expect(markdownFence(input, info)).toBe(expected)
  })

  it('for any text (fuzz), followed by a paragraph that stays a paragraph', () => {
    fc.assert(
      fc.property(NAMES, (name) => {
        const all = tokens(`${markdownFence(name)}\n\nafter`)
        expect(all.map((t) => t.type)).toEqual([
          'fence',
          'paragraph_open',
          'inline',
          'text',
          'paragraph_close',
        ])
        const body = showControls(name.replace(/\r\n|\r/g, '\n').replace(/\n$/, ''), '\n')
        expect(all[0]!.content).toBe(`${body}\n`)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('escapeTerminal shows controls escaped', () => {
  it.each([
    ['set the title', '\u001b]0;owned\u0007', '\\x1b]0;owned\\x07'],
    ['clear the screen', '\u001b[2J\u001b[H', '\\x1b[2J\\x1b[H'],
    ['C1 CSI', '\u009b31m', '\\x9b31m'],
    ['DEL', 'a\u007f', 'a\\x7f'],
    ['a fake line', 'a\nallowed', 'a\\nallowed'],
    ['carriage return', 'DENIED\rallowed', 'DENIED\\rallowed'],
    ['other C0', '\u0000\u0008\u000b', '\\x00\\x08\\x0b'],
    ['right-to-left override', 'admin\u202egnp.exe', 'admin\\u202egnp.exe'],
    ['isolates', '\u2066x\u2069', '\\u2066x\\u2069'],
    ['byte order mark', '\ufeffx', '\\ufeffx'],
    ['a lone surrogate', 'a\ud800', 'a\\ud800'],
    ['a pair stays', 'a😀', 'a😀'],
    ['tab and Unicode stay', 'a\tb é 名', 'a\tb é 名'],
  ])('%s', (_, input, expected) => {
    expect(escapeTerminal(input)).toBe(expected)
  })

  it('for any text (fuzz), nothing a terminal acts on is left', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        expect(escapeTerminal(s)).not.toMatch(
          // biome-ignore lint/suspicious/noControlCharactersInRegex: what is checked
          /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/,
        )
      }),
    )
  })
})
