/** Alerts: the current ones (the last intervals) and past ones (a period back), newest first, with their evidence. */
import { useEffect, useState } from 'preact/hooks';
import { addDays, articleLink, dyadLink, getJson, pageParams, qs, QUADS, setPageParams } from '../api.js';
import { ErrorNote, Field, mount } from '../ui.js';

interface Evidence {
  cluster: number;
  day: string;
  quad_class: number;
  cameo: string;
  goldstein: number;
  article_id: string;
  event_id: string;
  source: string | null;
  copy: boolean;
}
interface Alert {
  kind: string;
  dyad: string;
  source_country: string;
  target_country: string;
  interval: string;
  clusters: number;
  sources: number;
  intensity: number;
  baseline: number;
  p_value: number;
  reason: string;
  events: Evidence[];
}
interface Answer {
  since: string;
  until: string;
  alerts: Alert[];
}

function AlertCard({ alert, current }: { alert: Alert; current: boolean }) {
  const clusters = new Map<number, Evidence[]>();
  for (const e of alert.events) clusters.set(e.cluster, [...(clusters.get(e.cluster) ?? []), e]);
  return (
    <li class={`alert-card${current ? ' current' : ''}`}>
      <h3>
        <span class="tag alert">{alert.kind}</span> {current ? <span class="tag">current</span> : null}{' '}
        <a href={dyadLink(alert.source_country, alert.target_country, { at: alert.interval })}>
          {alert.source_country} → {alert.target_country}
        </a>{' '}
        <span class="muted">week of {alert.interval}</span>
      </h3>
      <p>{alert.reason}</p>
      <p class="muted">
        {`${alert.clusters} events from ${alert.sources} sources · intensity ${alert.intensity}`}
        {` vs baseline ${alert.baseline} · p = ${alert.p_value}`}
      </p>
      <details>
        <summary>Evidence ({alert.events.length} reports)</summary>
        <ul>
          {[...clusters.entries()].map(([id, reports]) => (
            <li key={id}>
              {reports[0].day} <span class="code">{reports[0].cameo}</span>
              {` ${QUADS[reports[0].quad_class]} · Goldstein ${reports[0].goldstein}: `}
              {reports.map((r, i) => (
                <span key={r.article_id + r.event_id}>
                  {i ? ', ' : ''}
                  <a href={articleLink(r.article_id, `e-${r.event_id}`)}>{r.source ?? r.article_id}</a>
                  {r.copy ? ' (copy)' : ''}
                </span>
              ))}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

function AlertsPage() {
  const start = pageParams();
  const [days, setDays] = useState(start.days ?? '365');
  const [current, setCurrent] = useState<Answer | null>(null);
  const [past, setPast] = useState<Answer | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    getJson<Answer>('/alerts').then(setCurrent, setError);
  }, []);
  useEffect(() => {
    if (!current?.until) return;
    setPageParams({ days });
    getJson<Answer>(`/alerts${qs({ since: addDays(current.until, -Number(days)), until: current.until })}`).then(
      setPast,
      setError,
    );
  }, [current, days]);
  const key = (a: Alert) => `${a.kind}/${a.dyad}/${a.interval}`;
  const now = new Set((current?.alerts ?? []).map(key));
  const all = [...(past?.alerts ?? current?.alerts ?? [])].sort((x, y) =>
    x.interval < y.interval ? 1 : x.interval > y.interval ? -1 : 0,
  );
  return (
    <>
      <h1>Alerts</h1>
      <p class="muted">
        Dyads whose conflict rose well above their own baseline, or that appear with conflict (src/alerts). Current: the
        intervals up to {current?.until || '—'}.
      </p>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <Field label="Past alerts over">
          <select name="days" value={days} onChange={(e) => setDays(e.currentTarget.value)}>
            {['30', '90', '365', '1825'].map((d) => (
              <option value={d} key={d}>
                {d} days
              </option>
            ))}
          </select>
        </Field>
      </form>
      <ErrorNote error={error} />
      {!current ? <p class="muted">Loading…</p> : null}
      {current && all.length === 0 ? <p>No alerts in this period.</p> : null}
      <ul class="plain">
        {all.map((a) => (
          <AlertCard alert={a} current={now.has(key(a))} key={key(a)} />
        ))}
      </ul>
    </>
  );
}

mount(<AlertsPage />);
