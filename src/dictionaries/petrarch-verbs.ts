/**
 * Reader for PETRARCH verb-pattern dictionaries (CAMEO.2.0.txt, PETR.Validate.verbs.txt, a team's own file).
 *
 * Format, as far as the coder uses it:
 *   &SYNSET / +MEMBER lines          word classes referenced as &SYNSET inside patterns
 *   --- NAME [code] ---              a verb block with its default code ([---] = none)
 *   VERB {IRREG FORMS} [code]        a verb of the block (own code optional); "KLM_+RST" marks the verb of a phrase
 *   - PRE * POST [code]  # comment   a pattern: '*' is the verb, '+' the target, '$' the source, '%' a compound actor
 * Codes "[X:Y]" carry a reciprocal code; the coder keeps X (or Y when X is empty).
 *
 * Output: UserVerbPattern[] (see model/options.ts). `pattern` keeps the whole pattern with '*' marking the verb;
 * a pattern word with alternatives (a synset) is written "a|b|c"; a verb's default code has the pattern ["*"].
 * Inflected forms (regular, plus the listed irregular ones) come back separately in `forms` (form -> lemma).
 */
import type { UserVerbPattern } from '../model/options.js';
import { regularForms } from '../lang/en/index.js';

export interface ParsedVerbDictionary {
  patterns: UserVerbPattern[];
  /** Inflected form (lower case) -> lemma (lower case). */
  forms: Map<string, string>;
  /** The same patterns grouped as in the file (a block's patterns apply to all its verbs), synsets unexpanded. */
  blocks: VerbBlock[];
  synsets: Map<string, string[]>;
}

export interface VerbBlock {
  verbs: { lemma: string; code: string | null; reciprocal: string | null; irregular: string[] }[];
  /** Pattern elements keep "&SYN" references; "*" marks the verb. */
  /** `only`: the verbs of the block the pattern belongs to (from its comment); null = all of them. */
  patterns: { code: string; reciprocal: string | null; elements: string[]; line: number; only: string[] | null }[];
}

const CODE_RE = /\[([^\]]*)\]/;
const MARKER_ELEMENTS = new Set(['+', '$', '%', '^']);
/** Patterns made only of these words are too generic to share across a block's synonyms. */
const FUNCTION_WORDS = new Set([
  'to',
  'by',
  'with',
  'in',
  'on',
  'at',
  'for',
  'from',
  'of',
  'into',
  'against',
  'between',
  'up',
  'down',
  'off',
  'out',
  'over',
  'the',
  'a',
  'an',
  'back',
  'about',
  'through',
  'after',
  'before',
  'under',
  'away',
]);

/** "042:043" -> "043"; "042" or ":173" -> null: the reciprocal (target -> source) code of a PETRARCH code. */
export function reciprocalCode(raw: string): string | null {
  const parts = raw.trim().split(':');
  if (parts.length < 2 || !parts[0].trim()) return null;
  const second = parts[1].trim();
  return CODE.test(second) ? second : null;
}

/** "042:043" -> "042"; ":173" -> "173"; "---" or junk -> null. */
export function primaryCode(raw: string): string | null {
  const parts = raw.trim().split(':');
  const first = parts[0].trim() || (parts[1] ?? '').trim();
  return CODE.test(first) ? first : null;
}

/** A CAMEO code, optionally with the one-letter variant suffix PETRARCH dictionaries use ("174K", "102b"). */
const CODE = /^[0-9]{2,4}[A-Za-z]?$/;

function stripComment(line: string): string {
  const i = line.indexOf('#');
  return i >= 0 ? line.slice(0, i) : line;
}

/** Pattern text ("* (TO +) &CURRENCY") -> elements, synsets expanded into "a|b" alternatives. */
function patternElements(text: string, synsets: Map<string, string[]> | null): string[] {
  const out: string[] = [];
  const cleaned = text.replace(/[(){}]/g, ' ').replace(/_/g, ' ');
  for (const raw of cleaned.split(/\s+/)) {
    if (!raw) continue;
    if (raw.startsWith('&')) {
      if (!synsets) {
        out.push(raw.toUpperCase());
        continue;
      }
      const members = synsets.get(raw.toUpperCase());
      if (members && members.length) out.push(members.join('|'));
      continue;
    }
    // Markers glued to words ("+RST", "$PEOPLE") mean the slot; keep the marker, drop the word's spelling.
    if (raw === '*' || raw === '+' || raw === '$' || raw === '%' || raw === '^') {
      out.push(raw);
      continue;
    }
    if (raw[0] === '+' || raw[0] === '$' || raw[0] === '%') {
      out.push(raw[0]);
      continue;
    }
    const w = raw.toLowerCase().replace(/[^a-z0-9'-]/g, '');
    if (w) out.push(w);
  }
  return out;
}

/** Expand &SYN references inside synset members (one level deep is what the files use). */
function resolveSynsets(raw: Map<string, string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, members] of raw) {
    const flat: string[] = [];
    for (const m of members) {
      if (m.startsWith('&')) flat.push(...(raw.get(m.toUpperCase()) ?? []));
      else flat.push(m);
    }
    out.set(name, flat);
  }
  return out;
}

export function parseVerbDictionary(text: string, originName = 'verbs'): ParsedVerbDictionary {
  const lines = text.split(/\r?\n/);
  // Pass 1: synsets (they may be defined anywhere, also after their first use).
  const rawSynsets = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line0 of lines) {
    const line = stripComment(line0).trim();
    if (line.startsWith('&')) {
      current = [];
      rawSynsets.set(line.split(/\s+/)[0].toUpperCase(), current);
    } else if (current && line.startsWith('+')) {
      current.push(line.slice(1).replace(/_/g, ' ').trim().toLowerCase());
    } else if (line && !line.startsWith('<!--')) {
      current = null;
    }
  }
  const synsets = resolveSynsets(rawSynsets);
  for (const [k, v] of synsets)
    synsets.set(
      k,
      v.map((m) => (m.startsWith('&') ? m : m)).filter((m) => !m.startsWith('&')),
    );

  const patterns: UserVerbPattern[] = [];
  const forms = new Map<string, string>();
  const blocks: VerbBlock[] = [];
  let block: VerbBlock = { verbs: [], patterns: [] };
  blocks.push(block);
  let blockCode: string | null = null;
  let blockReciprocal: string | null = null;
  let blockVerbs: string[] = [];
  let inSynset = false;

  const addForms = (lemma: string, irregular: string[]): void => {
    for (const f of regularForms(lemma)) if (!forms.has(f)) forms.set(f, lemma);
    for (const f of irregular) forms.set(f, lemma);
  };

  for (let n = 0; n < lines.length; n++) {
    const origin = `${originName}:${n + 1}`;
    const full = lines[n];
    const line = stripComment(full).trim();
    if (!line || line.startsWith('<!--')) continue;
    if (line.startsWith('&')) {
      inSynset = true;
      continue;
    }
    if (line.startsWith('+') && inSynset) continue;
    inSynset = false;
    if (line.startsWith('---')) {
      const m = CODE_RE.exec(line);
      blockCode = m ? primaryCode(m[1]) : null;
      blockReciprocal = m ? reciprocalCode(m[1]) : null;
      blockVerbs = [];
      block = { verbs: [], patterns: [] };
      blocks.push(block);
      continue;
    }
    const codeMatch = CODE_RE.exec(line);
    if (line.startsWith('-')) {
      if (!codeMatch) continue;
      const code = primaryCode(codeMatch[1]);
      if (!code || blockVerbs.length === 0) continue;
      const reciprocal = reciprocalCode(codeMatch[1]);
      const body = line.slice(1, codeMatch.index);
      const elements = patternElements(body, synsets);
      if (!elements.includes('*')) continue;
      // The comment names the verb(s) a pattern was written for ("# WELCOME", "# BATTLE , CLASH"); a block
      // merges synonym verbs, and a pattern of function words only ("* (TO)") is right for its own verb alone.
      const hash = full.indexOf('#');
      const named =
        hash >= 0
          ? full
              .slice(hash + 1)
              .split(/[\s,]+/)
              .map((w) => w.toLowerCase())
              .filter((w) => blockVerbs.includes(w))
          : [];
      const literal = elements.filter((e) => e !== '*' && !MARKER_ELEMENTS.has(e));
      const only = named.length && literal.every((e) => FUNCTION_WORDS.has(e)) ? named : null;
      block.patterns.push({ code, reciprocal, elements: patternElements(body, null), line: n + 1, only });
      for (const verb of only ?? blockVerbs)
        patterns.push({ cameo: code, ...(reciprocal ? { reciprocal } : {}), verb, pattern: elements, origin });
      continue;
    }
    // A verb line: "SPEAK {SPOKE SPOKEN} [040]" or a phrase "KLM_NOP_+RST [002]".
    const braces = /\{([^}]*)\}/.exec(line);
    const irregular = braces
      ? braces[1]
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map((w) => w.toLowerCase())
      : [];
    let head = line
      .replace(/\{[^}]*\}/, ' ')
      .replace(CODE_RE, ' ')
      .trim();
    if (!head) continue;
    head = head.split(/\s+/)[0];
    const ownCode = codeMatch ? primaryCode(codeMatch[1]) : null;
    const code = ownCode ?? blockCode;
    const reciprocal = codeMatch && ownCode ? reciprocalCode(codeMatch[1]) : blockReciprocal;
    if (head.includes('_') || head.startsWith('+')) {
      // Phrase verb: the '+'-marked word is the verb; the rest is context.
      const words = head.split('_').filter(Boolean);
      let verbIdx = words.findIndex((w) => w.startsWith('+'));
      if (verbIdx < 0) verbIdx = 0;
      const verb = words[verbIdx].replace(/^\+/, '').toLowerCase();
      if (!verb) continue;
      addForms(verb, []);
      const elements = words.map((w, i) => (i === verbIdx ? '*' : w.replace(/^\+/, '').toLowerCase()));
      if (code) {
        patterns.push({ cameo: code, ...(reciprocal ? { reciprocal } : {}), verb, pattern: elements, origin });
        // A phrase verb is its own one-verb block so its context words stay its own.
        blocks.push({
          verbs: [{ lemma: verb, code: null, reciprocal: null, irregular: [] }],
          patterns: [{ code, reciprocal, elements, line: n + 1, only: null }],
        });
      }
      continue;
    }
    const lemma = head.toLowerCase();
    if (!/^[a-z][a-z'-]*$/.test(lemma)) continue;
    blockVerbs.push(lemma);
    block.verbs.push({ lemma, code: ownCode ?? blockCode, reciprocal, irregular });
    addForms(lemma, irregular);
    if (code)
      patterns.push({ cameo: code, ...(reciprocal ? { reciprocal } : {}), verb: lemma, pattern: ['*'], origin });
  }
  return { patterns, forms, blocks: blocks.filter((b) => b.verbs.length > 0), synsets };
}
