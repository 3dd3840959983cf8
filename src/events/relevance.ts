/**
 * Rule `relevance:actors-vs-topic`: is the article politics, conflict or diplomacy news at all? Sport, arts and
 * technology stories name countries (national teams), beat and fight, and would yield events that are all false.
 * The score weighs the article's political actors with a sector (governments, ministers, the military, police,
 * rebels, parties, IGOs; a country name alone is no evidence, since national teams carry one) against its words of
 * other news domains (topic-words.ts), with one of each added so that an article with neither stands at 0.5:
 *   score = (political + 1) / (political + offTopic + 2);  relevant when score >= 0.5.
 * Events of an article that is not relevant are discarded (gates.ts), the Analysis says so.
 */
import type { Doc } from '../model/doc.js';
import { TokKind } from '../model/doc.js';
import type { Relevance } from '../model/schema.js';
import { tokenIds, TypeFlag, vocab } from '../text/vocab.js';
import { OFF_TOPIC_WORDS } from './topic-words.js';
import { isPoliticalActor } from './political.js';
import type { ActorSpan } from './actors.js';

export const RELEVANCE_RULE = 'relevance:actors-vs-topic';
const THRESHOLD = 0.5;

const offTopicWord = new TypeFlag((id) => OFF_TOPIC_WORDS.has(vocab.lower(id)));

export function articleRelevance(doc: Doc, actors: readonly ActorSpan[]): Relevance {
  let political = 0;
  for (const a of actors) if (a.sector !== null && isPoliticalActor(a)) political++;
  let offTopic = 0;
  const ids = tokenIds(doc);
  const kind = doc.tokens.kind;
  for (let i = 0; i < ids.length; i++) if (kind[i] === TokKind.Word && offTopicWord.get(ids[i])) offTopic++;
  const score = Math.round(((political + 1) / (political + offTopic + 2)) * 1000) / 1000;
  return { score, relevant: score >= THRESHOLD, political, offTopic, rule: RELEVANCE_RULE };
}
