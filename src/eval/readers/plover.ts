/** Reader for PLOVER gold records (PLOVER_GSR_CAMEO.*.json): one sentence, one event type, source/target actors. */
import { readFileSync } from 'node:fs';

export interface PloverActor {
  text: string;
  /** CAMEO country or transnational code ("TUR", "IGO"). */
  code: string;
  sector: string | null;
}

export interface PloverRecord {
  id: string;
  date: string;
  text: string;
  event: string;
  sources: PloverActor[];
  /** Empty when the record names no target (null, "" or a stray mode word in the file). */
  targets: PloverActor[];
}

interface RawActor {
  actorText?: string;
  code?: string;
  sector?: string;
}

function actors(raw: unknown): PloverActor[] {
  if (!Array.isArray(raw)) return [];
  return (raw as RawActor[])
    .filter((a) => a && typeof a.code === 'string' && a.code.trim() !== '')
    .map((a) => ({
      text: a.actorText ?? '',
      code: a.code!.trim().toUpperCase(),
      sector: a.sector?.trim().toUpperCase() || null,
    }));
}

export function readPloverRecords(path: string): PloverRecord[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
  const out: PloverRecord[] = [];
  for (const r of raw) {
    if (typeof r.text !== 'string' || !r.text.trim() || r.event === 'DOCUMENT') continue;
    // Some texts are wrapped in braces in the file; they are not part of the sentence.
    const text = r.text.trim().replace(/^\{(.*)\}$/s, '$1');
    out.push({
      id: String(r.id),
      date: typeof r.date === 'string' ? r.date : '2000-01-01',
      text,
      event: String(r.event),
      sources: actors(r.source),
      targets: actors(r.target),
    });
  }
  return out;
}
