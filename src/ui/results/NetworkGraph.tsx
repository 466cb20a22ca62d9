/**
 * An SVG graph of namespaces (columns) and pods (circles) with the allowed connections drawn;
 * pods isolated for ingress get a red ring, and a chosen cell highlights its pods' edges. A legend
 * below says what each mark means, drawn with the same classes so it matches both themes.
 */
import { byNamespace, type PortGroup } from './network'
import type { Highlight } from './NetworkSection'

const COL = 150
const ROW = 46
const TOP = 40

type Selected = { from: string; to: string } | null

function edgeClass(selected: Selected, from: string, to: string): string {
  if (!selected) return 'edge'
  if (selected.from === from && selected.to === to) return 'edge edge-exact'
  if (selected.from === from || selected.to === to) return 'edge edge-hot'
  return 'edge edge-dim'
}

export function NetworkGraph({
  group,
  pods,
  selected,
  highlight,
}: {
  group: PortGroup
  pods: string[]
  selected: Selected
  highlight: Highlight | null
}) {
  const columns = byNamespace([...pods].sort())
  const pos = new Map<string, { x: number; y: number }>()
  columns.forEach(([, pods], ci) => {
    pods.forEach((p, ri) => {
      pos.set(p, { x: 60 + ci * COL, y: TOP + 20 + ri * ROW })
    })
  })
  const rows = Math.max(1, ...columns.map(([, p]) => p.length))
  const width = 60 + columns.length * COL - 30
  const height = TOP + rows * ROW + 10
  const allowed = group.connections.filter((c) => c.allowed && c.from !== c.to)
  const isolated = new Set(group.connections.filter((c) => c.ingress?.isolated).map((c) => c.to))
  return (
    <>
      {graph(group, columns, pos, width, height, allowed, isolated, selected, highlight)}
      <Legend selected={selected !== null} highlight={highlight !== null} />
    </>
  )
}

/** One sample mark of the legend: a short edge, or a pod circle with the given classes. */
function Sample({ edge, node }: { edge?: string; node?: string }) {
  return (
    <svg className="graph legend-sample" viewBox="0 0 28 16" aria-hidden="true">
      {edge && <path d="M 2 8 L 26 8" className={edge} />}
      {node && (
        <g className={node}>
          <circle cx={14} cy={8} r={6} />
        </g>
      )}
    </svg>
  )
}

function Legend({ selected, highlight }: { selected: boolean; highlight: boolean }) {
  return (
    <ul className="legend" aria-label="Legend of the graph">
      <li>
        <Sample node="node" /> a pod
      </li>
      <li>
        <Sample edge="edge edge-hot" /> an allowed connection
      </li>
      <li>
        <Sample node="node node-isolated" /> isolated for ingress (a policy selects it)
      </li>
      {selected && (
        <li>
          <Sample edge="edge edge-exact" /> the connection chosen in the matrix
        </li>
      )}
      {highlight && (
        <>
          <li>
            <Sample node="node node-selects" /> selected by the picked policy
          </li>
          <li>
            <Sample node="node node-peer" /> a peer its rules allow
          </li>
        </>
      )}
    </ul>
  )
}

function graph(
  group: PortGroup,
  columns: [string, string[]][],
  pos: Map<string, { x: number; y: number }>,
  width: number,
  height: number,
  allowed: PortGroup['connections'],
  isolated: Set<string>,
  selected: Selected,
  highlight: Highlight | null,
) {
  return (
    <svg
      className="graph"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Allowed connections on ${group.key}: ${allowed.length} of ${group.connections.length}`}
    >
      <defs>
        <marker
          id="arrow"
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerWidth="6"
          markerHeight="6"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" className="arrow" />
        </marker>
      </defs>
      {columns.map(([ns, pods], ci) => (
        <g key={ns}>
          <rect
            x={10 + ci * COL}
            y={8}
            width={COL - 30}
            height={TOP + pods.length * ROW - 10}
            rx={8}
            className="ns-box"
          />
          <text x={60 + ci * COL} y={26} textAnchor="middle" className="ns-label">
            {ns || '(none)'}
          </text>
        </g>
      ))}
      {allowed.map((c) => {
        const a = pos.get(c.from)
        const b = pos.get(c.to)
        if (!a || !b) return null
        const cls = edgeClass(selected, c.from, c.to)
        const dx = b.x - a.x
        const dy = b.y - a.y
        const len = Math.hypot(dx, dy) || 1
        const bend = a.x === b.x ? 40 : 14
        const mx = (a.x + b.x) / 2 - (dy / len) * bend
        const my = (a.y + b.y) / 2 + (dx / len) * bend
        const ex = b.x - (dx / len) * 14
        const ey = b.y - (dy / len) * 14
        return (
          <path
            key={`${c.from}>${c.to}`}
            d={`M ${a.x} ${a.y} Q ${mx} ${my} ${ex} ${ey}`}
            className={cls}
            markerEnd={selected && cls !== 'edge edge-dim' ? 'url(#arrow)' : undefined}
          />
        )
      })}
      {[...pos.entries()].map(([p, { x, y }]) => {
        const hot = selected !== null && (selected.from === p || selected.to === p)
        return (
          <g
            key={p}
            className={`node${hot ? ' node-hot' : ''}${isolated.has(p) ? ' node-isolated' : ''}${highlight?.selects.has(p) ? ' node-selects' : highlight?.peers.has(p) ? ' node-peer' : ''}`}
          >
            <title>{`${p}${isolated.has(p) ? ' (isolated for ingress)' : ''}`}</title>
            <circle cx={x} cy={y} r={12} />
            <text x={x + 17} y={y + 4}>
              {p.slice(p.indexOf('/') + 1)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
