/**
 * `parley eval quotes --gold <dir>`: quotations and speakers against brat attribution gold (PolNeAR layout:
 * <dir>/text/NAME.txt, <dir>/attributions/NAME_ANNOTATOR.ann, dates in <dir>/../metadata.tsv).
 *
 * Several .ann files may annotate one text (agreement sets): each text is scored ONCE, against the annotation
 * file whose annotator id sorts first; the others are counted in notes.extraAnnotationFiles.
 *
 * Units: a gold attribution = the union of its Content fragments (PolNeAR contents may be discontinuous).
 * A predicted attribution = the union of the contents of quotes sharing one cue ("“A,” he said, “B.”"); a quote
 * with no cue stands alone. Matching is one-to-one, greedy by overlapping characters.
 *  - content_overlap: matched pairs; content_exact: same text after trimming quote marks, whitespace and edge
 *    punctuation (.,;:), matched one-to-one by that text.
 *  - speaker: over overlap-matched pairs, the predicted speaker mention overlaps a gold Source span, or a mention
 *    of the predicted speaker's entity does; fp = predictions with a speaker that are not tp, fn = gold with a
 *    Source that are not tp.
 *  - direct_*: the same, with gold restricted to direct contents (wholly inside quote marks) and predictions to
 *    type "direct", re-matched among themselves.
 * All gold attributions are scored, beliefs and intentions included; notes give their share (by cue lemma).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { analyze } from '../pipeline.js';
import type { Analysis } from '../model/schema.js';
import { lookupCue } from '../quotes/lexicon.js';
import { attributionsOf, parseBrat, type BratFragment } from './readers/brat.js';
import { prf, type Prf } from './prf.js';
import type { EvalOptions, EvalResult } from './types.js';

interface Unit {
  fragments: BratFragment[];
  key: string;
  direct: boolean;
  /** Gold: Source fragments; prediction: the speaker mention (plus its entity's mentions). */
  speaker: BratFragment[];
  label: string;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const QUOTE_CHARS = '"“”„‟«»\'‘’`';

export function normalizeContent(s: string): string {
  let a = 0;
  let b = s.length;
  const edge = (c: string) => QUOTE_CHARS.includes(c) || /[\s.,;:]/.test(c);
  while (a < b && edge(s[a])) a++;
  while (b > a && edge(s[b - 1])) b--;
  return s.slice(a, b).replace(/\s+/g, ' ');
}

function overlap(a: BratFragment[], b: BratFragment[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** Is the gold content wholly quoted: quote marks at (or right outside) both of its edges? */
export function isDirect(text: string, f: BratFragment[]): boolean {
  const s = f[0].start;
  const e = f[f.length - 1].end;
  let i = s;
  while (i < e && /\s/.test(text[i])) i++;
  let j = e;
  while (j > i && /[\s.,;:]/.test(text[j - 1])) j--;
  const opens = QUOTE_CHARS.includes(text[i]) || (i > 0 && QUOTE_CHARS.includes(text[i - 1]));
  const closes =
    QUOTE_CHARS.includes(text[j - 1]) ||
    QUOTE_CHARS.includes(text[j] ?? '') ||
    /^[.,]?["”’']/.test(text.slice(j, j + 2));
  return opens && closes && e - s > 2;
}

/** One-to-one greedy matching by a score; returns pairs [gold, pred]. */
function match(gold: Unit[], pred: Unit[], score: (g: Unit, p: Unit) => number): [number, number][] {
  const cands: [number, number, number][] = [];
  for (let g = 0; g < gold.length; g++)
    for (let p = 0; p < pred.length; p++) {
      const s = score(gold[g], pred[p]);
      if (s > 0) cands.push([s, g, p]);
    }
  cands.sort((x, y) => y[0] - x[0]);
  const ug = new Set<number>();
  const up = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, g, p] of cands) {
    if (ug.has(g) || up.has(p)) continue;
    ug.add(g);
    up.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

function scoreSet(gold: Unit[], pred: Unit[], acc: Record<string, Counts>, prefix: string, errors?: ErrorLog): void {
  const add = (name: string, tp: number, fp: number, fn: number) => {
    const c = (acc[prefix + name] ??= { tp: 0, fp: 0, fn: 0 });
    c.tp += tp;
    c.fp += fp;
    c.fn += fn;
  };
  const pairs = match(gold, pred, (g, p) => overlap(g.fragments, p.fragments));
  add('content_overlap', pairs.length, pred.length - pairs.length, gold.length - pairs.length);
  const exact = match(gold, pred, (g, p) => (g.key !== '' && g.key === p.key ? 1 : 0));
  add('content_exact', exact.length, pred.length - exact.length, gold.length - exact.length);
  let tp = 0;
  for (const [g, p] of pairs) if (pred[p].speaker.length && overlap(gold[g].speaker, pred[p].speaker) > 0) tp++;
  const withSpeaker = pred.filter((p) => p.speaker.length > 0).length;
  const withSource = gold.filter((g) => g.speaker.length > 0).length;
  add('speaker', tp, withSpeaker - tp, withSource - tp);
  if (errors) {
    const matchedG = new Set(pairs.map(([g]) => g));
    const matchedP = new Set(pairs.map(([, p]) => p));
    gold.forEach((g, k) => {
      if (!matchedG.has(k)) bump(errors.missedByCue, g.label);
    });
    pred.forEach((p, k) => {
      if (!matchedP.has(k)) bump(errors.falseByRule, p.label);
    });
    for (const [g, p] of pairs) {
      const ok = pred[p].speaker.length && overlap(gold[g].speaker, pred[p].speaker) > 0;
      if (!ok && gold[g].speaker.length)
        bump(errors.speakerWrongByRule, pred[p].speaker.length ? pred[p].label : `${pred[p].label}:none`);
    }
  }
}

interface ErrorLog {
  missedByCue: Map<string, number>;
  falseByRule: Map<string, number>;
  speakerWrongByRule: Map<string, number>;
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

function top(m: Map<string, number>, n: number): Record<string, number> {
  return Object.fromEntries([...m].sort((a, b) => b[1] - a[1]).slice(0, n));
}

function readDates(goldDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  const file = join(dirname(goldDir.replace(/\/+$/, '')), 'metadata.tsv');
  if (!existsSync(file)) return dates;
  const lines = readFileSync(file, 'utf8').split('\n');
  const head = lines[0].split('\t');
  const fi = head.indexOf('filename');
  const di = head.indexOf('publication_date');
  for (const line of lines.slice(1)) {
    const f = line.split('\t');
    if (f[fi] && /^\d{4}-\d{2}-\d{2}$/.test(f[di] ?? '')) dates.set(f[fi], f[di]);
  }
  return dates;
}

function predictedUnits(a: Analysis, text: string): Unit[] {
  const mentionsOf = new Map<string, BratFragment[]>();
  for (const m of a.mentions) {
    const list = mentionsOf.get(m.entityId) ?? [];
    list.push({ start: m.span.start, end: m.span.end });
    mentionsOf.set(m.entityId, list);
  }
  const byCue = new Map<string, Unit>();
  const units: Unit[] = [];
  for (const q of a.quotes) {
    const frag = { start: q.content.start, end: q.content.end };
    const cueKey = q.cue ? `${q.cue.start}:${q.cue.end}` : '';
    const existing = cueKey ? byCue.get(cueKey) : undefined;
    if (existing) {
      existing.fragments.push(frag);
      existing.key = normalizeContent(existing.fragments.map((f) => text.slice(f.start, f.end)).join(' '));
      existing.direct &&= q.type === 'direct';
      continue;
    }
    const speaker: BratFragment[] = q.speaker ? [{ start: q.speaker.mention.start, end: q.speaker.mention.end }] : [];
    if (q.speaker?.entityId) speaker.push(...(mentionsOf.get(q.speaker.entityId) ?? []));
    const u: Unit = {
      fragments: [frag],
      key: normalizeContent(q.content.text),
      direct: q.type === 'direct',
      speaker,
      label: q.rule,
    };
    units.push(u);
    if (cueKey) byCue.set(cueKey, u);
  }
  return units;
}

function goldUnits(annText: string, text: string, stats: { cls: Map<string, number> }): Unit[] {
  const units: Unit[] = [];
  for (const at of attributionsOf(parseBrat(annText))) {
    const fragments = at.content.flatMap((s) => s.fragments).sort((x, y) => x.start - y.start);
    if (fragments.length === 0) continue;
    const cueText = at.cue
      .flatMap((s) => s.fragments)
      .map((f) => text.slice(f.start, f.end))
      .join(' ')
      .toLowerCase();
    const cueWords = cueText.split(/[^a-z]+/).filter(Boolean);
    const entries = cueWords.map((w) => lookupCue(w)).filter((e) => e !== undefined);
    const cls = cueText.includes('according')
      ? 'speech'
      : entries.length
        ? entries[entries.length - 1]!.cls
        : cueWords.length
          ? 'other'
          : 'no-cue';
    bump(stats.cls, cls);
    units.push({
      fragments,
      key: normalizeContent(fragments.map((f) => text.slice(f.start, f.end)).join(' ')),
      direct: isDirect(text, fragments),
      speaker: at.source.flatMap((s) => s.fragments),
      label: entries.length ? entries[entries.length - 1]!.lemma : cueWords.join(' ') || '(none)',
    });
  }
  return units;
}

export async function evaluate(goldPath: string, options: EvalOptions): Promise<EvalResult> {
  const annDir = join(goldPath, 'attributions');
  const textDir = join(goldPath, 'text');
  if (!existsSync(annDir) || !existsSync(textDir))
    throw new Error(`expected ${annDir} and ${textDir} (brat attribution layout)`);
  const dates = readDates(goldPath);
  const byText = new Map<string, string[]>();
  for (const f of readdirSync(annDir)
    .filter((x) => x.endsWith('.ann'))
    .sort()) {
    const base = basename(f, '.ann').replace(/_[0-9a-f]{4}$/, '');
    const list = byText.get(base) ?? [];
    list.push(f);
    byText.set(base, list);
  }
  const names = [...byText.keys()].sort().slice(0, options.limit ?? Infinity);
  const acc: Record<string, Counts> = {};
  const stats = { cls: new Map<string, number>() };
  const errors: ErrorLog = { missedByCue: new Map(), falseByRule: new Map(), speakerWrongByRule: new Map() };
  let extra = 0;
  let goldTotal = 0;
  let goldDirect = 0;
  let goldNoSource = 0;
  let docs = 0;
  for (const name of names) {
    const textFile = join(textDir, `${name}.txt`);
    if (!existsSync(textFile)) continue;
    const files = byText.get(name)!;
    extra += files.length - 1;
    const text = readFileSync(textFile, 'utf8');
    const gold = goldUnits(readFileSync(join(annDir, files[0]), 'utf8'), text, stats);
    const analysis = analyze({ id: name, date: dates.get(name) ?? '2016-01-01', text, meta: {} });
    const pred = predictedUnits(analysis, text);
    scoreSet(gold, pred, acc, '', errors);
    scoreSet(
      gold.filter((g) => g.direct),
      pred.filter((p) => p.direct),
      acc,
      'direct_',
    );
    goldTotal += gold.length;
    goldDirect += gold.filter((g) => g.direct).length;
    goldNoSource += gold.filter((g) => g.speaker.length === 0).length;
    docs++;
  }
  const metrics: Record<string, Prf> = {};
  for (const name of [
    'content_overlap',
    'content_exact',
    'speaker',
    'direct_content_overlap',
    'direct_content_exact',
    'direct_speaker',
  ]) {
    const c = acc[name] ?? { tp: 0, fp: 0, fn: 0 };
    metrics[name] = prf(c.tp, c.fp, c.fn);
  }
  const share = (n: number) => Math.round((n / Math.max(1, goldTotal)) * 1000) / 1000;
  const beliefs = (stats.cls.get('belief') ?? 0) + (stats.cls.get('intention') ?? 0);
  return {
    task: 'quotes',
    gold: goldPath,
    docs,
    metrics,
    notes: {
      goldAttributions: goldTotal,
      goldDirectShare: share(goldDirect),
      goldNoSourceShare: share(goldNoSource),
      beliefIntentionShare: share(beliefs),
      cueClassShares: Object.fromEntries([...stats.cls].map(([k, v]) => [k, share(v)])),
      extraAnnotationFiles: extra,
      scoring: 'one annotation file per text (first annotator id); beliefs/intentions scored with all others',
      missedGoldByCueLemma: top(errors.missedByCue, 15),
      falsePredictionsByRule: top(errors.falseByRule, 10),
      wrongSpeakerByRule: top(errors.speakerWrongByRule, 10),
    },
  };
}
