import { describe, expect, it } from 'vitest'
import { cidrContains, formatCidr, parseCidr, parseIp, strictSubset } from './ipblock'

const contains = (cidr: string, ip: string) => {
  const c = parseCidr(cidr)
  const a = parseIp(ip)
  if (!c || !a) throw new Error(`bad test input ${cidr} ${ip}`)
  return cidrContains(c.cidr, a)
}

describe('IP and CIDR parsing', () => {
  it.each([
    ['10.0.0.1', 4, 0x0a000001n],
    ['255.255.255.255', 4, 0xffffffffn],
    ['::1', 6, 1n],
    ['::', 6, 0n],
    ['2001:db8::1', 6, 0x20010db8000000000000000000000001n],
    ['fe80::1:2', 6, 0xfe800000000000000000000000010002n],
    ['::ffff:10.0.0.1', 6, 0xffff0a000001n],
    ['1:2:3:4:5:6:7:8', 6, 0x00010002000300040005000600070008n],
  ] as const)('%s', (s, family, value) => {
    expect(parseIp(s)).toEqual({ family, value })
  })

  it.each([
    '',
    '10.0.0',
    '10.0.0.256',
    '10.0.0.1.2',
    'a.b.c.d',
    '1::2::3',
    '1:2:3:4:5:6:7:8:9',
    '12345::',
    'fe80::1%eth0',
    '1:2:3:4:5:6:7',
  ])('rejects IP %j', (s) => expect(parseIp(s)).toBeNull())

  it.each(['10.0.0.0', '10.0.0.0/33', '::/129', '10.0.0.0/-1', '10.0.0.0/a', '/8', '10.0.0.0/8/8'])(
    'rejects CIDR %j',
    (s) => expect(parseCidr(s)).toBeNull(),
  )

  it('clears host bits and says so', () => {
    const c = parseCidr('10.0.1.7/24')
    expect(c?.hostBits).toBe(true)
    expect(c && formatCidr(c.cidr)).toBe('10.0.1.0/24')
    expect(parseCidr('10.0.1.0/24')?.hostBits).toBe(false)
  })

  it('notes leading zeros', () => {
    expect(parseCidr('010.0.0.0/8')?.leadingZero).toBe(true)
  })
})

describe('CIDR containment', () => {
  it.each([
    ['10.0.0.0/8', '10.255.1.2', true],
    ['10.0.0.0/8', '11.0.0.0', false],
    ['10.0.1.7/24', '10.0.1.200', true],
    ['0.0.0.0/0', '1.2.3.4', true],
    ['0.0.0.0/0', '::1', false],
    ['::/0', '10.0.0.1', false],
    ['10.0.2.2/32', '10.0.2.2', true],
    ['10.0.2.2/32', '10.0.2.3', false],
    ['2001:db8::/32', '2001:db8:ffff::1', true],
    ['2001:db8::/32', '2001:db9::1', false],
    ['::/0', '::1', true],
    ['fd00::1/128', 'fd00::1', true],
  ] as const)('%s contains %s: %s', (c, ip, want) => {
    expect(contains(c, ip)).toBe(want)
  })

  it.each([
    ['10.0.1.0/24', '10.0.0.0/16', true],
    ['10.0.0.0/16', '10.0.0.0/16', false],
    ['10.0.0.0/8', '10.0.0.0/16', false],
    ['11.0.0.0/24', '10.0.0.0/8', false],
    ['::/64', '0.0.0.0/0', false],
    ['2001:db8:1::/48', '2001:db8::/32', true],
  ] as const)('%s strict subset of %s: %s', (a, b, want) => {
    const x = parseCidr(a)
    const y = parseCidr(b)
    expect(x && y && strictSubset(x.cidr, y.cidr)).toBe(want)
  })
})
