/**
 * Bytes in, checked text out: files or stdin as streams of decoded strings (UTF-8 only, BOM dropped,
 * NUL bytes and invalid UTF-8 rejected with the line they are on), whole-file reads under a size limit,
 * and a line splitter that never buffers more than one bounded line.
 */
import { createReadStream } from 'node:fs';
import { ReadError } from './errors.js';
import { MAX_FILE_BYTES } from './limits.js';

export const STDIN = '-';

/** The name errors use for a path ("<stdin>" for "-"). */
export function displayName(path: string): string {
  return path === STDIN ? '<stdin>' : path;
}

/** Raw chunks of a file or of stdin. */
export async function* byteChunks(path: string): AsyncGenerator<Uint8Array> {
  const stream = path === STDIN ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) yield chunk as Uint8Array;
  } catch (err) {
    throw new ReadError(ioMessage(err), displayName(path));
  }
}

function ioMessage(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'EACCES') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}

function countNewlines(s: string, end = s.length): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0 && i < end; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** The 1-based line, within `chunk`, of its first bad UTF-8 sequence (chunk decoded leniently to find it). */
function lineOfBadUtf8(chunk: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(chunk);
  const bad = lenient.indexOf('\ufffd');
  return countNewlines(lenient, bad < 0 ? lenient.length : bad);
}

/** UTF-16 files announce themselves with a BOM; everything else is read as UTF-8. */
function encodingOfBom(first: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (first.length >= 2 && first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first.length >= 2 && first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Decode a byte stream as text, strictly: UTF-8 (or UTF-16 with a BOM); a NUL byte in UTF-8 means binary, and bad
 * sequences are an error naming their line. A leading BOM is dropped. Throws ReadError('empty file') on no bytes.
 */
export async function* decodedChunks(chunks: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let utf16 = false;
  let line = 1;
  let bytes = 0;
  for await (const chunk of chunks) {
    if (decoder === undefined) {
      const bom = encodingOfBom(chunk);
      utf16 = bom !== undefined;
      decoder = new TextDecoder(bom ?? 'utf-8', { fatal: true });
    }
    bytes += chunk.length;
    const nul = utf16 ? -1 : chunk.indexOf(0);
    if (nul >= 0) throw new ReadError('binary file (contains NUL bytes), not text', file, line + lineOfBadUtf8(chunk.subarray(0, nul)));
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new ReadError(`not valid ${utf16 ? 'UTF-16' : 'UTF-8'} text (binary file or another encoding? convert it to UTF-8)`, file, utf16 ? line : line + lineOfBadUtf8(chunk));
    }
    line += countNewlines(text);
    if (text.length > 0) yield text;
  }
  if (decoder === undefined || bytes === 0) throw new ReadError('empty file', file);
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new ReadError(`not valid ${utf16 ? 'UTF-16' : 'UTF-8'} text (the file ends inside a multi-byte character)`, file, line);
  }
  if (tail.length > 0) yield tail;
}

/** Decode a whole buffer with the same checks as decodedChunks. */
export function decodeWhole(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ReadError('empty file', file);
  const bom = encodingOfBom(bytes);
  if (bom) {
    try {
      return new TextDecoder(bom, { fatal: true }).decode(bytes);
    } catch {
      throw new ReadError('not valid UTF-16 text', file);
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ReadError('binary file (contains NUL bytes), not text', file, 1 + lineOfBadUtf8(bytes.subarray(0, nul)));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReadError('not valid UTF-8 text (binary file or another encoding? convert it to UTF-8)', file, 1 + lineOfBadUtf8(bytes));
  }
}

/** windows-1252 characters for bytes 0x80-0x9F ('' where the byte is undefined). */
const CP1252_HIGH = [
  '€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '',
  '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ',
];

/** The charset an HTML or XML document declares in its first bytes (meta charset, http-equiv, <?xml encoding?>). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m =
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : undefined;
}

/**
 * Decode an HTML or XML file: strict UTF-8 (or a UTF-16 BOM) unless the document declares another charset that the
 * platform can decode (windows-1252, iso-8859-1, shift_jis, ...), as a browser would.
 */
export function decodeMarkup(bytes: Uint8Array, file: string): string {
  const charset = declaredCharset(bytes);
  if (charset && encodingOfBom(bytes) === undefined && !/^utf-?8$/.test(charset)) {
    let decoder: TextDecoder | undefined;
    try {
      decoder = new TextDecoder(charset);
    } catch {
      decoder = undefined; // unknown label: fall through to UTF-8
    }
    if (decoder && !decoder.encoding.startsWith('utf-16')) {
      if (bytes.indexOf(0) >= 0) throw new ReadError('binary file (contains NUL bytes), not text', file);
      const text = decoder.decode(bytes);
      // Node 20 decodes windows-1252 (also the label for iso-8859-1 and ascii) as plain Latin-1; fix 0x80-0x9F.
      return decoder.encoding === 'windows-1252' ? text.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] || c) : text;
    }
  }
  return decodeWhole(bytes, file);
}

/** All bytes of a stream, refusing more than `maxBytes`. */
export async function collectBytes(chunks: AsyncIterable<Uint8Array>, file: string, maxBytes = MAX_FILE_BYTES): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > maxBytes) throw new ReadError(`input is over ${maxBytes} bytes, the limit for formats read whole (MAX_FILE_BYTES; JSONL and CSV stream without one)`, file);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

export interface Line {
  /** 1-based line number. */
  line: number;
  /** The line without its line break (CR of a CRLF dropped too); empty when `overLimit`. */
  text: string;
  /** Set when the line was longer than the limit; its text was skipped, not kept. */
  overLimit?: number;
}

/** Split decoded text chunks into lines, holding at most `maxChars` of one line in memory. */
export async function* lines(chunks: AsyncIterable<string>, maxChars: number): AsyncGenerator<Line> {
  let pending: string[] = [];
  let pendingLen = 0;
  let overLimit = 0;
  let line = 1;
  const finish = (tail: string): Line => {
    let text = '';
    const length = pendingLen + tail.length;
    if (!overLimit && length <= maxChars) {
      text = pending.length === 0 ? tail : pending.join('') + tail;
      if (text.endsWith('\r')) text = text.slice(0, -1);
    }
    const out: Line = overLimit || length > maxChars ? { line, text: '', overLimit: Math.max(overLimit, length) } : { line, text };
    pending = [];
    pendingLen = 0;
    overLimit = 0;
    line++;
    return out;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
      yield finish(chunk.slice(from, nl));
      from = nl + 1;
    }
    if (from < chunk.length) {
      const rest = chunk.slice(from);
      pendingLen += rest.length;
      if (overLimit || pendingLen > maxChars) {
        // Too long: keep counting, stop keeping.
        overLimit = pendingLen;
        pending = [];
      } else pending.push(rest);
    }
  }
  if (pendingLen > 0 || overLimit) yield finish('');
}
