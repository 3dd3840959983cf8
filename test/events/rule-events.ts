/** Test helper: the rules' events of a sentence (no model, no gates) as "trigger cameo source->target modality". */
import { runPipeline } from '../../src/pipeline.js';
import { runEventsWith } from '../../src/events/index.js';

export function ruleEvents(text: string): string[] {
  const doc = runPipeline({ id: 't', date: '2024-03-14', text, meta: {} }, { until: 'quotes' });
  runEventsWith(doc, {}, { model: null, candidatesOnly: true });
  return doc.events.map(
    (e) => `${e.evidence.trigger.text} ${e.cameo} ${e.source?.code ?? '-'}->${e.target?.code ?? '-'} ${e.modality}`,
  );
}

export const withTrigger = (list: string[], word: string): string[] => list.filter((e) => e.startsWith(word + ' '));
