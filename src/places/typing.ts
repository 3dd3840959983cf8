/**
 * Names the gazetteer says are places, where the tagger read a person or a miscellaneous name: "Deir ez-Zor",
 * "in Idlib". Only notable places (an ADM1, a capital or ADM1 seat, 50,000 people or more) change a type, and a
 * one-word name only after a locative preposition, since many surnames are also town names.
 */
import type { Doc } from '../model/doc.js';
import { gazetteer, type Place } from './gazetteer.js';

const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'across',
  'around',
  'into',
  'from',
  'towards',
  'toward',
]);
const NOTABLE_POPULATION = 50_000;

function notable(p: Place): boolean {
  return (
    p.kind === 'adm1' ||
    p.feature === 'PPLC' ||
    p.feature === 'PPLA' ||
    (p.kind === 'city' && p.population >= NOTABLE_POPULATION)
  );
}

/** Is the name over tokens [tokStart, tokEnd) a place by the gazetteer (rule `places.gazetteer`)? */
export function isGazetteerPlace(doc: Doc, tokStart: number, tokEnd: number): boolean {
  const t = doc.tokens;
  const name = doc.text.slice(t.start[tokStart], t.end[tokEnd - 1]);
  const words = name.split(/[\s-]+/).length;
  if (words === 1) {
    const prev = tokStart > 0 ? doc.text.slice(t.start[tokStart - 1], t.end[tokStart - 1]).toLowerCase() : '';
    if (!LOCATIVE.has(prev)) return false;
  }
  return gazetteer().lookup(name).some(notable);
}
