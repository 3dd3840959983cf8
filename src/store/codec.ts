/**
 * Records of the Analysis <-> table rows, exactly both ways.
 *
 * Each table lists how a record's fields map to columns (`Field`): a plain value, or a span stored as two offsets
 * into the article text (its text is sliced back out on read). Whatever the list does not cover stays in the row's
 * `extra` JSON, so a field added to the schema later is kept without a migration, and a span whose text is not the
 * slice of its offsets keeps its text there. An optional field that the record lacks is named in extra's ABSENT
 * list, so the rebuilt record lacks it too (absent and null stay different).
 */

export type Field =
  /** `optional`: a field the schema leaves out rather than sets to null, so a null column reads back as absent. */
  | { kind: 'value'; path: string[]; column: string; optional?: true }
  /** A span {start, end, text}: columns `${column}_start` and `${column}_end`. */
  | { kind: 'span'; path: string[]; column: string }
  /** A string that usually equals a span's text (an actor's text): null in the column when it does. */
  | { kind: 'span-text'; path: string[]; column: string; span: string[] };

export const ABSENT = '~absent';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Row = Record<string, unknown>;

const value = (column: string, ...path: string[]): Field => ({
  kind: 'value',
  path: path.length ? path : [column],
  column,
});
const span = (column: string, ...path: string[]): Field => ({ kind: 'span', path, column });

export const ENTITY_FIELDS: Field[] = [
  value('id'),
  value('type'),
  value('name'),
  value('country'),
  value('actor_code', 'actor', 'code'),
  value('actor_country', 'actor', 'country'),
  value('actor_sector', 'actor', 'sector'),
  value('rule'),
];

export const MENTION_FIELDS: Field[] = [
  value('id'),
  value('entity_id', 'entityId'),
  span('span', 'span'),
  value('kind'),
  value('rule'),
];

export const QUOTE_FIELDS: Field[] = [
  value('id'),
  value('type'),
  span('content', 'content'),
  span('cue', 'cue'),
  value('cue_lemma', 'cueLemma'),
  value('speaker_entity', 'speaker', 'entityId'),
  span('speaker', 'speaker', 'mention'),
  value('addressee_entity', 'addressee', 'entityId'),
  span('addressee', 'addressee', 'mention'),
  value('sentence_idx', 'sentence'),
  value('date'),
  value('date_source', 'dateSource'),
  { kind: 'value', path: ['voice'], column: 'voice', optional: true },
  value('rule'),
];

export const TIME_FIELDS: Field[] = [
  value('id'),
  span('span', 'span'),
  value('type'),
  value('value'),
  value('anchor'),
  value('mod'),
  value('rule'),
];

function actorFields(side: 'source' | 'target'): Field[] {
  return [
    value(`${side}_code`, side, 'code'),
    value(`${side}_country`, side, 'country'),
    value(`${side}_sector`, side, 'sector'),
    value(`${side}_entity`, side, 'entityId'),
    { kind: 'span-text', path: [side, 'text'], column: `${side}_text`, span: [side, 'span'] },
    span(side, side, 'span'),
  ];
}

export const EVENT_FIELDS: Field[] = [
  value('id'),
  value('cameo'),
  value('root'),
  value('plover'),
  value('name'),
  value('goldstein'),
  value('quad_class', 'quadClass'),
  ...actorFields('source'),
  ...actorFields('target'),
  value('date'),
  value('date_source', 'dateSource'),
  value('date_timex', 'dateTimexId'),
  value('modality'),
  value('sentence_idx', 'sentence'),
  span('trigger', 'evidence', 'trigger'),
  value('rule', 'evidence', 'rule'),
  value('quote_id', 'quoteId'),
  value('location'),
];

/** What a path leads to in a record: a value, nothing (a missing key), or a null somewhere above it. */
type Lookup = { found: true; value: Json } | { found: false; blockedByNull: boolean };

function lookup(record: JsonObject, path: string[]): Lookup {
  let node: Json = record;
  for (let i = 0; i < path.length; i++) {
    if (node === null) return { found: false, blockedByNull: true };
    if (typeof node !== 'object' || Array.isArray(node) || !(path[i] in node))
      return { found: false, blockedByNull: false };
    node = (node as JsonObject)[path[i]];
  }
  return { found: true, value: node };
}

function isSpan(v: Json): v is { start: number; end: number; text: string } {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.start === 'number' && typeof v.end === 'number'
  );
}

/** A value as JSON has it (a copy of an object or array; undefined where JSON leaves a key out). */
function plain(x: unknown): Json | undefined {
  return typeof x === 'object' && x !== null ? (JSON.parse(JSON.stringify(x)) as Json) : (x as Json | undefined);
}

/**
 * A copy of the object `v` without the leaves named in `taken` (dotted paths from the record's root), without keys
 * whose value is undefined (as JSON leaves them out), and without objects that only taken leaves filled (they are
 * rebuilt on read); undefined when nothing is left.
 */
function rest(v: object, taken: Set<string>, prefix: string): JsonObject | undefined {
  const out: JsonObject = {};
  let kept = 0;
  let keys = 0;
  for (const key in v) {
    keys++;
    const path = prefix ? `${prefix}.${key}` : key;
    if (taken.has(path)) continue;
    const x = (v as Record<string, unknown>)[key];
    const copy = typeof x === 'object' && x !== null && !Array.isArray(x) ? rest(x, taken, path) : plain(x);
    if (copy === undefined) continue;
    out[key] = copy;
    kept++;
  }
  return kept > 0 || keys === 0 ? out : undefined;
}

/** Split a record into its columns and its `extra` (the JSON of what no column holds, or null). */
export function encodeRecord(record: object, fields: Field[], text: string): Row {
  const source = record as JsonObject;
  const row: Row = {};
  const absent: string[] = [];
  const taken = new Set<string>();
  for (const field of fields) {
    const found = lookup(source, field.path);
    const dotted = field.path.join('.');
    if (!found.found || found.value === undefined) {
      if (field.kind === 'span') row[`${field.column}_start`] = row[`${field.column}_end`] = null;
      else row[field.column] = null;
      // Missing (or undefined, which JSON leaves out) is told apart from null; missing below a null is not.
      if ((found.found || !found.blockedByNull) && !(field.kind === 'value' && field.optional)) absent.push(dotted);
      taken.add(dotted);
      continue;
    }
    const v = found.value;
    if (field.kind === 'value') {
      row[field.column] = v;
      taken.add(dotted);
    } else if (field.kind === 'span-text') {
      const spanOf = lookup(source, field.span);
      const sliced =
        spanOf.found && isSpan(spanOf.value) ? text.slice(spanOf.value.start, spanOf.value.end) : undefined;
      row[field.column] = v === sliced ? null : v;
      taken.add(dotted);
    } else if (v === null) {
      // Null offsets with nothing in extra read back as a null span (a missing one is in the ABSENT list).
      row[`${field.column}_start`] = row[`${field.column}_end`] = null;
      taken.add(dotted);
    } else if (isSpan(v)) {
      row[`${field.column}_start`] = v.start;
      row[`${field.column}_end`] = v.end;
      if (v.text === text.slice(v.start, v.end)) taken.add(dotted);
      else {
        taken.add(`${dotted}.start`);
        taken.add(`${dotted}.end`);
      }
    } else {
      throw new Error(`${dotted} is not a span`);
    }
  }
  const left = rest(source, taken, '') ?? {};
  if (absent.length > 0) left[ABSENT] = absent;
  row.extra = Object.keys(left).length > 0 ? JSON.stringify(left) : null;
  return row;
}

function put(record: JsonObject, path: string[], v: Json): void {
  let node = record;
  for (let i = 0; i < path.length - 1; i++) {
    const next = node[path[i]];
    if (next === null) return; // the record has null here: nothing below it was stored
    if (next === undefined) node[path[i]] = {};
    node = node[path[i]] as JsonObject;
  }
  const key = path[path.length - 1];
  const existing = node[key];
  // A span whose text differed from the article kept {text} in extra: merge the offsets into it.
  if (
    typeof existing === 'object' &&
    existing !== null &&
    !Array.isArray(existing) &&
    typeof v === 'object' &&
    v !== null
  )
    Object.assign(existing, v);
  else node[key] = v;
}

/** Rebuild the record a row was made from. */
export function decodeRecord<T>(row: Row, fields: Field[], text: string): T {
  const record: JsonObject = row.extra ? (JSON.parse(row.extra as string) as JsonObject) : {};
  const absent = new Set((record[ABSENT] as string[] | undefined) ?? []);
  delete record[ABSENT];
  for (const field of fields) {
    if (absent.has(field.path.join('.'))) continue;
    if (field.kind === 'value') {
      if (field.optional && row[field.column] === null) continue;
      put(record, field.path, row[field.column] as Json);
    } else if (field.kind === 'span') {
      const start = row[`${field.column}_start`] as number | null;
      const end = row[`${field.column}_end`] as number | null;
      if (start === null || end === null) {
        put(record, field.path, null);
        continue;
      }
      const kept = lookup(record, field.path);
      put(record, field.path, kept.found ? { start, end } : { start, end, text: text.slice(start, end) });
    }
  }
  // Actor texts go last: they read the span rebuilt above.
  for (const field of fields) {
    if (field.kind !== 'span-text' || absent.has(field.path.join('.'))) continue;
    const stored = row[field.column] as string | null;
    if (stored !== null) {
      put(record, field.path, stored);
      continue;
    }
    const spanOf = lookup(record, field.span);
    if (spanOf.found && isSpan(spanOf.value)) put(record, field.path, text.slice(spanOf.value.start, spanOf.value.end));
  }
  return record as T;
}
