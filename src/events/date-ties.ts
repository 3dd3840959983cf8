/**
 * Whether a time expression in an event's sentence is tied to the event's trigger (event date rule
 * `date.same-clause`): nothing between them opens another clause. A relative or subordinate clause ("which rebels
 * had held since 2014", "after troops left on Monday"), a reported clause ("said on Tuesday that X would withdraw")
 * or a ";" between them gives the time to another verb; a quotation mark gives it to the quote or to its frame; an
 * infinitive after the time ("in August to help") was intended then, not done then.
 */
import { tokenAtOrAfter, TokKind, type Doc } from '../model/doc.js';

/** Words that open another clause between a time expression and a trigger. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'that',
  'when',
  'where',
  'while',
  'whereas',
  'because',
  'although',
  'though',
  'after',
  'before',
  'since',
  'until',
  'unless',
  'if',
  'but',
]);

/** Is the time expression [tStart, tEnd) tied to the trigger starting at trigStart (same sentence)? */
export function tiedToTrigger(doc: Doc, tStart: number, tEnd: number, trigStart: number): boolean {
  const [from, to] = tEnd <= trigStart ? [tEnd, trigStart] : [trigStart, tStart];
  const t = doc.tokens;
  // An infinitive ("travelled in August to help", "agreed on Monday to withdraw") is an act intended then, not done
  // then; a time after it is its own ("agreed to meet on Monday").
  const trig = tokenAtOrAfter(doc, trigStart);
  if (tEnd <= trigStart && trig > 0 && doc.text.slice(t.start[trig - 1], t.end[trig - 1]).toLowerCase() === 'to')
    return false;
  for (let k = tokenAtOrAfter(doc, from); k < t.count && t.start[k] < to; k++) {
    if (t.start[k] < from) continue;
    if (t.kind[k] === TokKind.Quote) return false;
    const w = doc.text.slice(t.start[k], t.end[k]).toLowerCase();
    // The trigger's own opener lies outside [from, to) ("after the army withdrew on Monday" keeps Monday).
    if (w === ';' || CLAUSE_OPENERS.has(w)) return false;
  }
  return true;
}
