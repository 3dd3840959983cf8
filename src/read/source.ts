/**
 * Bytes in, checked text out: files or stdin as streams of decoded strings (UTF-8, bytes that are not UTF-8 read as
 * Windows-1252 with a warning, or the --encoding named; BOM dropped, NUL bytes rejected with their line), whole-file
 * reads under a size limit, and a line splitter that never buffers more than one bounded line.
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

/** How to decode bytes: the `--encoding` label (undefined: UTF-8, falling back to Windows-1252)
 * and where warnings go. */
export interface DecodeOptions {
  /** A WHATWG encoding label (utf-8, windows-1252, latin1, iso-8859-15, ...); "utf-8" is strict. */
  encoding?: string;
  /** Told once per file when bytes that are not UTF-8 were read as Windows-1252. */
  warn?: (warning: ReadError) => void;
}

/** The decoder for an --encoding label; throws a one-line Error for a label the platform does not know. */
export function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    throw new Error(`unknown --encoding "${label}" (try utf-8, windows-1252, latin1, iso-8859-15)`);
  }
}

/** True for the labels that name UTF-8. */
function isUtf8Label(label: string): boolean {
  return /^(utf-?8|unicode-1-1-utf-8)$/i.test(label.trim());
}

/** Bytes at the end of `data` that begin a UTF-8 sequence the next chunk completes (0 to 3). */
function incompleteUtf8Tail(data: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= data.length; k++) {
    const b = data[data.length - k];
    if (b < 0x80) return 0;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > k ? k : 0;
    }
  }
  return 0;
}

/** Length of the valid UTF-8 sequence starting at bytes[i] (a byte >= 0x80), or 0 when it is not one. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 3;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 4;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + need > bytes.length) return 0;
  const second = bytes[i + 1];
  if (second < lo || second > hi) return 0;
  for (let k = 2; k < need; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return need;
}

/** A byte that is not part of valid UTF-8, read as Windows-1252 (the encoding such stray bytes nearly always are). */
function cp1252Char(b: number): string {
  return b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || String.fromCharCode(b) : String.fromCharCode(b);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Valid UTF-8 sequences as UTF-8, every other byte as Windows-1252:
 * reads cp1252 files and mostly-UTF-8 files alike. */
function decodeUtf8OrCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  let run = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    const len = utf8SequenceAt(bytes, i);
    if (len > 0) {
      i += len - 1;
      continue;
    }
    if (i > run) parts.push(strictUtf8.decode(bytes.subarray(run, i)));
    parts.push(cp1252Char(bytes[i]));
    run = i + 1;
  }
  if (run < bytes.length) parts.push(strictUtf8.decode(bytes.subarray(run)));
  return parts.join('');
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function notUtf8Warning(file: string, line: number): ReadError {
  return new ReadError(
    'not valid UTF-8: bytes that are not UTF-8 were read as Windows-1252 (pass --encoding to name the encoding)',
    file,
    line,
  );
}

/**
 * Decode a byte stream as text: UTF-8 (or UTF-16 with a BOM); a NUL byte in UTF-8 means binary. Bytes that are not
 * UTF-8 are read as Windows-1252 (a superset of Latin-1 for text) with one warning naming the first line; with
 * `encoding` the bytes are decoded with that encoding instead ("utf-8": strictly, bad bytes are an error naming
 * their line). A leading BOM is dropped. Throws ReadError('empty file') on no bytes.
 */
export async function* decodedChunks(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  options: DecodeOptions = {},
): AsyncGenerator<string> {
  let utf16: TextDecoder | undefined;
  let named: TextDecoder | undefined;
  const strict = options.encoding !== undefined && isUtf8Label(options.encoding);
  if (options.encoding !== undefined && !strict) named = decoderFor(options.encoding);
  let fallback = false;
  let pending: Uint8Array = new Uint8Array(0);
  let line = 1;
  let bytes = 0;
  for await (const chunk of chunks) {
    if (bytes === 0) {
      const bom = named ? undefined : encodingOfBom(chunk);
      if (bom) utf16 = new TextDecoder(bom, { fatal: true });
    }
    const first = bytes === 0;
    bytes += chunk.length;
    let text: string;
    if (utf16) {
      try {
        text = utf16.decode(chunk, { stream: true });
      } catch {
        throw new ReadError('not valid UTF-16 text', file, line);
      }
    } else {
      const nul = chunk.indexOf(0);
      if (nul >= 0)
        throw new ReadError(
          'binary file (contains NUL bytes), not text',
          file,
          line + lineOfBadUtf8(chunk.subarray(0, nul)),
        );
      if (named) text = named.decode(chunk, { stream: true });
      else {
        const data = concatBytes(pending, chunk);
        const cut = data.length - incompleteUtf8Tail(data);
        pending = data.slice(cut);
        const whole = data.subarray(0, cut);
        text = '';
        if (!fallback) {
          try {
            text = strictUtf8.decode(whole);
          } catch {
            if (strict)
              throw new ReadError(
                'not valid UTF-8 text (binary file or another encoding? name it with --encoding)',
                file,
                line + lineOfBadUtf8(whole),
              );
            fallback = true;
            options.warn?.(notUtf8Warning(file, line + lineOfBadUtf8(whole)));
          }
        }
        if (fallback) text = decodeUtf8OrCp1252(whole);
      }
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    line += countNewlines(text);
    if (text.length > 0) yield text;
  }
  if (bytes === 0) throw new ReadError('empty file', file);
  let tail = '';
  if (utf16) {
    try {
      tail = utf16.decode();
    } catch {
      throw new ReadError('not valid UTF-16 text (the file ends inside a character)', file, line);
    }
  } else if (named) tail = named.decode();
  else if (pending.length > 0) {
    if (strict) throw new ReadError('not valid UTF-8 text (the file ends inside a multi-byte character)', file, line);
    if (!fallback) options.warn?.(notUtf8Warning(file, line));
    tail = decodeUtf8OrCp1252(pending);
  }
  if (tail.length > 0) yield tail;
}

/** Decode a whole buffer with the same checks and fallback as decodedChunks. */
export function decodeWhole(bytes: Uint8Array, file: string, options: DecodeOptions = {}): string {
  if (bytes.length === 0) throw new ReadError('empty file', file);
  const bom = options.encoding === undefined ? encodingOfBom(bytes) : undefined;
  if (bom) {
    try {
      return new TextDecoder(bom, { fatal: true }).decode(bytes);
    } catch {
      throw new ReadError('not valid UTF-16 text', file);
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new ReadError('binary file (contains NUL bytes), not text', file, 1 + lineOfBadUtf8(bytes.subarray(0, nul)));
  let text: string;
  if (options.encoding !== undefined && !isUtf8Label(options.encoding))
    text = decoderFor(options.encoding).decode(bytes);
  else {
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      if (options.encoding !== undefined) {
        throw new ReadError(
          'not valid UTF-8 text (binary file or another encoding? name it with --encoding)',
          file,
          1 + lineOfBadUtf8(bytes),
        );
      }
      options.warn?.(notUtf8Warning(file, 1 + lineOfBadUtf8(bytes)));
      text = decodeUtf8OrCp1252(bytes);
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** windows-1252 characters for bytes 0x80-0x9F ('' where the byte is undefined). */
const CP1252_HIGH = [
  '€',
  '',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '',
  'Ž',
  '',
  '',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '',
  'ž',
  'Ÿ',
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
export function decodeMarkup(bytes: Uint8Array, file: string, options: DecodeOptions = {}): string {
  if (options.encoding !== undefined) return decodeWhole(bytes, file, options);
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
      return decoder.encoding === 'windows-1252'
        ? text.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] || c)
        : text;
    }
  }
  return decodeWhole(bytes, file, options);
}

/** All bytes of a stream, refusing more than `maxBytes`. */
export async function collectBytes(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  maxBytes = MAX_FILE_BYTES,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > maxBytes)
      throw new ReadError(
        `input is over ${maxBytes} bytes, the limit for formats read whole (MAX_FILE_BYTES; JSONL and CSV stream without one)`,
        file,
      );
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
    const out: Line =
      overLimit || length > maxChars ? { line, text: '', overLimit: Math.max(overLimit, length) } : { line, text };
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
