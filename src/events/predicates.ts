/**
 * Rule `predicate:pos`: only a real predicate triggers a verb pattern. A word the verb table knows ("exports",
 * "alleged", "hit") is not a trigger where the part-of-speech tagger (src/pos) is confident it is a noun or an
 * adjective, nor where it is a participle used as an adjective: a -ing or -ed form between a determiner (or an
 * adjective) and a noun ("the disputed region", "their opposing forces"). A confident noun reading sends an event
 * noun to the noun rules (lexicon EVENT_NOUNS).
 *
 * Confident: the best non-verb tag beats every verb tag by more than the model's verbVetoMargin, set when it was
 * trained so that about 1 verb in 100 of held-out training sentences is overruled (scripts/train-pos.ts). The tagger
 * reads two words either side and no tags, so a verb after a name ("Gondor welcome ...") is often a close call that
 * the margin leaves to the coder's own tests.
 */
import type { Doc } from '../model/doc.js';
import { posTagger } from '../pos/tagger.js';

export interface PosClasses {
  /** A confident noun reading (NN, NNS, NNP, NNPS). */
  noun: boolean;
  /** Not confidently a non-verb, and not a participle used as an adjective. */
  predicate: boolean;
}

/** Tag class bits: 1 noun, 2 verb, 4 participle, 8 modifier context (before a participle used as an adjective). */
const NOUN = 1;
const VERB = 2;
const PARTICIPLE = 4;
const MODIFIER = 8;
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
      (MODIFIER_CONTEXT.has(t) ? MODIFIER : 0),
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
    return { noun: confident && (c & NOUN) !== 0, predicate: !confident };
  }
  if ((c & PARTICIPLE) === 0) return { noun: false, predicate: true };
  const sentence = doc.sentences[doc.tokens.sentence[i]];
  const before = i > sentence.tokStart ? classes[pos.tagAt(doc, i - 1)] : 0;
  const after = i + 1 < sentence.tokEnd ? classes[pos.tagAt(doc, i + 1)] : 0;
  return { noun: false, predicate: !((before & MODIFIER) !== 0 && (after & NOUN) !== 0) };
}
