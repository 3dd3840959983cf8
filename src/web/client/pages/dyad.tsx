/**
 * Dyad view: two countries (with actor search) → cooperation and conflict per day or week, stacked by quad class,
 * with the mean Goldstein score and the alerts; brush to zoom; choosing a day lists its event clusters and sources.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import { addDays, articleLink, getJson, pageParams, qs, QUADS, setPageParams, type Row } from '../api.js';
import { drawDyadChart, pointsOf, type SeriesPoint } from '../dyad-chart.js';
import { ErrorNote, Field, mount } from '../ui.js';

interface AlertItem {
  kind: string;
  source_country: string;
  target_country: string;
  interval: string;
  reason: string;
}

function ActorInput({
  name,
  label,
  value,
  onChange,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  const [options, setOptions] = useState<Row[]>([]);
  const list = `${name}-options`;
  useEffect(() => {
    const q = value.trim();
    if (q.length < 2) return setOptions([]);
    const timer = setTimeout(() => {
      getJson<{ items: Row[] }>(`/actors/search${qs({ q, limit: 12 })}`).then(
        (r) => setOptions(r.items.filter((a) => a.country)),
        () => setOptions([]),
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [value]);
  const countries = [...new Map(options.map((o) => [String(o.country), o])).values()];
  return (
    <Field label={label}>
      <input
        name={name}
        list={list}
        value={value}
        autocomplete="off"
        placeholder="PAK or Pakistan"
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      <datalist id={list}>
        {countries.map((o) => (
          <option value={String(o.country)} key={String(o.country)}>
            {o.name ?? o.code} ({o.reports} reports)
          </option>
        ))}
      </datalist>
    </Field>
  );
}

function Clusters({ a, b, day, interval }: { a: string; b: string; day: string; interval: string }) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setRows(null);
    const until = interval === 'week' ? addDays(day, 6) : day;
    getJson<{ items: Row[] }>(`/events${qs({ dyad: `${a},${b}`, since: day, until, limit: 1000 })}`).then(
      (r) => setRows(r.items),
      setError,
    );
  }, [a, b, day, interval]);
  if (error) return <ErrorNote error={error} />;
  if (!rows) return <p class="muted">Loading {day}…</p>;
  const clusters = new Map<string, Row[]>();
  for (const r of rows) clusters.set(String(r.cluster), [...(clusters.get(String(r.cluster)) ?? []), r]);
  return (
    <section aria-label="event clusters" class="clusters">
      <h2>
        {interval === 'week' ? 'Week of ' : ''}
        {day}: {clusters.size} event{clusters.size === 1 ? '' : 's'}, {rows.length} report{rows.length === 1 ? '' : 's'}
      </h2>
      <ul>
        {[...clusters.entries()].map(([id, reports]) => {
          const first = reports[0];
          return (
            <li key={id}>
              <strong>
                {first.source ?? first.source_code} → {first.target ?? first.target_code}
              </strong>{' '}
              <span class="code">{first.cameo}</span> {first.name}{' '}
              <span class={`quad q${first.quad_class}`}>{QUADS[Number(first.quad_class)]}</span>
              <ul class="sources">
                {reports.map((r) => (
                  <li key={`${r.article_id}/${r.event_id}`}>
                    <a href={articleLink(r.article_id, `e-${r.event_id}`)}>{r.article_source ?? r.article_id}</a>{' '}
                    <span class="muted">
                      {r.day}: {r.sentence}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Chart(props: {
  points: SeriesPoint[];
  interval: 'day' | 'week';
  alerts: string[];
  onPick: (d: string) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const [range, setRange] = useState('');
  useEffect(() => {
    const el = box.current!;
    const t0 = performance.now();
    let first = true;
    chart.current?.destroy();
    chart.current = drawDyadChart(el, {
      ...props,
      width: Math.max(300, el.clientWidth),
      onDraw: (from, to) => {
        setRange(from === to ? from : `${from} – ${to}`);
        if (!first) return;
        first = false;
        // Read by the browser test (test/e2e/dashboard.test.ts): the time to build and draw the chart.
        document.body.dataset.chartMs = (performance.now() - t0).toFixed(1);
      },
    });
    const resize = () => chart.current?.setSize({ width: Math.max(300, el.clientWidth), height: 320 });
    addEventListener('resize', resize);
    return () => removeEventListener('resize', resize);
  }, [props.points, props.alerts]);
  const reset = () => {
    const xs = chart.current?.data[0];
    if (xs && xs.length) chart.current!.setScale('x', { min: xs[0], max: xs[xs.length - 1] });
  };
  return (
    <div>
      <div ref={box} class="chart" aria-label="cooperation and conflict over time" role="img" />
      <button type="button" onClick={reset}>
        Reset zoom
      </button>{' '}
      <span class="muted">
        Showing <span class="range">{range}</span>. Drag across the chart to zoom; click a bar for its events.
      </span>
    </div>
  );
}

function DyadPage() {
  const start = pageParams();
  const [a, setA] = useState((start.a ?? '').toUpperCase());
  const [b, setB] = useState((start.b ?? '').toUpperCase());
  const [interval, setInterval] = useState<'day' | 'week'>(start.interval === 'day' ? 'day' : 'week');
  const [shown, setShown] = useState<{ a: string; b: string } | null>(start.a && start.b ? { a, b } : null);
  const [points, setPoints] = useState<SeriesPoint[] | null>(null);
  const [alerts, setAlerts] = useState<AlertItem[]>([]);
  const [picked, setPicked] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dyads, setDyads] = useState<Row[]>([]);

  useEffect(() => {
    getJson<{ items: Row[] }>('/dyads?limit=8').then((r) => setDyads(r.items), setError);
  }, []);
  useEffect(() => {
    if (!shown) return;
    setPageParams({ a: shown.a, b: shown.b, interval });
    setError(null);
    setPoints(null);
    getJson<{ items: Row[] }>(`/dyads/${shown.a}/${shown.b}/series${qs({ interval })}`).then((r) => {
      const p = pointsOf(r.items, interval);
      setPoints(p);
      const at = start.at;
      if (at && p.length) setPicked(interval === 'week' ? (p.filter((x) => x.day <= at).pop()?.day ?? at) : at);
      if (p.length)
        getJson<{ alerts: AlertItem[] }>(
          `/alerts${qs({ since: p[0].day, until: p[p.length - 1].day, interval: 'week' })}`,
        ).then(
          (x) =>
            setAlerts(
              x.alerts.filter(
                (al) => [al.source_country, al.target_country].sort().join() === [shown.a, shown.b].sort().join(),
              ),
            ),
          () => setAlerts([]),
        );
    }, setError);
  }, [shown, interval]);

  const show = (ev: Event) => {
    ev.preventDefault();
    const [x, y] = [a.trim().toUpperCase(), b.trim().toUpperCase()];
    if (!/^[A-Z]{3}$/.test(x) || !/^[A-Z]{3}$/.test(y))
      return setError(new Error('pick two three-letter country codes (e.g. IND and PAK)'));
    setPicked(null);
    setShown({ a: x, b: y });
  };
  const active = (points ?? []).filter((p) => p.quads.some((q) => q > 0));
  return (
    <>
      <h1>Dyad {shown ? `${shown.a}–${shown.b}` : ''}</h1>
      <form class="filters" onSubmit={show} aria-label="dyad">
        <ActorInput name="a" label="First country" value={a} onChange={setA} />
        <ActorInput name="b" label="Second country" value={b} onChange={setB} />
        <Field label="Per">
          <select
            name="interval"
            value={interval}
            onChange={(e) => setInterval(e.currentTarget.value as 'day' | 'week')}
          >
            <option value="day">day</option>
            <option value="week">week</option>
          </select>
        </Field>
        <button type="submit">Show</button>
      </form>
      <p class="muted">
        Busiest:{' '}
        {dyads.map((d) => {
          const [x, y] = String(d.dyad).split(',');
          return (
            <a key={String(d.dyad)} href={`/dyads/view${qs({ a: x, b: y })}`} class="chip">
              {x}–{y}
            </a>
          );
        })}
      </p>
      <ErrorNote error={error} />
      {shown && points && points.length === 0 ? (
        <p>
          No events between {shown.a} and {shown.b}.
        </p>
      ) : null}
      {shown && points && points.length > 0 ? (
        <>
          <Chart points={points} interval={interval} alerts={alerts.map((x) => x.interval)} onPick={setPicked} />
          {alerts.length ? (
            <ul class="alerts-inline">
              {alerts.map((x) => (
                <li key={x.interval + x.source_country}>
                  <span class="tag alert">{x.kind}</span> {x.interval}: {x.reason}
                </li>
              ))}
            </ul>
          ) : null}
          <Field label="Events of">
            <select value={picked ?? ''} onChange={(e) => setPicked(e.currentTarget.value || null)} name="day">
              <option value="">choose a {interval}…</option>
              {active
                .slice()
                .reverse()
                .map((p) => (
                  <option value={p.day} key={p.day}>
                    {p.day} ({p.quads.reduce((x, y) => x + y, 0)} reports)
                  </option>
                ))}
            </select>
          </Field>
          {picked ? <Clusters a={shown.a} b={shown.b} day={picked} interval={interval} /> : null}
        </>
      ) : null}
    </>
  );
}

mount(<DyadPage />);
