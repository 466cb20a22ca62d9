/**
 * Host ports (spec pod-security-policy.md §4.9): every container port with a hostPort > 0 must be
 * inside one of the policy's inclusive ranges. One error per port, at the container's path.
 */
import { invalid } from '../go'
import { asInt, asObj } from '../obj'
import { type ContainerCtx, err } from '../pod'
import { inRanges } from '../ranges'
import type { Strategy } from '../strategy'
import type { IDRange, PspError } from '../types'

/** `1-10,8080`: upstream hostPortRangesToString. */
export const portRanges = (ranges: readonly IDRange[]) =>
  ranges.map((r) => (r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`)).join(',')

function checkContainer(ctx: ContainerCtx): PspError[] {
  const ports = Array.isArray(ctx.c.ports) ? ctx.c.ports : []
  const out: PspError[] = []
  ports.forEach((p, i) => {
    const port = asInt(asObj(p)?.hostPort)
    if (port === undefined || port <= 0 || inRanges(port, ctx.psp.hostPorts)) return
    const detail = `Host port ${port} is not allowed to be used. Allowed ports: [${portRanges(ctx.psp.hostPorts)}]`
    const message = invalid(`${ctx.go}.hostPort`, String(port), detail)
    out.push(err(message, [...ctx.path, 'ports', i, 'hostPort'], ['spec', 'hostPorts']))
  })
  return out
}

export const hostPorts = {
  id: 'hostPorts',
  fields: [['spec', 'hostPorts']],
  checkContainer,
} satisfies Strategy
