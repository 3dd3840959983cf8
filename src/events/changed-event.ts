import type { RawEvent } from './coder.js';

/**
 * `r` with the fields of `change` in place of its own, as a new object written in one literal: a field of a raw event
 * written after the event is made (or overridden in a spread copy, which keeps the map) sends V8 back to recompile
 * every function that read raw events.
 */
export function changedEvent(r: RawEvent, change: Partial<RawEvent>): RawEvent {
  const c = change;
  return {
    cameo: c.cameo !== undefined ? c.cameo : r.cameo,
    mutual: c.mutual !== undefined ? c.mutual : r.mutual,
    reciprocal: c.reciprocal !== undefined ? c.reciprocal : r.reciprocal,
    trigger: c.trigger !== undefined ? c.trigger : r.trigger,
    triggerEnd: c.triggerEnd !== undefined ? c.triggerEnd : r.triggerEnd,
    sentence: c.sentence !== undefined ? c.sentence : r.sentence,
    sources: c.sources !== undefined ? c.sources : r.sources,
    targets: c.targets !== undefined ? c.targets : r.targets,
    modality: c.modality !== undefined ? c.modality : r.modality,
    rule: c.rule !== undefined ? c.rule : r.rule,
    clauseStart: c.clauseStart !== undefined ? c.clauseStart : r.clauseStart,
    clauseEnd: c.clauseEnd !== undefined ? c.clauseEnd : r.clauseEnd,
    isNoun: c.isNoun !== undefined ? c.isNoun : r.isNoun,
  };
}
