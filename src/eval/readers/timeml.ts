/**
 * Reader for TimeML `.tml` files (TempEval-3 TBAQ-cleaned): the DCT from `<DCT>`, and the `<TEXT>` body with
 * inline tags removed and XML entities decoded, keeping the char offsets of every gold TIMEX3 in that text.
 * A small tag scanner rather than a DOM: the offsets of inline markup are exactly what a DOM loses.
 */
import { readFileSync } from 'node:fs';
import { listGoldFiles } from './files.js';
import { basename } from 'node:path';

export interface TimemlTimex {
  tid: string;
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod?: string;
  anchorTimeId?: string;
}

export interface TimemlDoc {
  id: string;
  file: string;
  /** Document creation time, YYYY-MM-DD. */
  dct: string;
  /** The `<TEXT>` content, tags stripped, entities decoded. */
  text: string;
  timexes: TimemlTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ATTR = /([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"/g;

function decodeEntity(name: string): string | null {
  if (name.startsWith('#x')) {
    const n = Number.parseInt(name.slice(2), 16);
    return Number.isFinite(n) ? String.fromCodePoint(n) : null;
  }
  if (name.startsWith('#')) {
    const n = Number.parseInt(name.slice(1), 10);
    return Number.isFinite(n) ? String.fromCodePoint(n) : null;
  }
  return ENTITIES[name] ?? null;
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTR)) out[m[1]] = decodeXml(m[2]);
  return out;
}

function decodeXml(s: string): string {
  return s.replace(/&(#x?[0-9a-fA-F]+|[a-z]+);/g, (all, name: string) => decodeEntity(name) ?? all);
}

/** Strip the inline markup of `body`, recording each TIMEX3's extent in the stripped text. */
function stripInline(body: string): { text: string; timexes: TimemlTimex[] } {
  let text = '';
  const timexes: TimemlTimex[] = [];
  const open: { attrs: Record<string, string>; start: number }[] = [];
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c === 0x3c /* < */) {
      const close = body.indexOf('>', i);
      if (close < 0) break;
      const tag = body.slice(i + 1, close);
      i = close + 1;
      if (tag.startsWith('/')) {
        if (tag.slice(1).trim() === 'TIMEX3') {
          const o = open.pop();
          if (o) {
            const t: TimemlTimex = {
              tid: o.attrs.tid ?? '',
              start: o.start,
              end: text.length,
              text: text.slice(o.start),
              type: o.attrs.type ?? '',
              value: o.attrs.value ?? '',
            };
            if (o.attrs.mod) t.mod = o.attrs.mod;
            if (o.attrs.anchorTimeID) t.anchorTimeId = o.attrs.anchorTimeID;
            timexes.push(t);
          }
        }
      } else if (/^TIMEX3[\s/>]/.test(tag + ' ') && !tag.endsWith('/')) {
        open.push({ attrs: attrs(tag), start: text.length });
      }
      continue;
    }
    if (c === 0x26 /* & */) {
      const semi = body.indexOf(';', i);
      if (semi > i && semi - i <= 10) {
        const ch = decodeEntity(body.slice(i + 1, semi));
        if (ch !== null) {
          text += ch;
          i = semi + 1;
          continue;
        }
      }
    }
    text += body[i];
    i++;
  }
  timexes.sort((a, b) => a.start - b.start);
  return { text, timexes };
}

export function parseTimeml(xml: string, file = ''): TimemlDoc {
  const dctBlock = /<DCT>([\s\S]*?)<\/DCT>/.exec(xml);
  const dctValue = dctBlock ? (/value="([^"]*)"/.exec(dctBlock[1])?.[1] ?? '') : '';
  const textBlock = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  const { text, timexes } = stripInline(textBlock ? textBlock[1] : '');
  const docId = /<DOCID>([\s\S]*?)<\/DOCID>/.exec(xml)?.[1].trim() ?? basename(file, '.tml');
  return { id: docId, file, dct: dctValue.slice(0, 10), text, timexes };
}

export function readTimemlFile(path: string): TimemlDoc {
  return parseTimeml(readFileSync(path, 'utf8'), path);
}

/** One `.tml` file, or every `.tml` under a folder (recursively, sorted by path). */
export function readTimeml(path: string): TimemlDoc[] {
  return listGoldFiles(path, '.tml').map(readTimemlFile);
}
