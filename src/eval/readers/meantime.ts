/**
 * Reader for NewsReader MEANTIME CAT XML (one token per element, markables anchored to token ids).
 * Rebuilds a plain text from the tokens (single spaces, a newline between sentences) so every markable
 * gets char offsets into that text; gold scorers run the pipeline over `text` and compare spans.
 */
import { readFileSync } from 'node:fs';
import { listGoldFiles } from './files.js';
import { XMLParser } from 'fast-xml-parser';

export interface MeantimeToken {
  /** t_id as written in the file. */
  id: string;
  text: string;
  sentence: number;
  start: number;
  end: number;
}

/** A markable's extent: first/last token index (inclusive/exclusive) into `tokens` and the char span. */
export interface TokenExtent {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  text: string;
}

export interface MeantimeEntityMention extends TokenExtent {
  id: string;
  /** PER, ORG, LOC, PRO, FIN, MIX ... from the linked ENTITY; null when the mention refers to none. */
  type: string | null;
  /** NAM, NOM, PRO, PRE.NAM, APP, CONJ or "" (CAT syntactic_type). */
  syntacticType: string;
  head: string;
  /** The linked ENTITY's m_id and descriptor (its instance name). */
  entityId: string | null;
  entityName: string | null;
}

export interface MeantimeTimex extends TokenExtent {
  id: string;
  type: string;
  value: string;
  /** CREATION_TIME for the document date; NONE otherwise. */
  functionInDocument: string;
  anchorTimeId: string;
}

export interface MeantimeEventMention extends TokenExtent {
  id: string;
  pred: string;
  pos: string;
  tense: string;
  polarity: string;
  certainty: string;
  /** Participants from HAS_PARTICIPANT: sem_role (Arg0, Arg1 ...) and the entity mention id. */
  participants: { role: string; mentionId: string }[];
}

export interface MeantimeDoc {
  id: string;
  name: string;
  url: string;
  /** Document creation time, YYYY-MM-DD (from the CREATION_TIME timex; else the first full date). */
  dct: string;
  tokens: MeantimeToken[];
  text: string;
  /**
   * MEANTIME annotates only the first sentences of each article (title, dateline and four more: sentences 0-5).
   * Chars from this offset on carry no gold markables; scorers must not count system output there.
   */
  annotatedEnd: number;
  mentions: MeantimeEntityMention[];
  timexes: MeantimeTimex[];
  events: MeantimeEventMention[];
  file: string;
}

type XmlNode = Record<string, unknown>;

const LIST_TAGS = new Set([
  'token',
  'token_anchor',
  'ENTITY_MENTION',
  'EVENT_MENTION',
  'TIMEX3',
  'ENTITY',
  'EVENT',
  'REFERS_TO',
  'HAS_PARTICIPANT',
  'source',
  'target',
]);

let parser: XMLParser | null = null;
function xmlParser(): XMLParser {
  parser ??= new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => LIST_TAGS.has(name),
  });
  return parser;
}

function list(node: unknown, key: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const v = (node as XmlNode)[key];
  return Array.isArray(v) ? (v as XmlNode[]) : v && typeof v === 'object' ? [v as XmlNode] : [];
}

function attr(node: XmlNode, key: string): string {
  const v = node[key];
  return v === undefined || v === null ? '' : String(v);
}

/** Parse one MEANTIME CAT XML string. */
export function parseMeantime(xml: string, file = ''): MeantimeDoc {
  const root = xmlParser().parse(xml) as XmlNode;
  const docNode = (root.Document ?? {}) as XmlNode;

  // Tokens in file order; text rebuilt with one space between tokens, a newline between sentences.
  const tokens: MeantimeToken[] = [];
  const tokIndex = new Map<string, number>();
  let text = '';
  let prevSentence = -1;
  for (const t of list(docNode, 'token')) {
    const raw = t['#text'];
    const tokText = (raw === undefined ? '' : String(raw)).trim();
    const sentence = Number.parseInt(attr(t, 'sentence'), 10) || 0;
    if (tokens.length > 0) text += sentence !== prevSentence ? '\n' : ' ';
    prevSentence = sentence;
    const start = text.length;
    text += tokText;
    const id = attr(t, 't_id');
    tokIndex.set(id, tokens.length);
    tokens.push({ id, text: tokText, sentence, start, end: text.length });
  }

  const extentOf = (node: XmlNode): TokenExtent | null => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const a of list(node, 'token_anchor')) {
      const i = tokIndex.get(attr(a, 't_id'));
      if (i === undefined) continue;
      if (i < lo) lo = i;
      if (i > hi) hi = i;
    }
    if (lo === Infinity) return null;
    const start = tokens[lo].start;
    const end = tokens[hi].end;
    return { tokStart: lo, tokEnd: hi + 1, start, end, text: text.slice(start, end) };
  };

  const markables = (docNode.Markables ?? {}) as XmlNode;
  const relations = (docNode.Relations ?? {}) as XmlNode;

  // ENTITY instances and the REFERS_TO links mention -> instance.
  const entityById = new Map<string, { type: string; name: string }>();
  for (const e of list(markables, 'ENTITY')) {
    entityById.set(attr(e, 'm_id'), { type: attr(e, 'ent_type'), name: attr(e, 'TAG_DESCRIPTOR') });
  }
  const refersTo = new Map<string, string>();
  for (const r of list(relations, 'REFERS_TO')) {
    const target = list(r, 'target')[0];
    if (!target) continue;
    const tid = attr(target, 'm_id');
    for (const s of list(r, 'source')) refersTo.set(attr(s, 'm_id'), tid);
  }

  const mentions: MeantimeEntityMention[] = [];
  for (const m of list(markables, 'ENTITY_MENTION')) {
    const ext = extentOf(m);
    if (!ext) continue;
    const id = attr(m, 'm_id');
    const entityId = refersTo.get(id) ?? null;
    const entity = entityId ? entityById.get(entityId) : undefined;
    mentions.push({
      id,
      ...ext,
      type: entity?.type || attr(m, 'ent_type') || null,
      syntacticType: attr(m, 'syntactic_type'),
      head: attr(m, 'head'),
      entityId: entity ? entityId : null,
      entityName: entity?.name ?? null,
    });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  const timexes: MeantimeTimex[] = [];
  let dctValue = '';
  for (const t of list(markables, 'TIMEX3')) {
    // The creation time may carry no token anchors; it still dates the document.
    if (attr(t, 'functionInDocument') === 'CREATION_TIME' && !dctValue) dctValue = attr(t, 'value');
    const ext = extentOf(t);
    if (!ext) continue;
    timexes.push({
      id: attr(t, 'm_id'),
      ...ext,
      type: attr(t, 'type'),
      value: attr(t, 'value'),
      functionInDocument: attr(t, 'functionInDocument') || 'NONE',
      anchorTimeId: attr(t, 'anchorTimeID'),
    });
  }
  timexes.sort((a, b) => a.start - b.start);

  const participants = new Map<string, { role: string; mentionId: string }[]>();
  for (const r of list(relations, 'HAS_PARTICIPANT')) {
    const src = list(r, 'source')[0];
    const tgt = list(r, 'target')[0];
    if (!src || !tgt) continue;
    const key = attr(src, 'm_id');
    const arr = participants.get(key) ?? [];
    arr.push({ role: attr(r, 'sem_role'), mentionId: attr(tgt, 'm_id') });
    participants.set(key, arr);
  }
  const events: MeantimeEventMention[] = [];
  for (const e of list(markables, 'EVENT_MENTION')) {
    const ext = extentOf(e);
    if (!ext) continue;
    const id = attr(e, 'm_id');
    events.push({
      id,
      ...ext,
      pred: attr(e, 'pred'),
      pos: attr(e, 'pos'),
      tense: attr(e, 'tense'),
      polarity: attr(e, 'polarity'),
      certainty: attr(e, 'certainty'),
      participants: participants.get(id) ?? [],
    });
  }
  events.sort((a, b) => a.start - b.start);

  // Annotated part: up to the end of sentence ANNOTATED_SENTENCES - 1 (or of the last markable, if later).
  let annotatedEnd = 0;
  for (const t of tokens) if (t.sentence < ANNOTATED_SENTENCES) annotatedEnd = t.end;
  for (const m of [...mentions, ...timexes, ...events]) annotatedEnd = Math.max(annotatedEnd, m.end);

  return {
    id: attr(docNode, 'doc_id'),
    name: attr(docNode, 'doc_name'),
    url: attr(docNode, 'url'),
    dct: creationDate(dctValue, timexes),
    tokens,
    text,
    annotatedEnd,
    mentions,
    timexes,
    events,
    file,
  };
}

/** Sentences 0..5 (title, dateline, first four sentences of the body) are annotated in MEANTIME. */
export const ANNOTATED_SENTENCES = 6;

const FULL_DATE = /^(\d{4}-\d{2}-\d{2})/;
/** One file writes its creation time day-first: 03-02-2009 for February 3. */
const DAY_FIRST = /^(\d{2})-(\d{2})-(\d{4})$/;

/** The CREATION_TIME timex's date; where a file lacks a usable one, the first timex with a full date. */
function creationDate(dctValue: string, timexes: MeantimeTimex[]): string {
  const m = FULL_DATE.exec(dctValue);
  if (m) return m[1];
  const d = DAY_FIRST.exec(dctValue);
  if (d) return `${d[3]}-${d[2]}-${d[1]}`;
  for (const t of timexes) {
    const f = FULL_DATE.exec(t.value);
    if (f) return f[1];
  }
  return '';
}

export function readMeantimeFile(path: string): MeantimeDoc {
  return parseMeantime(readFileSync(path, 'utf8'), path);
}

/** One file, or every `.xml` under a folder (recursively, sorted by path). */
export function readMeantime(path: string): MeantimeDoc[] {
  return listGoldFiles(path, '.xml').map(readMeantimeFile);
}
