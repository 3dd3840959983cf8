/**
 * Events explorer: filters in the address (shareable), a table sorted and paged by the server (GET /events/table),
 * each row linking to its article at the evidence, downloads of the filter through GET /events' formats.
 */
import { useEffect, useState } from 'preact/hooks';
import { articleLink, getJson, pageParams, qs, QUADS, setPageParams, type Row } from '../api.js';
import { ErrorNote, Field, mount } from '../ui.js';

const FILTERS = ['dyad', 'actor', 'target', 'type', 'quad', 'since', 'until', 'text'] as const;
type Filter = (typeof FILTERS)[number];
const PAGE = 50;
const COLUMNS: [string, string, string | null][] = [
  ['day', 'Day', 'day'],
  ['source', 'Source', 'source'],
  ['event', 'Event', 'cameo'],
  ['target', 'Target', 'target'],
  ['quad', 'Quad class', 'quad'],
  ['goldstein', 'Goldstein', 'goldstein'],
  ['article', 'Article', null],
];

function EventsPage() {
  const start = pageParams();
  const [form, setForm] = useState<Record<Filter, string>>(
    Object.fromEntries(FILTERS.map((f) => [f, start[f] ?? ''])) as Record<Filter, string>,
  );
  const [applied, setApplied] = useState(form);
  const [sort, setSort] = useState(start.sort ?? 'day');
  const [dir, setDir] = useState<'asc' | 'desc'>(start.dir === 'asc' ? 'asc' : 'desc');
  const [offset, setOffset] = useState(Number(start.offset ?? 0) || 0);
  const [data, setData] = useState<{ total: number; items: Row[] } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const params = { ...applied, sort, dir, offset: offset || undefined };
    setPageParams(params);
    setError(null);
    getJson<{ total: number; items: Row[] }>(`/events/table${qs({ ...params, limit: PAGE })}`).then(setData, setError);
  }, [applied, sort, dir, offset]);

  const apply = (ev: Event) => {
    ev.preventDefault();
    setOffset(0);
    setApplied({ ...form, dyad: form.dyad.replace(/[\s–-]+/g, ',').toUpperCase() });
  };
  const sortBy = (key: string) => {
    if (key === sort) setDir(dir === 'asc' ? 'desc' : 'asc');
    else {
      setSort(key);
      setDir(key === 'day' || key === 'goldstein' ? 'desc' : 'asc');
    }
    setOffset(0);
  };
  const input = (f: Filter, props: Record<string, string> = {}) => (
    <input name={f} value={form[f]} onInput={(e) => setForm({ ...form, [f]: e.currentTarget.value })} {...props} />
  );
  const download = (format: string) => `/events/export${qs({ ...applied, format })}`;
  const total = data?.total ?? 0;
  return (
    <>
      <h1>Events</h1>
      <form class="filters" onSubmit={apply} aria-label="filters">
        <Field label="Dyad">
          {input('dyad', { placeholder: 'IND,PAK', pattern: '[A-Za-z]{3}[^A-Za-z]+[A-Za-z]{3}' })}
        </Field>
        <Field label="Actor (source)">{input('actor', { placeholder: 'USAGOV' })}</Field>
        <Field label="Target">{input('target', { placeholder: 'PAK' })}</Field>
        <Field label="Type">{input('type', { placeholder: 'ACCUSE or 11' })}</Field>
        <Field label="Quad class">
          <select name="quad" value={form.quad} onChange={(e) => setForm({ ...form, quad: e.currentTarget.value })}>
            <option value="">any</option>
            {[1, 2, 3, 4].map((q) => (
              <option value={String(q)} key={q}>
                {q} {QUADS[q]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Since">{input('since', { type: 'date' })}</Field>
        <Field label="Until">{input('until', { type: 'date' })}</Field>
        <Field label="Title words">{input('text')}</Field>
        <button type="submit">Apply</button>
      </form>
      <ErrorNote error={error} />
      <p class="toolbar">
        <span aria-live="polite">
          {data ? `${total} events${total ? ` · ${offset + 1}–${Math.min(offset + PAGE, total)}` : ''}` : 'Loading…'}
        </span>
        <span class="downloads">
          Download:{' '}
          <a href={download('csv')} download="events.csv">
            CSV
          </a>{' '}
          <a href={download('jsonl')} download="events.jsonl">
            JSON lines
          </a>{' '}
          <a href={download('gdelt')} download="events.gdelt.tsv">
            GDELT
          </a>{' '}
          <a href={download('plover')} download="events.plover.jsonl">
            PLOVER
          </a>
        </span>
      </p>
      <div class="table-wrap">
        <table class="events">
          <thead>
            <tr>
              {COLUMNS.map(([key, label, sortKey]) => (
                <th key={key} aria-sort={sortKey === sort ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                  {sortKey ? (
                    <button type="button" class="link" onClick={() => sortBy(sortKey)}>
                      {label}
                      {sortKey === sort ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}
                    </button>
                  ) : (
                    label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(data?.items ?? []).map((r) => (
              <tr key={`${r.article_id}/${r.event_id}`}>
                <td>{r.day}</td>
                <td>
                  {r.source ?? '—'} <span class="code">{r.source_code ?? ''}</span>
                </td>
                <td>
                  <span class="code">{r.cameo}</span> {r.plover ?? ''} <span class="muted">{r.name}</span>
                  {r.modality !== 'asserted' ? <span class="tag">{r.modality}</span> : null}
                </td>
                <td>
                  {r.target ?? '—'} <span class="code">{r.target_code ?? ''}</span>
                </td>
                <td>
                  <span class={`quad q${r.quad_class}`}>{QUADS[Number(r.quad_class)]}</span>
                </td>
                <td class="num">{r.goldstein}</td>
                <td>
                  <a href={articleLink(r.article_id, `e-${r.event_id}`)}>{r.trigger ?? 'evidence'}</a>{' '}
                  <span class="muted">{r.article_source ?? ''}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="pager">
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          ← Previous
        </button>
        <button type="button" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
          Next →
        </button>
      </p>
    </>
  );
}

mount(<EventsPage />);
