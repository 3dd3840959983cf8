/**
 * Readers for PETRARCH/TABARI actor and agent dictionaries (Phoenix.*.actors, *.agents, PETR.Validate.*).
 *
 * Actors:  PRIMARY_PHRASE [CODE]        a record; "_" or " " between words; the code is optional
 *          +SYNONYM_PHRASE              more names of the same record
 *          <tab>[CODE >YYMMDD]           dated codes (also "<date", "date-date", or none = default);
 *                                        TABARI's inline form "NAME [A 0101-0201] [B >0202]" is accepted too
 * Agents:  PHRASE {PLURALS} [~CODE]     "~CODE" appends to the actor code, "CODE~" prepends; {} = no plural,
 *                                        no braces = regular plural; !MARK! = A, B defines a substitution set
 * Comments: "#" or ";" to end of line, and <!-- ... --> (also over several lines).
 * Every error names the file and line.
 */
import { DictionaryError } from './errors.js';

/** One code of a record, with its date restriction as YYYYMMDD numbers (0 = open). */
export interface DatedCode {
  code: string;
  from: number;
  to: number;
}

export interface ActorRecord {
  /** Names as written, underscores turned into spaces, primary name first. */
  names: string[];
  codes: DatedCode[];
  /** The comment on the primary line (e.g. "CountryInfo.txt" marks a leader list entry). */
  comment: string;
  line: number;
}

export interface AgentRecord {
  /** Singular and plural surface terms, lower-case. */
  terms: string[];
  /** Code without the '~' ("COP", "GOVFRM", "NGO"). */
  code: string;
  /** True for "CODE~" (prefix, e.g. NGO~), false for "~CODE" (suffix after the country). */
  prefix: boolean;
  line: number;
}

interface CleanLine {
  line: number;
  /** Text without comments; leading whitespace kept (it marks a dated-code line). */
  text: string;
  comment: string;
}

/** Strip comments; report an unterminated <!-- at its opening line. */
export function cleanLines(text: string, file: string): CleanLine[] {
  const out: CleanLine[] = [];
  const lines = text.split(/\r?\n/);
  let inXml = 0; // line where an open <!-- started, 0 when none
  for (let n = 0; n < lines.length; n++) {
    let s = lines[n];
    if (n === 0 && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    let kept = '';
    let pos = 0;
    for (;;) {
      if (inXml) {
        const close = s.indexOf('-->', pos);
        if (close < 0) break;
        inXml = 0;
        pos = close + 3;
        continue;
      }
      const open = s.indexOf('<!--', pos);
      if (open < 0) {
        kept += s.slice(pos);
        break;
      }
      kept += s.slice(pos, open);
      inXml = n + 1;
      pos = open + 4;
    }
    let comment = '';
    const hash = firstOf(kept, '#', ';');
    if (hash >= 0) {
      comment = kept.slice(hash + 1).trim();
      kept = kept.slice(0, hash);
    }
    if (kept.trim()) out.push({ line: n + 1, text: kept.replace(/\s+$/, ''), comment });
  }
  if (inXml) throw new DictionaryError(file, inXml, 'unterminated <!-- comment');
  return out;
}

function firstOf(s: string, a: string, b: string): number {
  const i = s.indexOf(a);
  const j = s.indexOf(b);
  if (i < 0) return j;
  if (j < 0) return i;
  return Math.min(i, j);
}

/** "AL-QAEDA_" -> "AL-QAEDA"; "UN_Secy_Gen" -> "UN Secy Gen"; spaces collapsed. */
export function phraseOf(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

const CODE_TOKEN = /^[A-Za-z0-9~\-+/.]+$/;

/** YYMMDD or YYYYMMDD -> YYYYMMDD (YY < 30 means 20YY, as the Phoenix files use it). */
function parseDate(s: string, file: string, line: number): number {
  if (!/^\d{6,9}$/.test(s)) throw new DictionaryError(file, line, `bad date "${s}" in a code restriction`);
  if (s.length >= 8) return Number(s.slice(0, 8)); // Phoenix has a few 9-digit typos ("201005011")
  if (s.length === 7) return Number(s.slice(0, 4) + '0' + s.slice(4)); // seen once in Phoenix files: YYYYMDD
  const yy = Number(s.slice(0, 2));
  return (yy < 30 ? 20000000 : 19000000) + Number(s);
}

/** Body of one "[...]" code block. */
export function parseCodeBlock(body: string, file: string, line: number): DatedCode {
  const parts = body.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) throw new DictionaryError(file, line, 'empty code "[]"');
  const code = parts[0];
  if (!CODE_TOKEN.test(code)) throw new DictionaryError(file, line, `bad code "${code}"`);
  const rest = parts.slice(1).join('');
  let from = 0;
  let to = 0;
  if (rest) {
    if (rest[0] === '>') from = parseDate(rest.slice(1), file, line);
    else if (rest[0] === '<') to = parseDate(rest.slice(1), file, line);
    else {
      const m = /^(\d+)-(\d+)$/.exec(rest);
      if (!m) throw new DictionaryError(file, line, `bad date restriction "${rest}"`);
      from = parseDate(m[1], file, line);
      to = parseDate(m[2], file, line);
    }
  }
  return { code: code.toUpperCase(), from, to };
}

/**
 * Split "NAME [A] [B >0101]" into the name part and its code blocks. Lenient where the real Phoenix files are
 * sloppy (a stray "]" inside a name is dropped, "[~ENV}" closes at the brace); a "[" that never closes is an error.
 */
function splitCodes(text: string, file: string, line: number): { head: string; codes: DatedCode[] } {
  const codes: DatedCode[] = [];
  let head = '';
  let pos = 0;
  for (;;) {
    const open = text.indexOf('[', pos);
    if (open < 0) {
      head += text.slice(pos);
      break;
    }
    head += text.slice(pos, open);
    let close = text.indexOf(']', open + 1);
    const nextOpen = text.indexOf('[', open + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      const brace = text.indexOf('}', open + 1);
      if (brace < 0 || (nextOpen >= 0 && nextOpen < brace))
        throw new DictionaryError(file, line, 'missing "]" after "["');
      close = brace;
    }
    codes.push(parseCodeBlock(text.slice(open + 1, close), file, line));
    pos = close + 1;
  }
  return { head: head.replace(/\]/g, ' '), codes };
}

/** Receives each bad line; throw to stop (strict), return to skip the line (lenient). */
export type IssueSink = (e: DictionaryError) => void;

const throwIssue: IssueSink = (e) => {
  throw e;
};

export function parseActorsText(text: string, file: string, onIssue: IssueSink = throwIssue): ActorRecord[] {
  const records: ActorRecord[] = [];
  let current: ActorRecord | null = null;
  for (const { line, text: raw, comment } of cleanLines(text, file)) {
    try {
      current = actorLine(raw, line, comment, file, current, records);
    } catch (e) {
      if (!(e instanceof DictionaryError)) throw e;
      onIssue(e);
    }
  }
  return records;
}

/** One actor line; returns the record later synonyms and codes attach to. */
function actorLine(
  raw: string,
  line: number,
  comment: string,
  file: string,
  current: ActorRecord | null,
  records: ActorRecord[],
): ActorRecord | null {
  {
    const s = raw.trim();
    if (s.startsWith('+')) {
      if (!current) throw new DictionaryError(file, line, 'synonym "+" before any actor');
      const { head, codes } = splitCodes(s.slice(1), file, line);
      const name = phraseOf(head);
      if (!name) throw new DictionaryError(file, line, 'empty synonym');
      current.names.push(name);
      current.codes.push(...codes);
      return current;
    }
    if (s.startsWith('[')) {
      if (!current) throw new DictionaryError(file, line, 'code line before any actor');
      const { head, codes } = splitCodes(s, file, line);
      if (head.trim()) throw new DictionaryError(file, line, `text "${head.trim()}" after a code`);
      current.codes.push(...codes);
      return current;
    }
    const { head, codes } = splitCodes(s, file, line);
    const name = phraseOf(head);
    if (!name) throw new DictionaryError(file, line, 'code without an actor name');
    const record: ActorRecord = { names: [name], codes, comment, line };
    records.push(record);
    return record;
  }
}

/** Regular English plural of the last word of a phrase (PETRARCH rule: S, Y -> IES, SS -> ES). */
export function regularPlural(phrase: string): string {
  const w = phrase;
  if (/ss$/i.test(w) || /(x|ch|sh)$/i.test(w)) return w + 'es';
  if (/[^aeiou]y$/i.test(w)) return w.slice(0, -1) + 'ies';
  if (/s$/i.test(w)) return w;
  return w + 's';
}

export function parseAgentsText(text: string, file: string, onIssue: IssueSink = throwIssue): AgentRecord[] {
  const subs = new Map<string, string[]>();
  const records: AgentRecord[] = [];
  for (const { line, text: raw } of cleanLines(text, file)) {
    try {
      const r = agentLine(raw.trim(), line, file, subs);
      if (r) records.push(r);
    } catch (e) {
      if (!(e instanceof DictionaryError)) throw e;
      onIssue(e);
    }
  }
  return records;
}

/** One agent line: a record, or null for a substitution-set definition. */
function agentLine(s: string, line: number, file: string, subs: Map<string, string[]>): AgentRecord | null {
  {
    const sub = /^(![A-Za-z0-9]+!)\s*=\s*(.*)$/.exec(s);
    if (sub) {
      const items = sub[2]
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
      if (items.length === 0) throw new DictionaryError(file, line, `empty substitution set ${sub[1]}`);
      subs.set(sub[1].toUpperCase(), items);
      return null;
    }
    let body = s;
    let plurals: string[] | null = null; // null: regular plural
    const brace = body.indexOf('{');
    const bracket = body.indexOf('[');
    if (brace >= 0 && (bracket < 0 || brace < bracket)) {
      const close = body.indexOf('}', brace);
      if (close < 0) throw new DictionaryError(file, line, 'missing "}" after "{"');
      plurals = body
        .slice(brace + 1, close)
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      body = body.slice(0, brace) + ' ' + body.slice(close + 1);
    }
    const { head, codes } = splitCodes(body, file, line);
    if (codes.length === 0) throw new DictionaryError(file, line, 'agent without a [~CODE]');
    const rawCode = codes[0].code;
    const prefix = rawCode.endsWith('~') && !rawCode.startsWith('~');
    const code = rawCode.replace(/~/g, '');
    if (!code) throw new DictionaryError(file, line, 'empty agent code');
    const phrase = head.trim();
    if (!phrase) throw new DictionaryError(file, line, 'code without an agent phrase');
    const marker = /![A-Za-z0-9]+!/.exec(phrase);
    let singulars: string[];
    let regular = plurals === null;
    if (marker) {
      const items = subs.get(marker[0].toUpperCase());
      if (!items) throw new DictionaryError(file, line, `undefined substitution set ${marker[0]}`);
      singulars = items.map((it) => phrase.replace(marker[0], it));
      regular = false; // the set lists its own plural forms
    } else singulars = [phrase];
    const terms = new Set<string>();
    for (const sg of singulars) {
      const p = phraseOf(sg).toLowerCase();
      if (!p) continue;
      terms.add(p);
      if (regular) terms.add(regularPlural(p));
    }
    for (const pl of plurals ?? []) terms.add(phraseOf(pl).toLowerCase());
    return { terms: [...terms], code, prefix, line };
  }
}

/**
 * The code a record stands for now: the latest open-ended one (">date"), else the undated default, else the
 * code of the latest dated range. Null codes ("---") count as none.
 */
export function currentCode(codes: readonly DatedCode[]): string | null {
  let best: DatedCode | null = null;
  for (const c of codes) if (c.to === 0 && c.from > 0 && (!best || c.from >= best.from)) best = c;
  if (!best) for (const c of codes) if (c.from === 0 && c.to === 0) best = c;
  if (!best) for (const c of codes) if (!best || c.to > best.to) best = c;
  if (!best || /^-+$|^\++$/.test(best.code)) return null;
  return best.code;
}
