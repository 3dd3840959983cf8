/**
 * The dyad chart (uPlot): reports per day or week stacked by quad class as bars, the mean Goldstein score as a line
 * on its own axis, alerts as red rules. Drag across the chart to zoom (brush), double-click to zoom out; a click on
 * an interval reports it to the page.
 */
import uPlot from 'uplot';
import type { Row } from './api.js';
import { QUAD_COLORS } from './ui.js';

export interface SeriesPoint {
  /** First day of the interval, YYYY-MM-DD. */
  day: string;
  quads: [number, number, number, number];
  goldstein: number | null;
}

const DAY = 86400;
const toSec = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;
const toDay = (sec: number) => new Date(sec * 1000).toISOString().slice(0, 10);

/** API rows to points, with the intervals the store has no events in filled as zeros (a gap is a quiet time). */
export function pointsOf(rows: Row[], interval: 'day' | 'week'): SeriesPoint[] {
  if (rows.length === 0) return [];
  const byDay = new Map(rows.map((r) => [String(r[interval]), r]));
  const step = interval === 'week' ? 7 : 1;
  const first = toSec(String(rows[0][interval]));
  const last = toSec(String(rows[rows.length - 1][interval]));
  const out: SeriesPoint[] = [];
  for (let t = first; t <= last; t += step * DAY) {
    const day = toDay(t);
    const r = byDay.get(day);
    out.push({
      day,
      quads: r
        ? [Number(r.verbal_coop), Number(r.material_coop), Number(r.verbal_conflict), Number(r.material_conflict)]
        : [0, 0, 0, 0],
      goldstein: r && r.goldstein_mean !== null ? Number(r.goldstein_mean) : null,
    });
  }
  return out;
}

const LABELS = ['verbal coop.', 'material coop.', 'verbal conflict', 'material conflict'];

export interface ChartOptions {
  width: number;
  points: SeriesPoint[];
  interval: 'day' | 'week';
  /** Interval start days with an alert for this dyad. */
  alerts: string[];
  onPick: (day: string) => void;
  /** After each draw (the first one included), with the days shown. */
  onDraw?: (first: string, last: string) => void;
}

export function drawDyadChart(target: HTMLElement, o: ChartOptions): uPlot {
  const xs = o.points.map((p) => toSec(p.day));
  // Stacks drawn tallest first, so each smaller one is painted over it: material conflict on top.
  const cum = [0, 1, 2, 3].map((k) => o.points.map((p) => p.quads.slice(0, k + 1).reduce((a, b) => a + b, 0)));
  const raw = [0, 1, 2, 3].map((k) => o.points.map((p) => p.quads[k]));
  const bars = uPlot.paths.bars!({ size: [0.85, 40], gap: 0 });
  const alertSecs = o.alerts.map(toSec);
  const series: uPlot.Series[] = [{ value: (_u, v) => (v === null ? '' : toDay(v)) }];
  for (const k of [3, 2, 1, 0])
    series.push({
      label: LABELS[k],
      scale: 'n',
      fill: QUAD_COLORS[k + 1],
      stroke: QUAD_COLORS[k + 1],
      width: 0,
      paths: bars,
      points: { show: false },
      value: (_u, _v, _s, i) => (i === null ? '' : String(raw[k][i])),
    });
  series.push({ label: 'mean Goldstein', scale: 'g', stroke: '#222', width: 1.5, spanGaps: false });
  const data: uPlot.AlignedData = [xs, cum[3], cum[2], cum[1], cum[0], o.points.map((p) => p.goldstein)];
  let downX = 0;
  const chart = new uPlot(
    {
      width: o.width,
      height: 320,
      series,
      scales: { x: { time: true }, n: { range: (_u, _min, max) => [0, Math.max(1, max)] }, g: { range: [-10, 10] } },
      axes: [{}, { scale: 'n', label: 'reports' }, { scale: 'g', side: 1, label: 'Goldstein', grid: { show: false } }],
      cursor: { drag: { x: true, y: false, setScale: true } },
      hooks: {
        draw: [
          (u) => {
            const ctx = u.ctx;
            ctx.save();
            ctx.strokeStyle = '#d00';
            ctx.fillStyle = '#d00';
            ctx.lineWidth = 2 * devicePixelRatio;
            ctx.setLineDash([6, 4]);
            for (const s of alertSecs) {
              const x = Math.round(u.valToPos(s, 'x', true));
              if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
              ctx.beginPath();
              ctx.moveTo(x, u.bbox.top);
              ctx.lineTo(x, u.bbox.top + u.bbox.height);
              ctx.stroke();
              ctx.fillText('alert', x + 4, u.bbox.top + 12 * devicePixelRatio);
            }
            ctx.restore();
            const { min, max } = u.scales.x;
            if (min !== undefined && max !== undefined) o.onDraw?.(toDay(min), toDay(max));
          },
        ],
        ready: [
          (u) => {
            u.over.addEventListener('mousedown', (e) => (downX = e.clientX));
            u.over.addEventListener('click', (e) => {
              const i = u.cursor.idx;
              if (Math.abs(e.clientX - downX) < 4 && i !== null && i !== undefined) o.onPick(o.points[i].day);
            });
          },
        ],
      },
    },
    data,
    target,
  );
  return chart;
}

export { toSec, toDay };
