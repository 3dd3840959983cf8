/**
 * Readers: any input -> Article records. The only module that knows file formats.
 * Formats: wire (header lines + body, the seed format), plain text (needs --date).
 */
import { readFileSync, statSync } from 'node:fs';
import type { Article } from '../model/doc.js';
import { ReadError } from './errors.js';
import { looksLikeWire, parseWire } from './wire.js';
import { normalizeText } from './normalize.js';
import { isValidArticleDate } from './date.js';

export { ReadError } from './errors.js';

/** Largest single input file accepted (bytes); larger inputs get a clear error instead of a stall. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type InputFormat = 'auto' | 'wire' | 'text';

export interface ReadOptions {
  format?: InputFormat;
  /** Article date when the input has none. */
  date?: string;
  id?: string;
}

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReadError('not valid UTF-8 text (binary file?)', file);
  }
}

export function readInput(file: string, options: ReadOptions = {}): Article[] {
  let bytes: Uint8Array;
  if (file === '-') {
    bytes = readFileSync(0);
  } else {
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      throw new ReadError('no such file', file);
    }
    if (size > MAX_FILE_BYTES) throw new ReadError(`file is ${size} bytes; the limit is ${MAX_FILE_BYTES}`, file);
    bytes = readFileSync(file);
  }
  const name = file === '-' ? '<stdin>' : file;
  if (bytes.length === 0) throw new ReadError('empty file', name);
  if (bytes.includes(0)) throw new ReadError('binary file (contains NUL bytes)', name);
  const text = normalizeText(decodeUtf8(bytes, name));
  return parseText(text, name, options);
}

export function parseText(text: string, name: string, options: ReadOptions = {}): Article[] {
  const format = options.format ?? 'auto';
  if (format === 'wire' || (format === 'auto' && looksLikeWire(text))) return [parseWire(text, name, options)];
  if (!options.date) throw new ReadError('plain text has no date: pass --date YYYY-MM-DD', name, undefined, 'date');
  if (!isValidArticleDate(options.date)) throw new ReadError(`invalid --date "${options.date}"`, name, undefined, 'date');
  if (text.trim() === '') throw new ReadError('article has no text', name);
  return [{ id: options.id ?? name, date: options.date, text, meta: {} }];
}
