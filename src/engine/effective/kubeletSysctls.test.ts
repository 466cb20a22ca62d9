// Cases from kubernetes/kubernetes pkg/kubelet/sysctl/allowlist.go and allowlist_test.go,
// staging/src/k8s.io/component-helpers/node/util/sysctl/namespace.go and sysctl.go (NormalizeName);
// cluster-path.md §9.3.
import { describe, expect, it } from 'vitest'
import { kubeletSysctlRejection, normalizeSysctl } from './kubeletSysctls'

type Obj = Record<string, unknown>
const pod = (names: unknown[], spec: Obj = {}) => ({
  spec: { ...spec, securityContext: { sysctls: names.map((name) => ({ name, value: '1' })) } },
})

describe('kubelet sysctl admission', () => {
  const cases: [string, unknown[], Obj, string[], string | null][] = [
    ['no sysctls', [], {}, [], null],
    ['the safe set', ['kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range'], {}, [], null],
    ['the newest safe names', ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_notsent_lowat'], {}, [], null],
    [
      'an unsafe name',
      ['kernel.msgmax'],
      {},
      [],
      'forbidden sysctl: "kernel.msgmax" not allowlisted',
    ],
    [
      'the first failing name only',
      ['net.ipv4.tcp_syncookies', 'net.core.somaxconn', 'kernel.msgmax'],
      {},
      [],
      'forbidden sysctl: "net.core.somaxconn" not allowlisted',
    ],
    [
      'allowed by --allowed-unsafe-sysctls',
      ['kernel.msgmax', 'net.core.somaxconn'],
      {},
      ['kernel.msg*', 'net.core.somaxconn'],
      null,
    ],
    [
      'an IPC sysctl with hostIPC',
      ['kernel.shm_rmid_forced'],
      { hostIPC: true },
      [],
      'forbidden sysctl: "kernel.shm_rmid_forced" not allowed with host IPC enabled',
    ],
    [
      'a net sysctl with hostNetwork',
      ['net.ipv4.tcp_syncookies'],
      { hostNetwork: true },
      [],
      'forbidden sysctl: "net.ipv4.tcp_syncookies" not allowed with host Net enabled',
    ],
    ['a net sysctl with hostIPC', ['net.ipv4.tcp_syncookies'], { hostIPC: true }, [], null],
    [
      'an unsafe pattern match with hostNetwork',
      ['net.core.somaxconn'],
      { hostNetwork: true },
      ['net.core.*'],
      'forbidden sysctl: "net.core.somaxconn" not allowed with host Net enabled',
    ],
    ['slash-separated names are normalised', ['net/ipv4/ip_local_port_range'], {}, [], null],
    [
      'normalised in the message',
      ['kernel/msgmax'],
      {},
      [],
      'forbidden sysctl: "kernel.msgmax" not allowlisted',
    ],
    [
      'an unknown-namespace pattern is no allowance',
      ['vm.swappiness'],
      {},
      ['vm.*'],
      'forbidden sysctl: "vm.swappiness" not allowlisted',
    ],
    ['a nameless entry', [null], {}, [], 'forbidden sysctl: "" not allowlisted'],
  ]
  it.each(cases)('%s', (_name, names, spec, unsafe, expected) => {
    expect(kubeletSysctlRejection(pod(names, spec), unsafe)).toBe(expected)
  })
})

describe('NormalizeName', () => {
  it.each([
    ['net.ipv4.conf.eno2/100.rp_filter', 'net.ipv4.conf.eno2/100.rp_filter'],
    ['net/ipv4/conf/eno2.100/rp_filter', 'net.ipv4.conf.eno2/100.rp_filter'],
    ['kernel', 'kernel'],
    ['', ''],
  ])('%s -> %s', (input, out) => {
    expect(normalizeSysctl(input)).toBe(out)
  })
})
