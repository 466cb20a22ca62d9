/**
 * Warnings and notes about policies that are valid but probably not what was meant (spec §2, §10,
 * §13): defaulted policyTypes (the egress-only surprise), rules ignored for lack of their type,
 * `egress: []` that denies nothing, ports whose protocol defaulted to TCP, DNS blocked by egress
 * isolation, policies selecting host-network pods or nothing, deny-all and allow-all.
 */
import { isObj } from './fields'
import { portsMatch } from './ports'
import type { Direction, NetPod, NetProblem, NetworkInput } from './types'
import { type CompiledPolicy, isolates, type World } from './world'

const allowsDns = (p: CompiledPolicy) =>
  p.egress.some((r) => portsMatch(r.rule.ports, null, 53, 'UDP') !== 0 || namedUdp(r.rule.ports))
const namedUdp = (ports: CompiledPolicy['egress'][number]['rule']['ports']) =>
  ports.some((e) => typeof e.port === 'string' && e.protocol === 'UDP')

export function lintWorld(w: World, input: NetworkInput): NetProblem[] {
  const out: NetProblem[] = []
  const anyPods = w.pods.length > 0
  const dns = new Map<NetPod, boolean>()
  const dnsAllowedFor = (pod: NetPod) => {
    let v = dns.get(pod)
    if (v === undefined) {
      v = w.policies.some((q) => isolates(q, 'egress', pod) && allowsDns(q))
      dns.set(pod, v)
    }
    return v
  }
  for (const p of w.policies) {
    const pol = p.policy
    const at = (
      path: NetProblem['path'],
      severity: NetProblem['severity'],
      code: string,
      message: string,
    ) => out.push({ policy: p.input, path, severity, code, message })
    const raw = (input.policies[p.input] as { object: unknown }).object
    const rawSpec = isObj(raw) && isObj(raw.spec) ? raw.spec : {}

    if (pol.typesDefaulted) {
      if (pol.egress.length > 0)
        at(
          ['spec'],
          'warning',
          'netpol-missing-policy-types',
          `policyTypes is not set; because spec.egress has rules it is defaulted to [Ingress, Egress], so this policy also isolates its pods for ingress${pol.ingress.length === 0 ? ' and, having no ingress rule, denies them all ingress' : ''}`,
        )
      else
        at(
          ['spec'],
          'info',
          'netpol-missing-policy-types',
          'policyTypes is not set; it is defaulted to [Ingress] (egress is not restricted)',
        )
      if (Array.isArray(rawSpec.egress) && rawSpec.egress.length === 0)
        at(
          ['spec', 'egress'],
          'warning',
          'netpol-empty-egress',
          '`egress: []` does not add Egress to the defaulted policyTypes; to deny all egress write `policyTypes: [Egress]`',
        )
    } else
      for (const dir of ['ingress', 'egress'] as const) {
        const has = dir === 'ingress' ? p.isolatesIngress : p.isolatesEgress
        if (!has && pol[dir].length > 0)
          at(
            ['spec', dir],
            'warning',
            'netpol-rules-ignored',
            `spec.${dir} has rules, but policyTypes does not contain ${dir === 'ingress' ? 'Ingress' : 'Egress'}: they are ignored`,
          )
      }

    const defaulted = [
      ...pol.ingress.map((r, i) => ['ingress', i, r] as const),
      ...pol.egress.map((r, i) => ['egress', i, r] as const),
    ]
      .flatMap(([dir, i, r]) => r.ports.map((e, j) => ({ e, path: ['spec', dir, i, 'ports', j] })))
      .filter((x) => x.e.protocolDefaulted)
    const trap = defaulted.find(
      (x) =>
        typeof x.e.port === 'string' &&
        w.pods.some((pod) =>
          pod.ports.some((pp) => pp.name === x.e.port && (pp.protocol || 'TCP') !== 'TCP'),
        ),
    )
    if (trap)
      at(
        trap.path,
        'warning',
        'netpol-port-protocol-defaulted',
        `named port ${String(trap.e.port)} has no protocol, so it means TCP; a pod declares it with another protocol, which this entry never matches`,
      )
    else if (defaulted[0])
      at(
        defaulted[0].path,
        'info',
        'netpol-port-protocol-defaulted',
        `${defaulted.length === 1 ? 'this port entry has' : `${defaulted.length} port entries have`} no protocol: TCP is assumed`,
      )

    const ns = w.pods.filter((pod) => pod.namespace === pol.namespace)
    const host = ns.filter((pod) => pod.hostNetwork && p.select(pod.labels))
    if (host.length > 0)
      at(
        ['spec', 'podSelector'],
        'warning',
        'netpol-host-network',
        `selects host-network pod${host.length > 1 ? 's' : ''} ${host.map((h) => h.id).join(', ')}: NetworkPolicy has no effect on them`,
      )
    const selected = ns.filter((pod) => isolates(p, 'ingress', pod) || isolates(p, 'egress', pod))
    if (anyPods && selected.length === 0 && host.length === 0)
      at(
        ['spec', 'podSelector'],
        'info',
        'netpol-selects-nothing',
        `selects no pod in namespace ${pol.namespace}`,
      )

    for (const dir of ['ingress', 'egress'] as Direction[]) {
      const has = dir === 'ingress' ? p.isolatesIngress : p.isolatesEgress
      if (has && pol[dir].length === 0)
        at(
          ['spec'],
          'info',
          'netpol-deny-all',
          `isolates the selected pods for ${dir} with no ${dir} rule: all ${dir} to them is denied unless another policy allows it`,
        )
      pol[dir].forEach((r, i) => {
        if (has && r.peers.length === 0 && r.ports.length === 0)
          at(
            ['spec', dir, i],
            'info',
            'netpol-allow-all',
            `rule ${i + 1} allows all ${dir}: other ${dir} rules and policies for these pods add nothing`,
          )
      })
    }

    if (p.isolatesEgress && !allowsDns(p)) {
      const blocked = selected.filter((pod) => !dnsAllowedFor(pod))
      if (selected.length === 0 || blocked.length > 0)
        at(
          ['spec'],
          'warning',
          'netpol-dns-blocked',
          `isolates ${blocked.length > 0 ? blocked.map((b) => b.id).join(', ') : 'its pods'} for egress and no egress rule allows port 53/UDP: DNS lookups will fail`,
        )
    }
  }
  return out
}
