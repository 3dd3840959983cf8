/**
 * Rule `:reciprocal` (PETRARCH "[X:Y]" patterns: the target does Y to the source, "visited Berlin" gives Berlin
 * hosting) applies only to a target that is the act's partner: its object or the actor "with" whom it happens. A
 * place or a topic after "in", "about", "from" ("raised concerns about Syria", "returning from Syria", "a meeting in
 * Germany") and an adjective that modifies another noun ("US-Russian relations") are not partners and do nothing
 * back.
 */
import type { Doc } from '../model/doc.js';
import { DETERMINERS } from '../lang/en/index.js';
import { posTagAt, posTagger } from '../pos/tagger.js';
import { tokenIds, vocab } from '../text/vocab.js';
import type { ActorSpan } from './actors.js';

/** Prepositions of a place or a topic: the actor after them is not the act's partner. */
const PLACE_OR_TOPIC = new Set(['in', 'about', 'from', 'at', 'on', 'over', 'of', 'into', 'across', 'inside', 'near']);

/** The targets of a reciprocal pattern that act back on its source. */
export function reciprocalPartners(doc: Doc, targets: readonly ActorSpan[]): ActorSpan[] {
  const ids = tokenIds(doc);
  const labels = posTagger().labels;
  return targets.filter((t) => {
    let p = t.tokStart - 1;
    while (p >= 0 && DETERMINERS.has(vocab.lower(ids[p]))) p--;
    if (p >= 0 && PLACE_OR_TOPIC.has(vocab.lower(ids[p]))) return false;
    return labels[posTagAt(doc, t.tokEnd - 1)] !== 'JJ';
  });
}
