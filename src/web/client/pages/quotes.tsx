/**
 * Quotes: who said what (to whom, when), searched by speaker, addressee, words and date; each links to its article.
 * Speech alone unless Voice says all.
 */
import { useEffect, useState } from 'preact/hooks';
import { articleLink, getJson, pageParams, qs, setPageParams, type Row } from '../api.js';
import { ErrorNote, Field, mount } from '../ui.js';

const FIELDS = ['speaker', 'addressee', 'text', 'since', 'until', 'voice'] as const;
type Form = Record<(typeof FIELDS)[number], string>;
const PAGE = 50;

function QuotesPage() {
  const start = pageParams();
  const [form, setForm] = useState<Form>(Object.fromEntries(FIELDS.map((f) => [f, start[f] ?? ''])) as Form);
  const [applied, setApplied] = useState(form);
  const [offset, setOffset] = useState(0);
  const [data, setData] = useState<{ items: Row[]; next: string | null } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setPageParams(applied);
    setError(null);
    getJson<{ items: Row[]; next: string | null }>(`/quotes/search${qs({ ...applied, offset, limit: PAGE })}`).then(
      setData,
      setError,
    );
  }, [applied, offset]);
  const input = (f: (typeof FIELDS)[number], props: Record<string, string> = {}) => (
    <input name={f} value={form[f]} onInput={(e) => setForm({ ...form, [f]: e.currentTarget.value })} {...props} />
  );
  return (
    <>
      <h1>Quotes</h1>
      <form
        class="filters"
        aria-label="search quotes"
        onSubmit={(e) => {
          e.preventDefault();
          setOffset(0);
          setApplied(form);
        }}
      >
        <Field label="Speaker">{input('speaker', { placeholder: 'Rubio' })}</Field>
        <Field label="Addressee">{input('addressee')}</Field>
        <Field label="Words">{input('text', { placeholder: 'Pakistan' })}</Field>
        <Field label="Since">{input('since', { type: 'date' })}</Field>
        <Field label="Until">{input('until', { type: 'date' })}</Field>
        <Field label="Voice">
          <select name="voice" value={form.voice} onChange={(e) => setForm({ ...form, voice: e.currentTarget.value })}>
            <option value="">speech</option>
            <option value="all">all (thoughts and an author's own "I" too)</option>
          </select>
        </Field>
        <button type="submit">Search</button>
      </form>
      <ErrorNote error={error} />
      {data && data.items.length === 0 ? <p>No quotes match.</p> : null}
      <ul class="plain quotes">
        {(data?.items ?? []).map((q) => (
          <li key={`${q.article_id}/${q.quote_id}`}>
            <p>
              <strong>{q.speaker ?? 'unknown speaker'}</strong>
              {q.addressee ? ` → ${q.addressee}` : ''} <span class="muted">{q.cue ?? ''}</span>{' '}
              <span class="tag">{q.type}</span> <span class="muted">{q.date ?? q.day}</span>
            </p>
            <blockquote>{q.content}</blockquote>
            <p class="muted">
              <a href={articleLink(q.article_id, `q-${q.quote_id}`)}>{q.title || q.article_id}</a>
              {q.article_source ? ` · ${q.article_source}` : ''}
            </p>
          </li>
        ))}
      </ul>
      <p class="pager">
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
          ← Previous
        </button>
        <button type="button" disabled={!data?.next} onClick={() => setOffset(offset + PAGE)}>
          Next →
        </button>
      </p>
    </>
  );
}

mount(<QuotesPage />);
