/**
 * One article's analysis, displaCy-style: the text with its entity mentions, quotes, time expressions and event
 * triggers as `<mark data-kind=…>` (colors per type, a legend, details on hover and focus), and side panels of
 * entities, quotes and events; choosing an item scrolls to its span. Text is rendered as text nodes only.
 */
import { useEffect, useMemo } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Analysis, Entity, Span } from '../../model/schema.js';
import { nestHighlights, walk, type Highlight, type SpanNode } from './highlight.js';
import { dyadLink, QUADS } from './api.js';

const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'];

function spanText(text: string, s: Span | null | undefined): string {
  return s ? text.slice(s.start, s.end) : '';
}

export function highlightsOf(text: string, a: Analysis): Highlight[] {
  const entities = new Map(a.entities.map((e) => [e.id, e]));
  const name = (id: string | null | undefined) => (id ? entities.get(id)?.name : undefined);
  const out: Highlight[] = [];
  for (const m of a.mentions) {
    const e = entities.get(m.entityId);
    if (!e) continue;
    const role = e.roles[0]?.title;
    out.push({
      ...m.span,
      kind: 'entity',
      type: e.type,
      id: `m-${m.id}`,
      title: [e.type, e.name, e.actor?.code, role, m.kind !== 'name' ? m.kind : ''].filter(Boolean).join(' · '),
    });
  }
  for (const q of a.quotes) {
    const speaker = name(q.speaker?.entityId) ?? spanText(text, q.speaker?.mention) ?? '';
    const addressee = name(q.addressee?.entityId) ?? spanText(text, q.addressee?.mention);
    out.push({
      ...q.content,
      kind: 'quote',
      type: q.type,
      id: `q-${q.id}`,
      title: `${q.type} quote · ${speaker || 'unknown speaker'}${addressee ? ` → ${addressee}` : ''}${q.cueLemma ? ` · ${q.cueLemma}` : ''}${q.date ? ` · ${q.date}` : ''}`,
    });
  }
  for (const t of a.times)
    out.push({ ...t.span, kind: 'time', type: t.type, id: `t-${t.id}`, title: `${t.type} ${t.value}` });
  for (const e of a.events)
    out.push({
      ...e.evidence.trigger,
      kind: 'event',
      type: e.plover ?? e.root,
      id: `e-${e.id}`,
      title: `${e.cameo} ${e.plover ?? ''} ${e.name} · ${e.source?.code ?? '?'} → ${e.target?.code ?? '?'} · Goldstein ${e.goldstein} · ${e.modality} · ${e.date}`,
    });
  return out;
}

/** Scroll to a highlight and flash it; focus it so that keyboard users land there. */
export function showSpan(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  el.classList.remove('flash');
  void el.offsetWidth;
  el.classList.add('flash');
  el.focus({ preventScroll: true });
}

function ArticleText({ text, analysis }: { text: string; analysis: Analysis }) {
  const tree = useMemo(() => nestHighlights(text.length, highlightsOf(text, analysis)), [text, analysis]);
  const parts = walk<JSX.Element | string>(
    text,
    tree,
    (s) => s,
    (n: SpanNode, inner) => (
      <mark
        id={n.mark!.id}
        data-kind={n.mark!.kind}
        data-type={n.mark!.type}
        title={n.mark!.title}
        tabIndex={-1}
        key={n.mark!.id}
      >
        {inner}
      </mark>
    ),
  );
  return <div class="article-text">{parts}</div>;
}

function Legend() {
  const items: [string, string, string][] = [
    ...ENTITY_TYPES.map((t): [string, string, string] => ['entity', t, t]),
    ['quote', 'direct', 'quote'],
    ['time', 'DATE', 'time'],
    ['event', '', 'event trigger'],
  ];
  return (
    <p class="legend" aria-label="legend">
      {items.map(([kind, type, label]) => (
        <mark data-kind={kind} data-type={type} key={label}>
          {label}
        </mark>
      ))}
    </p>
  );
}

function Go({ target, children }: { target: string; children: preact.ComponentChildren }) {
  return (
    <button type="button" class="link" onClick={() => showSpan(target)}>
      {children}
    </button>
  );
}

function EntityPanel({ analysis }: { analysis: Analysis }) {
  const first = (e: Entity) => analysis.mentions.find((m) => m.entityId === e.id);
  return (
    <section class="panel" aria-label="entities">
      <h2>Entities ({analysis.entities.length})</h2>
      <ul>
        {analysis.entities.map((e) => {
          const m = first(e);
          return (
            <li key={e.id}>
              {m ? <Go target={`m-${m.id}`}>{e.name}</Go> : e.name} <span class="tag">{e.type}</span>
              {e.actor ? <span class="code">{e.actor.code}</span> : null}
              <span class="muted">
                {' '}
                {e.roles.map((r) => r.title).join(', ')} · {e.mentionIds.length} mention
                {e.mentionIds.length === 1 ? '' : 's'}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function QuotePanel({ text, analysis }: { text: string; analysis: Analysis }) {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const who = (p: { entityId: string | null; mention: Span } | null) =>
    p ? ((p.entityId && entities.get(p.entityId)?.name) ?? spanText(text, p.mention)) : null;
  return (
    <section class="panel" aria-label="quotes">
      <h2>Quotes ({analysis.quotes.length})</h2>
      <ul>
        {analysis.quotes.map((q) => (
          <li key={q.id}>
            <Go target={`q-${q.id}`}>
              <strong>{who(q.speaker) ?? 'unknown speaker'}</strong>
              {q.addressee ? ` → ${who(q.addressee)}` : ''}
            </Go>
            <span class="muted">
              {' '}
              {q.type} · {q.cueLemma ?? 'no cue'} · {q.date ?? 'no date'}
            </span>
            <blockquote>{spanText(text, q.content)}</blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}

function EventPanel({ text, analysis }: { text: string; analysis: Analysis }) {
  return (
    <section class="panel" aria-label="events">
      <h2>Events ({analysis.events.length})</h2>
      <ul>
        {analysis.events.map((e) => {
          const [a, b] = [e.source?.country, e.target?.country];
          return (
            <li key={e.id}>
              <Go target={`e-${e.id}`}>
                <span class="code">{e.cameo}</span> {e.plover ?? ''} {e.name}
              </Go>
              <div>
                {e.source?.text ?? '?'} ({e.source?.code ?? '—'}) → {e.target?.text ?? '?'} ({e.target?.code ?? '—'})
              </div>
              <div class="muted">
                {QUADS[e.quadClass]} · Goldstein {e.goldstein} · {e.modality} · {e.date}
                {a && b && a !== b ? (
                  <>
                    {' · '}
                    <a href={dyadLink(a, b, /^\d{4}-\d{2}-\d{2}$/.test(e.date) ? { at: e.date } : {})}>
                      {a}–{b} dyad
                    </a>
                  </>
                ) : null}
              </div>
              <div class="sentence">{spanText(text, analysis.sentences[e.sentence])}</div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ArticleView({ text, analysis }: { text: string; analysis: Analysis }) {
  useEffect(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id) showSpan(id);
  }, [analysis]);
  const meta = analysis.article;
  return (
    <div class="article-layout">
      <article class="article-main">
        <h1>{meta.title || meta.id}</h1>
        <p class="muted">
          {meta.date}
          {meta.source ? ` · ${meta.source}` : ''}
          {meta.url ? (
            <>
              {' · '}
              <a href={/^https?:\/\//i.test(meta.url) ? meta.url : '#'} rel="noopener noreferrer">
                original
              </a>
            </>
          ) : null}
        </p>
        <Legend />
        <ArticleText text={text} analysis={analysis} />
      </article>
      <aside class="article-side">
        <EntityPanel analysis={analysis} />
        <QuotePanel text={text} analysis={analysis} />
        <EventPanel text={text} analysis={analysis} />
      </aside>
    </div>
  );
}
