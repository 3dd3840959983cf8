/**
 * JSON-shaped records -> Article: `{id?, url?, title?, date, text, source?}`, plus the Reuters-21578 JSON shape
 * (`body` for the text, "26-FEB-1987 15:01:01.79" dates, `attrs.newid` for the id). Used by JSON, JSONL and CSV.
 */
import type { Article } from '../model/doc.js';
import { readErrorAt, type RecordPlace } from './errors.js';
import { finishArticle, type FinishOptions } from './article.js';

const KNOWN_FIELDS = new Set(['id', 'url', 'title', 'date', 'text', 'body', 'source', 'attrs']);

function stringField(rec: Record<string, unknown>, name: string, place: RecordPlace): string | undefined {
  const v = rec[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && name !== 'text') return String(v);
  throw readErrorAt(place, `must be a string, not ${Array.isArray(v) ? 'an array' : typeof v}`, name);
}

/** Article from one parsed record; throws a ReadError naming the place and the field. */
export function articleFromRecord(rec: unknown, place: RecordPlace, options: FinishOptions = {}): Article {
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
    throw readErrorAt(
      place,
      `expected an object {date, text, ...}, got ${rec === null ? 'null' : Array.isArray(rec) ? 'an array' : typeof rec}`,
    );
  }
  const r = rec as Record<string, unknown>;
  // Reuters-21578 JSON keeps the story in `body` and its id in attrs.newid.
  const textField = r.text === undefined && r.body !== undefined ? 'body' : 'text';
  const text = stringField(r, textField, place);
  if (text === undefined) throw readErrorAt(place, 'missing field: every record needs its article text', 'text');
  const attrs = r.attrs as Record<string, unknown> | undefined;
  const newid = attrs && typeof attrs === 'object' && typeof attrs.newid === 'string' ? attrs.newid : undefined;
  const meta: Record<string, string> = {};
  for (const [k, v] of Object.entries(r)) {
    if (!KNOWN_FIELDS.has(k) && (typeof v === 'string' || typeof v === 'number') && k !== '') meta[k] = String(v);
  }
  return finishArticle(
    {
      id: stringField(r, 'id', place) ?? (newid !== undefined ? `${place.file}#${newid}` : undefined),
      date: stringField(r, 'date', place),
      text,
      title: stringField(r, 'title', place),
      url: stringField(r, 'url', place),
      source: stringField(r, 'source', place),
      meta,
    },
    place,
    options,
  );
}
