/**
 * User dictionaries: PETRARCH/Phoenix `.actors`, `.agents` and verbs files, or Parley JSON
 * ({"actors": [...], "agents": [...], "verbs": [...]} with the shapes of model/options.ts).
 * Problems name "file:line". Lenient by default (a bad line is skipped and listed in `warnings`, as PETRARCH
 * itself reads the sloppy lines of the real Phoenix files); `{ strict: true }` throws on the first one.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Dictionaries, UserActorEntry, UserAgentEntry, UserDiscard, UserVerbPattern } from '../model/options.js';
import { splitActorCode } from '../entities/actors/codes.js';
import { parseVerbDictionary } from './petrarch-verbs.js';
import { DictionaryError } from './errors.js';
import {
  cleanLines,
  currentCode,
  parseActorsText,
  parseAgentsText,
  type ActorRecord,
  type DatedCode,
  type IssueSink,
} from './petrarch.js';

export { DictionaryError } from './errors.js';
export { parseActorsText, parseAgentsText, currentCode, type ActorRecord, type AgentRecord } from './petrarch.js';

export type DictionaryKind = 'actors' | 'agents' | 'verbs' | 'discards' | 'json';

export interface LoadOptions {
  /** Throw on the first bad line instead of skipping it. */
  strict?: boolean;
  /** Force the format instead of guessing it from the file name and content. */
  kind?: DictionaryKind;
}

/** Loaded dictionaries plus the lines that were skipped ("file:line: reason"). */
export interface LoadedDictionaries extends Dictionaries {
  warnings: string[];
}

/** Guess the format: by name first (Phoenix.agents.txt, CAMEO.2.0.txt ...), then by content. */
export function dictionaryKindOf(path: string, text?: string): DictionaryKind | null {
  const name = basename(path).toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (/verbs|^cameo\.\d/.test(name)) return 'verbs';
  if (/agents?\b|\.agents/.test(name)) return 'agents';
  if (/actors?\b|\.actors/.test(name)) return 'actors';
  if (/discard/.test(name)) return 'discards';
  if (/issue|license|readme/.test(name)) return null;
  if (text === undefined) return null;
  if (/\[\s*~|~\s*\]/.test(text)) return 'agents';
  if (/^---.*---\s*$/m.test(text) && /^-\s/m.test(text)) return 'verbs';
  return 'actors';
}

/** Parse one dictionary text; `file` is the name used in origins and errors. */
export function parseDictionaryText(
  text: string,
  file: string,
  kind: DictionaryKind,
  options: LoadOptions = {},
): LoadedDictionaries {
  const out: LoadedDictionaries = { actors: [], agents: [], verbs: [], warnings: [] };
  const onIssue: IssueSink = (e) => {
    if (options.strict) throw e;
    out.warnings.push(e.message);
  };
  if (kind === 'actors') {
    const records = parseActorsText(text, file, onIssue);
    for (const r of records) {
      const entry = actorEntry(r, file);
      if (entry) out.actors.push(entry);
    }
    if (records.length === 0) throw new DictionaryError(file, 1, 'no actor records found');
  } else if (kind === 'agents') {
    const records = parseAgentsText(text, file, onIssue);
    for (const r of records) out.agents.push({ terms: r.terms, sector: r.code, origin: `${file}:${r.line}` });
    if (records.length === 0) throw new DictionaryError(file, 1, 'no agent records found');
  } else if (kind === 'discards') {
    out.discards = parseDiscardsText(text, file);
  } else if (kind === 'verbs') {
    checkVerbLines(text, file, onIssue);
    out.verbs = parseVerbDictionary(text, file).patterns;
    if (out.verbs.length === 0) throw new DictionaryError(file, 1, 'no verb patterns found');
  } else {
    parseJsonDictionary(text, file, out);
  }
  return out;
}

export function loadDictionaryFile(path: string, options: LoadOptions = {}): LoadedDictionaries {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new DictionaryError(path, 0, `cannot read: ${(e as Error).message}`);
  }
  const kind = options.kind ?? dictionaryKindOf(path, text);
  if (!kind) throw new DictionaryError(path, 1, 'not an actors, agents, verbs or JSON dictionary');
  return parseDictionaryText(text, path, kind, options);
}

/** Every dictionary in a folder (issues, README and LICENSE files are passed over), in name order. */
export function loadDictionaryDir(dir: string, options: LoadOptions = {}): LoadedDictionaries {
  const out: LoadedDictionaries = { actors: [], agents: [], verbs: [], warnings: [] };
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isFile() || !/\.(txt|actors|agents|verbs|json)$/i.test(name)) continue;
    const kind = dictionaryKindOf(name);
    if (!kind) continue;
    const d = loadDictionaryFile(path, { ...options, kind });
    out.actors.push(...d.actors);
    out.agents.push(...d.agents);
    out.verbs.push(...d.verbs);
    if (d.discards?.length) (out.discards ??= []).push(...d.discards);
    out.warnings.push(...d.warnings);
  }
  return out;
}

/** PETRARCH discards: one phrase a line, "+" for a story-level discard; underscores stand for spaces. */
export function parseDiscardsText(text: string, file: string): UserDiscard[] {
  const out: UserDiscard[] = [];
  for (const { line, text: raw } of cleanLines(text, file)) {
    let s = raw.trim();
    if (!s) continue;
    const story = s.startsWith('+');
    if (story) s = s.slice(1).trim();
    const phrase = s.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
    if (phrase) out.push({ phrase, story, origin: `${file}:${line}` });
  }
  return out;
}

/** A PETRARCH record -> UserActorEntry; null-coded records ("[---]") are dropped. */
function actorEntry(r: ActorRecord, file: string): UserActorEntry | null {
  const code = currentCode(r.codes);
  if (!code || !/^[A-Z0-9]+$/.test(code)) return null;
  const { country, sector } = splitActorCode(code);
  const dated = r.codes.some((c) => c.from > 0 || c.to > 0);
  let type: UserActorEntry['type'] = 'ORG';
  if (dated || /countryinfo/i.test(r.comment)) type = 'PERSON';
  else if (country && code.length === 3) type = 'GPE';
  const entry: UserActorEntry = { names: r.names, code, country, sector, type, origin: `${file}:${r.line}` };
  // Dated records keep all their codes: the consumer picks the one in force on the article's date.
  if (dated) entry.codes = r.codes.filter((c) => /^[A-Z0-9]+$/.test(c.code) || /^-+$/.test(c.code)).map(datedCode);
  return entry;
}

const isoDay = (d: number): string => `${String(d).slice(0, 4)}-${String(d).slice(4, 6)}-${String(d).slice(6, 8)}`;

/** YYYYMMDD numbers (0 = open) -> optional ISO days; a null code ("---") stays "---" (no actor in that range). */
function datedCode(c: DatedCode): { code: string; from?: string; to?: string } {
  const out: { code: string; from?: string; to?: string } = { code: c.code };
  if (c.from > 0) out.from = isoDay(c.from);
  if (c.to > 0) out.to = isoDay(c.to);
  return out;
}

/** The verbs parser skips what it cannot read; say so, with the line, for pattern lines without a code. */
function checkVerbLines(text: string, file: string, onIssue: IssueSink): void {
  for (const { line, text: raw } of cleanLines(text, file)) {
    const s = raw.trim();
    if (s.startsWith('-') && !s.startsWith('---') && !/\[[^\]]*\]/.test(s)) {
      onIssue(new DictionaryError(file, line, 'verb pattern without a [code]'));
    }
  }
}

const TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP']);

function parseJsonDictionary(text: string, file: string, out: LoadedDictionaries): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : 1;
    throw new DictionaryError(file, line, `invalid JSON: ${msg}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new DictionaryError(file, 1, 'expected an object');
  const obj = data as Record<string, unknown>;
  // Origins point at the line where each item starts (found by scanning for the item's opening brace).
  const lineOf = itemLines(text);
  const list = (key: string): Record<string, unknown>[] => {
    const v = obj[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw new DictionaryError(file, 1, `"${key}" must be an array`);
    return v as Record<string, unknown>[];
  };
  list('actors').forEach((a, i) => {
    const line = lineOf({ key: 'actors', index: i });
    const names = a.names ?? (typeof a.name === 'string' ? [a.name] : undefined);
    if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string' && n.trim())) {
      throw new DictionaryError(file, line, `actors[${i}]: "names" must be a non-empty array of strings`);
    }
    if (typeof a.code !== 'string' || !/^[A-Za-z0-9]{3,}$/.test(a.code))
      throw new DictionaryError(file, line, `actors[${i}]: bad "code"`);
    const code = a.code.toUpperCase();
    const parts = splitActorCode(code);
    const type = typeof a.type === 'string' ? a.type.toUpperCase() : parts.country && code.length === 3 ? 'GPE' : 'ORG';
    if (!TYPES.has(type)) throw new DictionaryError(file, line, `actors[${i}]: unknown type "${String(a.type)}"`);
    out.actors.push({
      names: names as string[],
      code,
      country: typeof a.country === 'string' ? a.country.toUpperCase() : parts.country,
      sector: typeof a.sector === 'string' ? a.sector.toUpperCase() : parts.sector,
      type: type as UserActorEntry['type'],
      origin: `${file}:${line}`,
    });
  });
  list('agents').forEach((a, i) => {
    const line = lineOf({ key: 'agents', index: i });
    const terms = a.terms ?? (typeof a.term === 'string' ? [a.term] : undefined);
    if (!Array.isArray(terms) || terms.length === 0 || !terms.every((t) => typeof t === 'string' && t.trim())) {
      throw new DictionaryError(file, line, `agents[${i}]: "terms" must be a non-empty array of strings`);
    }
    if (typeof a.sector !== 'string' || !/^[A-Za-z]{3,}$/.test(a.sector))
      throw new DictionaryError(file, line, `agents[${i}]: bad "sector"`);
    const entry: UserAgentEntry = {
      terms: (terms as string[]).map((t) => t.toLowerCase()),
      sector: a.sector.toUpperCase(),
      origin: `${file}:${line}`,
    };
    out.agents.push(entry);
  });
  list('verbs').forEach((v, i) => {
    const line = lineOf({ key: 'verbs', index: i });
    if (typeof v.cameo !== 'string' || !/^\d{2,4}$/.test(v.cameo))
      throw new DictionaryError(file, line, `verbs[${i}]: bad "cameo"`);
    if (typeof v.verb !== 'string' || !v.verb.trim()) throw new DictionaryError(file, line, `verbs[${i}]: bad "verb"`);
    const pattern = v.pattern ?? ['*'];
    if (!Array.isArray(pattern) || !pattern.every((p) => typeof p === 'string'))
      throw new DictionaryError(file, line, `verbs[${i}]: "pattern" must be an array of strings`);
    const entry: UserVerbPattern = {
      cameo: v.cameo,
      verb: v.verb.toLowerCase(),
      pattern: (pattern as string[]).map((p) => p.toLowerCase()),
      origin: `${file}:${line}`,
    };
    out.verbs.push(entry);
  });
}

/** Line of the index-th object inside the top-level array `key` (best effort: counts "{" at depth 2). */
function itemLines(text: string): (at: { key: string; index: number }) => number {
  const cache = new Map<string, number[]>();
  return ({ key, index }) => {
    let starts = cache.get(key);
    if (!starts) {
      starts = [];
      const k = text.indexOf(`"${key}"`);
      if (k >= 0) {
        let depth = 0;
        let inStr = false;
        for (let i = text.indexOf('[', k); i >= 0 && i < text.length; i++) {
          const c = text[i];
          if (inStr) {
            if (c === '\\') i++;
            else if (c === '"') inStr = false;
            continue;
          }
          if (c === '"') inStr = true;
          else if (c === '[' || c === '{') {
            depth++;
            if (depth === 2 && c === '{') starts.push(i);
          } else if (c === ']' || c === '}') {
            depth--;
            if (depth === 0) break;
          }
        }
      }
      cache.set(key, starts);
    }
    const pos = starts[index];
    return pos === undefined ? 1 : text.slice(0, pos).split('\n').length;
  };
}
