/**
 * Bytes in, checked text out: files or stdin as streams of decoded strings (UTF-8 only, BOM dropped,
 * NUL bytes and invalid UTF-8 rejected with the line they are on), whole-file reads under a size limit,
 * and a line splitter that never buffers more than one bounded line.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
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

/**
 * Decode a byte stream as UTF-8 text, strictly: a NUL byte means binary and bad UTF-8 is an error naming its line.
 * A leading BOM is dropped. Throws ReadError('empty file') when there are no bytes at all.
 */
export async function* decodedChunks(chunks: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    const nul = chunk.indexOf(0);
    if (nul >= 0) throw new ReadError('binary file (contains NUL bytes), not text', file, line + lineOfBadUtf8(chunk.subarray(0, nul)));
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new ReadError('not valid UTF-8 text (binary file or another encoding? convert it to UTF-8)', file, line + lineOfBadUtf8(chunk));
    }
    line += countNewlines(text);
    if (text.length > 0) yield text;
  }
  if (bytes === 0) throw new ReadError('empty file', file);
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new ReadError('not valid UTF-8 text (file ends inside a multi-byte character)', file, line);
  }
  if (tail.length > 0) yield tail;
}

/** Decode a whole buffer with the same checks as decodedChunks. */
export function decodeWhole(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ReadError('empty file', file);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ReadError('binary file (contains NUL bytes), not text', file, 1 + lineOfBadUtf8(bytes.subarray(0, nul)));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReadError('not valid UTF-8 text (binary file or another encoding? convert it to UTF-8)', file, 1 + lineOfBadUtf8(bytes));
  }
}

/** Read a whole file (or stdin) as text, refusing files over `maxBytes` before reading them. */
export async function readWholeText(path: string, maxBytes = MAX_FILE_BYTES): Promise<string> {
  const file = displayName(path);
  if (path !== STDIN) {
    let size: number;
    try {
      const st = statSync(path);
      if (st.isDirectory()) throw new ReadError('is a folder', file);
      size = st.size;
    } catch (err) {
      if (err instanceof ReadError) throw err;
      throw new ReadError(ioMessage(err), file);
    }
    if (size > maxBytes) throw new ReadError(`file is ${size} bytes; the limit for formats read whole is ${maxBytes} (use JSONL or CSV, which stream)`, file);
    try {
      return decodeWhole(readFileSync(path), file);
    } catch (err) {
      if (err instanceof ReadError) throw err;
      throw new ReadError(ioMessage(err), file);
    }
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of byteChunks(path)) {
    total += chunk.length;
    if (total > maxBytes) throw new ReadError(`input is over ${maxBytes} bytes, the limit for formats read whole (use JSONL or CSV, which stream)`, file);
    parts.push(chunk);
  }
  return decodeWhole(Buffer.concat(parts), file);
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
