/**
 * Bench corpora from ../shared/corpora, as Article records, in a fixed order (so every run sees the same texts).
 * Guardian: CSV date,text,source. Reuters-21578: JSON arrays (date like "26-FEB-1987 15:01:01.79"). BBC: text files,
 * headline on the first line, no dates (a fixed date is used). The bench keeps its own tiny readers so it measures the
 * analyzer even while src/read is being rewritten.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/model/doc.js';

export type CorpusName = 'guardian' | 'reuters' | 'bbc';
export const CORPUS_NAMES: CorpusName[] = ['guardian', 'reuters', 'bbc'];

/** BBC files carry no date; every BBC article gets this one (the corpus is from 2004–05). */
export const BBC_FIXED_DATE = '2005-01-01';

export function sharedRoot(): string {
  return process.env.PARLEY_SHARED ?? fileURLToPath(new URL('../../shared', import.meta.url));
}

export function corpusDir(name: CorpusName): string {
  const sub = { guardian: 'guardian', reuters: 'reuters21578', bbc: 'bbc' }[name];
  return join(sharedRoot(), 'corpora', sub);
}

export function corpusAvailable(name: CorpusName): boolean {
  return existsSync(corpusDir(name));
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34 /* " */) {
        if (text.charCodeAt(i + 1) === 34) {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      const next = text.indexOf('"', i);
      const stop = next < 0 ? n : next;
      field += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === 34) quoted = true;
    else if (c === 44 /* , */) {
      row.push(field);
      field = '';
    } else if (c === 10 /* \n */) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== 13) field += text[i];
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function loadGuardian(): Article[] {
  const file = join(corpusDir('guardian'), 'Guardian_SDF_sample.csv');
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const header = rows[0];
  const iDate = header.indexOf('date');
  const iText = header.indexOf('text');
  const iSource = header.indexOf('source');
  const out: Article[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const text = row[iText];
    if (!text || !text.trim()) continue;
    out.push({ id: `guardian:${row[0] || r}`, date: row[iDate].slice(0, 10), text, source: row[iSource], meta: {} });
  }
  return out;
}

const MONTHS: Record<string, string> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
};

/** "26-FEB-1987 15:01:01.79" -> "1987-02-26"; null when unreadable. */
export function reutersDate(raw: string | undefined): string | null {
  const m = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})/i.exec(raw ?? '');
  if (!m) return null;
  const mo = MONTHS[m[2].toUpperCase()];
  if (!mo) return null;
  return `${m[3]}-${mo}-${m[1].padStart(2, '0')}`;
}

interface ReutersRecord {
  date?: string;
  title?: string;
  body?: string;
  attrs?: { newid?: string };
}

function loadReuters(limit: number): Article[] {
  const dir = corpusDir('reuters');
  const files = readdirSync(dir)
    .filter((f) => /^reut2-\d+\.json$/.test(f))
    .sort();
  const out: Article[] = [];
  for (const f of files) {
    const records = JSON.parse(readFileSync(join(dir, f), 'utf8')) as ReutersRecord[];
    for (const rec of records) {
      const date = reutersDate(rec.date);
      if (!rec.body || !rec.body.trim() || !date) continue;
      out.push({
        id: `reuters:${rec.attrs?.newid ?? out.length}`,
        date,
        text: rec.body,
        ...(rec.title ? { title: rec.title } : {}),
        meta: {},
      });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

function loadBbc(limit: number): Article[] {
  const dir = corpusDir('bbc');
  const topics = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const files: string[] = [];
  for (const t of topics)
    for (const f of readdirSync(join(dir, t)).sort()) if (f.endsWith('.txt')) files.push(join(t, f));
  // Interleave topics so a capped subset still mixes business, politics, sport, ...
  const byTopic = topics.map((t) => files.filter((f) => f.startsWith(t + '/')));
  const order: string[] = [];
  for (let i = 0; order.length < files.length; i++)
    for (const list of byTopic) if (i < list.length) order.push(list[i]);
  const out: Article[] = [];
  for (const f of order.slice(0, limit)) {
    // Decode leniently so a stray non-UTF-8 byte cannot stop the bench.
    const text = new TextDecoder('utf-8').decode(readFileSync(join(dir, f))).replace(/\r\n?/g, '\n');
    if (!text.trim()) continue;
    const title = text.slice(0, text.indexOf('\n') >>> 0).trim();
    out.push({ id: `bbc:${f}`, date: BBC_FIXED_DATE, text, ...(title ? { title } : {}), meta: {} });
  }
  return out;
}

/** Load a corpus (at most `limit` articles, in a fixed order). */
export function loadCorpus(name: CorpusName, limit = Infinity): Article[] {
  if (name === 'guardian') return loadGuardian().slice(0, limit);
  if (name === 'reuters') return loadReuters(limit);
  return loadBbc(limit);
}

/** Articles in order until their UTF-8 size reaches `maxBytes` (at least one article). */
export function capBytes(articles: Article[], maxBytes: number): Article[] {
  const out: Article[] = [];
  let bytes = 0;
  for (const a of articles) {
    if (out.length > 0 && bytes >= maxBytes) break;
    out.push(a);
    bytes += utf8Bytes(a.text);
  }
  return out;
}

export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Whitespace-separated words (like `wc -w`): one tool-independent word count for every system. */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12 || c === 11;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export interface TextSize {
  articles: number;
  bytes: number;
  chars: number;
  words: number;
}

export function sizeOf(articles: Article[]): TextSize {
  let bytes = 0;
  let chars = 0;
  let words = 0;
  for (const a of articles) {
    bytes += utf8Bytes(a.text);
    chars += a.text.length;
    words += countWords(a.text);
  }
  return { articles: articles.length, bytes, chars, words };
}

/**
 * Synthetic articles of about `size` bytes each, cut from the concatenated corpus at whitespace, `count` of them
 * (wrapping around the corpus when it runs out): the scaling test's inputs.
 */
export function sliceArticles(source: Article[], size: number, count: number, date = '2019-01-01'): Article[] {
  const joined = source.map((a) => a.text.trim()).join('\n\n');
  const out: Article[] = [];
  let pos = 0;
  for (let k = 0; k < count; k++) {
    let text = '';
    while (text.length < size) {
      if (pos >= joined.length) pos = 0;
      let end = Math.min(joined.length, pos + (size - text.length));
      // Cut at whitespace so no word (or surrogate pair) is split.
      const ws = joined.indexOf(' ', end);
      end = ws < 0 ? joined.length : ws;
      text += (text ? ' ' : '') + joined.slice(pos, end);
      pos = end + 1;
    }
    out.push({ id: `slice:${size}:${k}`, date, text, meta: {} });
  }
  return out;
}
