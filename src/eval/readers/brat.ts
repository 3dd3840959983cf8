/**
 * brat standoff reader (.ann) for attribution corpora such as PolNeAR:
 *   T12<TAB>Content 115 290;300 310<TAB>text     text-bound span, possibly discontinuous (fragments split by ';')
 *   E4<TAB>Attribution:T8 Content:T3 Cue:T2 Source:T1   an event tying the roles together
 * Lines that do not start with an id (continuations of a span text that contained a newline) are ignored:
 * offsets, not the copied text, are the truth.
 */

export interface BratFragment {
  start: number;
  end: number;
}

export interface BratSpan {
  id: string;
  label: string;
  /** Fragments in text order; one for a continuous span. */
  fragments: BratFragment[];
  /** First fragment start and last fragment end. */
  start: number;
  end: number;
}

export interface BratEvent {
  id: string;
  /** Event type, e.g. "Attribution" or "Attribution-no-source". */
  type: string;
  /** Role name -> span ids (a role may repeat: Content2 is normalized to Content). */
  roles: Map<string, string[]>;
}

export interface BratDoc {
  spans: Map<string, BratSpan>;
  events: BratEvent[];
}

/** One attribution relation resolved to spans. */
export interface BratAttribution {
  id: string;
  type: string;
  content: BratSpan[];
  cue: BratSpan[];
  source: BratSpan[];
}

const ID_LINE = /^([TERAMN#*]\d*)\t/;

export function parseBrat(ann: string): BratDoc {
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  for (const line of ann.split('\n')) {
    const m = ID_LINE.exec(line);
    if (!m) continue;
    const id = m[1];
    const fields = line.split('\t');
    if (id.startsWith('T')) {
      const head = fields[1] ?? '';
      const sp = head.indexOf(' ');
      if (sp < 0) continue;
      const label = head.slice(0, sp);
      const fragments: BratFragment[] = [];
      for (const part of head.slice(sp + 1).split(';')) {
        const [a, b] = part
          .trim()
          .split(/\s+/)
          .map((x) => Number.parseInt(x, 10));
        if (Number.isFinite(a) && Number.isFinite(b) && b >= a) fragments.push({ start: a, end: b });
      }
      if (fragments.length === 0) continue;
      fragments.sort((x, y) => x.start - y.start);
      spans.set(id, { id, label, fragments, start: fragments[0].start, end: fragments[fragments.length - 1].end });
    } else if (id.startsWith('E')) {
      const parts = (fields[1] ?? '').trim().split(/\s+/);
      if (parts.length === 0 || !parts[0].includes(':')) continue;
      const type = parts[0].slice(0, parts[0].indexOf(':'));
      const roles = new Map<string, string[]>();
      for (const p of parts.slice(1)) {
        const c = p.indexOf(':');
        if (c < 0) continue;
        const role = p.slice(0, c).replace(/\d+$/, '');
        const ref = p.slice(c + 1);
        const list = roles.get(role);
        if (list) list.push(ref);
        else roles.set(role, [ref]);
      }
      events.push({ id, type, roles });
    }
  }
  return { spans, events };
}

/** Attribution events with their Content / Cue / Source spans resolved (missing references are skipped). */
export function attributionsOf(doc: BratDoc): BratAttribution[] {
  const out: BratAttribution[] = [];
  const get = (e: BratEvent, role: string) =>
    (e.roles.get(role) ?? []).map((r) => doc.spans.get(r)).filter((s): s is BratSpan => s !== undefined);
  for (const e of doc.events) {
    if (!e.type.startsWith('Attribution')) continue;
    out.push({ id: e.id, type: e.type, content: get(e, 'Content'), cue: get(e, 'Cue'), source: get(e, 'Source') });
  }
  return out;
}
