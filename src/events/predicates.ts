/**
 * Rule `predicate:pos`: only a real predicate triggers a verb pattern. A word the verb table knows ("exports",
 * "alleged", "hit") is not a trigger where the part-of-speech tagger (src/pos) is confident it is a noun or an
 * adjective, nor where it is a participle used as an adjective: a -ing or -ed form between a determiner (or an
 * adjective, or a preposition before an -ed form; an adverb may stand between) and a noun ("the disputed region",
 * "their opposing forces", "at increased risk", "the heavily patrolled border", "to alleged chemical attacks"), an
 * -ed form the tagger took for a past tense included. A confident noun reading sends an event
 * noun to the noun rules (lexicon EVENT_NOUNS).
 *
 * Confident: the best non-verb tag beats every verb tag by more than the model's verbVetoMargin, set when it was
 * trained so that about 1 verb in 100 of held-out training sentences is overruled (scripts/train-pos.ts). The tagger
 * reads two words either side and no tags, so a verb after a name ("Gondor welcome ...") is often a close call that
 * the margin leaves to the coder's own tests.
 */
import type { Doc } from '../model/doc.js';
import { tokenText } from '../model/doc.js';
import { posTagger } from '../pos/tagger.js';

export interface PosClasses {
  /** A confident noun reading (NN, NNS, NNP, NNPS). */
  noun: boolean;
  /** Not confidently a non-verb, and not a participle used as an adjective. */
  predicate: boolean;
}

/** Tag class bits: 1 noun, 2 verb, 4 participle, 8 modifier context (before a participle used as an adjective),
 * 16 preposition or "to", 32 adverb, 64 adjective, 128 determiner or possessive. */
const NOUN = 1;
const VERB = 2;
const PARTICIPLE = 4;
const MODIFIER = 8;
const PREPOSITION = 16;
const ADVERB = 32;
const ADJECTIVE = 64;
const DETERMINER = 128;
/** Words tagged IN that open a clause: a finite verb may follow them ("the man that attacked them"). */
const SUBORDINATORS = new Set([
  ...['that', 'whether', 'if', 'because', 'as', 'while', 'although', 'though', 'since', 'after', 'before'],
  ...['until', 'unless', 'than', 'so', 'once', 'where', 'when', 'like'],
]);
const VERB_TAGS = new Set(['VB', 'VBD', 'VBZ', 'VBP', 'VBG', 'VBN']);
const NOUN_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const MODIFIER_CONTEXT = new Set(['DT', 'PRP$', 'POS', 'JJ', 'JJR', 'JJS', 'CD', 'PDT']);

interface TagFacts {
  classes: Uint8Array;
  margin: number;
  scores: Float64Array;
}

let facts: TagFacts | null = null;

function tagFacts(): TagFacts {
  if (facts) return facts;
  const tagger = posTagger();
  const classes = Uint8Array.from(
    tagger.labels,
    (t) =>
      (NOUN_TAGS.has(t) ? NOUN : 0) |
      (VERB_TAGS.has(t) ? VERB : 0) |
      (t === 'VBG' || t === 'VBN' ? PARTICIPLE : 0) |
      (MODIFIER_CONTEXT.has(t) ? MODIFIER : 0) |
      (t === 'IN' || t === 'TO' ? PREPOSITION : 0) |
      (t === 'RB' ? ADVERB : 0) |
      (t === 'JJ' ? ADJECTIVE : 0) |
      (t === 'DT' || t === 'PRP$' || t === 'POS' || t === 'PDT' ? DETERMINER : 0),
  );
  const margin = Number(tagger.model.header.info.verbVetoMargin ?? 0);
  facts = { classes, margin, scores: new Float64Array(tagger.labels.length) };
  return facts;
}

export interface PosSource {
  tagAt(doc: Doc, i: number): number;
  scoresAt(doc: Doc, i: number, out: Float64Array): void;
}

/** The classes of token i of a Doc, from the tagger's tags and scores (`pos`: posTagAt/posScoresAt, or a test's). */
export function posClasses(doc: Doc, i: number, pos: PosSource): PosClasses {
  const { classes, margin, scores } = tagFacts();
  const c = classes[pos.tagAt(doc, i)];
  if ((c & VERB) === 0) {
    pos.scoresAt(doc, i, scores);
    let verb = -Infinity;
    let best = -Infinity;
    for (let l = 0; l < scores.length; l++) {
      if (classes[l] & VERB) verb = Math.max(verb, scores[l]);
      else best = Math.max(best, scores[l]);
    }
    const confident = best - verb > margin;
    if (confident) return { noun: (c & NOUN) !== 0, predicate: false };
    // An -ed word the tagger leans to read as an adjective, in a modifier's place ("to alleged chemical attacks").
    return { noun: false, predicate: !((c & ADJECTIVE) !== 0 && edForm(doc, i) && modifierPlace(doc, i, pos, false)) };
  }
  if ((c & PARTICIPLE) !== 0) return { noun: false, predicate: !modifierPlace(doc, i, pos, true) };
  // The tagger reads two words either side, so it often takes an -ed participle for a past tense ("the heavily
  // patrolled frontier", "at increased risk"); no finite verb stands between a determiner or preposition and a noun.
  return { noun: false, predicate: !(edForm(doc, i) && modifierPlace(doc, i, pos, false)) };
}

/** Whether token i ends in "-ed" (a past participle or a past tense). */
function edForm(doc: Doc, i: number): boolean {
  const w = tokenText(doc, i);
  return w.length > 3 && w.endsWith('ed');
}

/**
 * `predicate:pos` (modifier place): token i stands between a determiner or possessive (or, for a word the tagger
 * reads as a participle, any modifier: an adjective, a number), or a preposition or "to" before an -ed form, and a
 * noun (or an adjective and a noun); an adverb may come between.
 */
function modifierPlace(doc: Doc, i: number, pos: PosSource, participle: boolean): boolean {
  const { classes } = tagFacts();
  const sentence = doc.sentences[doc.tokens.sentence[i]];
  const at = (k: number): number => (k >= sentence.tokStart && k < sentence.tokEnd ? classes[pos.tagAt(doc, k)] : 0);
  let b = i - 1;
  if ((at(b) & ADVERB) !== 0) b--;
  const before = at(b);
  const after = at(i + 1);
  const nounAfter = (after & NOUN) !== 0 || ((after & ADJECTIVE) !== 0 && (at(i + 2) & NOUN) !== 0);
  if (!nounAfter) return false;
  if ((before & (participle ? MODIFIER : DETERMINER)) !== 0) return true;
  // "at increased risk": a preposition before an -ed form (a gerund there heads its own object: "of attacking X").
  return edForm(doc, i) && (before & PREPOSITION) !== 0 && !SUBORDINATORS.has(tokenText(doc, b).toLowerCase());
}
