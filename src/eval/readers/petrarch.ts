/**
 * Reader for PETRARCH validation XML (PETR.UnitTest.records.xml, PETR2_GSR_validation.xml): sentences with their
 * expected (source, target, event code) codings, and the dictionary files the <Environment> block names.
 */
import { readFileSync } from 'node:fs';

export interface PetrCoding {
  source: string;
  target: string;
  code: string;
}

export interface PetrRecord {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  category: string;
  text: string;
  /** Empty for a record that expects no events. */
  codings: PetrCoding[];
}

export interface PetrEnvironment {
  verbs: string[];
  actors: string[];
  agents: string[];
  discards: string[];
}

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`${name}\\s*=\\s*"([^"]*)"`).exec(tag);
  return m ? m[1] : null;
};

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function readPetrarchXml(path: string): { records: PetrRecord[]; environment: PetrEnvironment } {
  const xml = readFileSync(path, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const env = /<Environment>([\s\S]*?)<\/Environment>/.exec(xml)?.[1] ?? '';
  const files = (tag: string): string[] =>
    (new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(env)?.[1] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const environment = {
    verbs: files('Verbfile'),
    actors: files('Actorfile'),
    agents: files('Agentfile'),
    discards: files('Discardfile'),
  };
  const records: PetrRecord[] = [];
  // Each record runs from one <Sentence ...> to the next (the GSR file closes the tag at once and lists codings after).
  const parts = xml.split(/(?=<Sentence[\s>])/).slice(1);
  for (const part of parts) {
    const open = /<Sentence[^>]*>/.exec(part)?.[0] ?? '';
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(part)?.[1];
    if (!text) continue;
    const codings: PetrCoding[] = [];
    for (const m of part.matchAll(/<EventCoding[^>]*>/g)) {
      const code = attr(m[0], 'eventcode');
      if (!code) continue;
      codings.push({ source: attr(m[0], 'sourcecode') ?? '', target: attr(m[0], 'targetcode') ?? '', code });
    }
    const d = attr(open, 'date') ?? '';
    records.push({
      id: attr(open, 'id') ?? `r${records.length + 1}`,
      date: /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : '2000-01-01',
      category: attr(open, 'category') ?? '',
      text: decode(text.replace(/\s+/g, ' ').trim()),
      codings,
    });
  }
  return { records, environment };
}
