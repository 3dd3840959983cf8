/** The home page: paste-and-analyze (POST /analyze, nothing stored), recent articles and the busiest dyads. */
import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '../../../model/schema.js';
import { articleLink, dyadLink, getJson, postJson, type Row } from '../api.js';
import { ArticleView } from '../article-view.js';
import { ErrorNote, Field, mount } from '../ui.js';

function Analyze() {
  const [text, setText] = useState('');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [result, setResult] = useState<{ text: string; analysis: Analysis } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (ev: Event) => {
    ev.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setResult({ text, analysis: await postJson<Analysis>('/analyze', { text, date, id: 'pasted' }) });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-label="analyze a text">
      <h2>Analyze a text</h2>
      <form class="analyze" onSubmit={submit}>
        <Field label="Text">
          <textarea
            name="text"
            rows={6}
            required
            value={text}
            placeholder="Paste a news story…"
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </Field>
        <div class="row">
          <Field label="Date of the story">
            <input type="date" name="date" required value={date} onInput={(e) => setDate(e.currentTarget.value)} />
          </Field>
          <button type="submit" disabled={busy || !text.trim()}>
            {busy ? 'Analyzing…' : 'Analyze (nothing is stored)'}
          </button>
        </div>
      </form>
      <ErrorNote error={error} />
      {result ? <ArticleView text={result.text} analysis={result.analysis} /> : null}
    </section>
  );
}

function Overview() {
  const [articles, setArticles] = useState<Row[] | null>(null);
  const [dyads, setDyads] = useState<Row[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    getJson<{ items: Row[] }>('/articles?limit=15').then((r) => setArticles(r.items), setError);
    getJson<{ items: Row[] }>('/dyads?limit=10').then((r) => setDyads(r.items), setError);
  }, []);
  return (
    <div class="columns">
      <section aria-label="recent articles">
        <h2>Recent articles</h2>
        <ErrorNote error={error} />
        {articles && articles.length === 0 ? <p class="muted">No articles stored yet.</p> : null}
        <ul class="plain">
          {(articles ?? []).map((a) => (
            <li key={String(a.id)}>
              <a href={articleLink(a.id)}>{a.title || a.ext_id}</a>{' '}
              <span class="muted">
                {a.day} · {a.source ?? 'no source'} · {a.events} events · {a.quotes} quotes
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="busiest dyads">
        <h2>Busiest dyads</h2>
        <table>
          <thead>
            <tr>
              <th>dyad</th>
              <th>events</th>
              <th>reports</th>
              <th>mean Goldstein</th>
            </tr>
          </thead>
          <tbody>
            {(dyads ?? []).map((d) => {
              const [a, b] = String(d.dyad).split(',');
              return (
                <tr key={String(d.dyad)}>
                  <td>
                    <a href={dyadLink(a, b)}>
                      {a}–{b}
                    </a>
                  </td>
                  <td>{d.events}</td>
                  <td>{d.reports}</td>
                  <td>{d.goldstein_mean}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}

mount(
  <>
    <h1>Parley</h1>
    <p class="muted">Who said what, who did what to whom, and when — over the articles in this store.</p>
    <Overview />
    <Analyze />
  </>,
);
