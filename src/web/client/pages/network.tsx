/**
 * Network: countries (or actor codes) as nodes, their events as edges, thicker for more reports and colored by mean
 * Goldstein (red conflict, green cooperation), for a period and filters (GET /network). Laid out with d3-force
 * (run to rest before drawing) into SVG; an edge is a link to the dyad view, so it takes focus and Enter.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import { dyadLink, getJson, pageParams, qs, QUADS, setPageParams } from '../api.js';
import { ErrorNote, Field, goldsteinColor, mount } from '../ui.js';

interface Node extends SimulationNodeDatum {
  id: string;
  country: string | null;
  reports: number;
}
interface Edge {
  a: string;
  b: string;
  a_country: string | null;
  b_country: string | null;
  reports: number;
  events: number;
  goldstein_mean: number;
}
interface Net {
  nodes: Node[];
  edges: Edge[];
}

const CONFLICT = { color: goldsteinColor(-10) };
const COOPERATION = { color: goldsteinColor(10) };
const W = 900;
const H = 600;
const FIELDS = ['since', 'until', 'type', 'quad', 'country', 'level'] as const;
type Form = Record<(typeof FIELDS)[number], string>;

function layout(net: Net): Node[] {
  const nodes = net.nodes.map((n) => ({ ...n }));
  const links = net.edges.map((e) => ({ source: e.a, target: e.b, reports: e.reports }));
  forceSimulation(nodes)
    .force(
      'link',
      forceLink<Node, (typeof links)[number]>(links)
        .id((n) => n.id)
        .distance(120),
    )
    .force('charge', forceManyBody().strength(-400))
    .force('center', forceCenter(W / 2, H / 2))
    .force('collide', forceCollide(30))
    .stop()
    .tick(300);
  // Fit the layout to the drawing, keeping its proportions.
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min((W - 120) / Math.max(1, x1 - x0), (H - 80) / Math.max(1, y1 - y0), 3);
  for (const n of nodes) {
    n.x = W / 2 + ((n.x ?? 0) - (x0 + x1) / 2) * k;
    n.y = H / 2 + ((n.y ?? 0) - (y0 + y1) / 2) * k;
  }
  return nodes;
}

function Graph({ net }: { net: Net }) {
  const nodes = useMemo(() => layout(net), [net]);
  const at = new Map(nodes.map((n) => [n.id, n]));
  const most = Math.max(1, ...net.edges.map((e) => e.reports));
  const biggest = Math.max(1, ...nodes.map((n) => n.reports));
  return (
    <svg viewBox={`0 0 ${W} ${H}`} class="network" role="group" aria-label="actor network">
      {net.edges.map((e) => {
        const [p, q] = [at.get(e.a)!, at.get(e.b)!];
        const [ca, cb] = [e.a_country ?? e.a.slice(0, 3), e.b_country ?? e.b.slice(0, 3)];
        const label = `${e.a}–${e.b}: ${e.reports} reports, ${e.events} events, mean Goldstein ${e.goldstein_mean}`;
        return (
          <a href={dyadLink(ca, cb)} key={`${e.a}-${e.b}`} class="edge" aria-label={label}>
            <title>{label}</title>
            <line
              x1={p.x}
              y1={p.y}
              x2={q.x}
              y2={q.y}
              stroke={goldsteinColor(e.goldstein_mean)}
              stroke-width={1.5 + (8 * e.reports) / most}
              stroke-linecap="round"
            />
          </a>
        );
      })}
      {nodes.map((n) => (
        <g key={n.id} transform={`translate(${n.x},${n.y})`} class="node">
          <circle r={8 + (14 * Math.sqrt(n.reports)) / Math.sqrt(biggest)} />
          <text dy="0.35em" text-anchor="middle">
            {n.id}
          </text>
        </g>
      ))}
    </svg>
  );
}

function NetworkPage() {
  const start = pageParams();
  const [form, setForm] = useState<Form>(Object.fromEntries(FIELDS.map((f) => [f, start[f] ?? ''])) as Form);
  const [applied, setApplied] = useState(form);
  const [net, setNet] = useState<Net | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setPageParams(applied);
    setError(null);
    getJson<Net>(`/network${qs({ ...applied, level: applied.level || undefined })}`).then(setNet, setError);
  }, [applied]);
  const set = (f: (typeof FIELDS)[number]) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [f]: e.currentTarget.value });
  return (
    <>
      <h1>Network</h1>
      <form
        class="filters"
        aria-label="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(form);
        }}
      >
        <Field label="Since">
          <input type="date" name="since" value={form.since} onInput={set('since')} />
        </Field>
        <Field label="Until">
          <input type="date" name="until" value={form.until} onInput={set('until')} />
        </Field>
        <Field label="Type">
          <input name="type" value={form.type} placeholder="ACCUSE or 11" onInput={set('type')} />
        </Field>
        <Field label="Quad class">
          <select name="quad" value={form.quad} onChange={set('quad')}>
            <option value="">any</option>
            {[1, 2, 3, 4].map((q) => (
              <option value={String(q)} key={q}>
                {q} {QUADS[q]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Country">
          <input name="country" value={form.country} placeholder="PAK" onInput={set('country')} />
        </Field>
        <Field label="Nodes">
          <select name="level" value={form.level} onChange={set('level')}>
            <option value="">countries</option>
            <option value="actor">actor codes</option>
          </select>
        </Field>
        <button type="submit">Apply</button>
      </form>
      <ErrorNote error={error} />
      <p class="legend muted">
        Edge width: reports; color: mean Goldstein from <span style={CONFLICT}>−10 conflict</span> to{' '}
        <span style={COOPERATION}>+10 cooperation</span>. Choose an edge for its dyad.
      </p>
      {net && net.edges.length === 0 ? <p>No events between two actors match.</p> : null}
      {net && net.edges.length > 0 ? <Graph net={net} /> : null}
      {net && net.edges.length > 0 ? (
        <details>
          <summary>Edges as a table ({net.edges.length})</summary>
          <table>
            <thead>
              <tr>
                <th>pair</th>
                <th>reports</th>
                <th>events</th>
                <th>mean Goldstein</th>
              </tr>
            </thead>
            <tbody>
              {net.edges.map((e) => (
                <tr key={`${e.a}-${e.b}`}>
                  <td>
                    <a href={dyadLink(e.a_country ?? e.a.slice(0, 3), e.b_country ?? e.b.slice(0, 3)) + qs({})}>
                      {e.a}–{e.b}
                    </a>
                  </td>
                  <td>{e.reports}</td>
                  <td>{e.events}</td>
                  <td>{e.goldstein_mean}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </>
  );
}

mount(<NetworkPage />);
