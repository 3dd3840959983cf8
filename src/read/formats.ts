/** Input formats: names, the file extensions that select them, and sniffing when neither says. */
import { extname } from 'node:path';

export const INPUT_FORMATS = ['auto', 'wire', 'text', 'json', 'jsonl', 'csv', 'tsv', 'html', 'rss'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Accepted aliases for --input. */
const ALIASES: Record<string, InputFormat> = {
  ndjson: 'jsonl',
  atom: 'rss',
  feed: 'rss',
  xml: 'rss',
  htm: 'html',
  txt: 'text',
};

export function parseInputFormat(name: string): InputFormat | undefined {
  const n = name.trim().toLowerCase();
  return (INPUT_FORMATS as readonly string[]).includes(n) ? (n as InputFormat) : ALIASES[n];
}

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'auto', // wire header if it has one, else plain text (needs --date)
  '.text': 'auto',
  '.wire': 'wire',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'rss',
  '.atom': 'rss',
  '.xml': 'rss',
};

/** The format a file's extension selects ('auto' for .txt: wire or text by content); undefined if unsupported. */
export function formatForExtension(path: string): InputFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/** Guess the format from the first characters of the input; 'auto' means wire-or-text. */
export function sniffFormat(head: string): InputFormat {
  const s = head.trimStart();
  if (s.startsWith('[')) return 'json';
  if (s.startsWith('{')) {
    const nl = s.indexOf('\n');
    try {
      JSON.parse(nl < 0 ? s : s.slice(0, nl));
      return nl < 0 ? 'json' : 'jsonl';
    } catch {
      return 'json';
    }
  }
  if (s.startsWith('<')) return looksLikeFeed(s.slice(0, 4096)) ? 'rss' : 'html';
  return tableHeaderFormat(s) ?? 'auto';
}

/** A header cell: a short field name, maybe in double quotes. */
const HEADER_NAME = /^\s*"?([\w .-]{0,40})"?\s*$/;

/**
 * 'tsv' or 'csv' when the first line is a table header as the CSV and TSV readers want it: several short names, one
 * of them "text" or "body" (so a sentence with commas in it is not taken for one).
 */
export function tableHeaderFormat(head: string): 'csv' | 'tsv' | undefined {
  const nl = head.indexOf('\n');
  const first = (nl < 0 ? head : head.slice(0, nl)).replace(/\r$/, '');
  for (const [delimiter, format] of [
    ['\t', 'tsv'],
    [',', 'csv'],
  ] as const) {
    const cells = first.split(delimiter);
    if (cells.length < 2) continue;
    const names = cells.map((c) => HEADER_NAME.exec(c)?.[1].trim().toLowerCase());
    if (names.every((n) => n !== undefined) && (names.includes('text') || names.includes('body'))) return format;
  }
  return undefined;
}

/** RSS 2.0, RSS 1.0 (rdf:RDF) or Atom, judged from the start of the document. */
export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/.test(head);
}
