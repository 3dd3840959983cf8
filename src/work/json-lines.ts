/**
 * One JSON line per record, in pieces. `JSON.stringify` of a whole analysis makes one long string per article, a
 * "large object" that V8 places in freshly mapped memory, which is dear to touch; stringified field by field and
 * array element by element, joined into pieces of about `pieceChars`, the strings stay small and reuse the young
 * generation's memory (docs/performance.md). The text is exactly JSON.stringify(record) + '\n' (tested).
 */

/** Target piece size in UTF-16 code units (well under V8's large-object size). */
const PIECE_CHARS = 16_384;

export function jsonLinePieces(record: object, pieceChars = PIECE_CHARS): string[] {
  const pieces: string[] = [];
  let parts: string[] = [];
  let size = 0;
  const put = (s: string): void => {
    parts.push(s);
    size += s.length;
    if (size >= pieceChars) {
      pieces.push(parts.join(''));
      parts = [];
      size = 0;
    }
  };
  if (Array.isArray(record) || typeof (record as { toJSON?: unknown }).toJSON === 'function') {
    // Not a plain record: no field-wise form to keep identical; one piece.
    return [JSON.stringify(record) + '\n'];
  }
  put('{');
  let first = true;
  for (const key of Object.keys(record)) {
    const value = (record as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      put(`${first ? '' : ','}${JSON.stringify(key)}:[`);
      // JSON.stringify writes undefined, functions and symbols in arrays as null.
      for (let i = 0; i < value.length; i++) put((i > 0 ? ',' : '') + (JSON.stringify(value[i]) ?? 'null'));
      put(']');
    } else {
      const json = JSON.stringify(value);
      // Fields whose value JSON.stringify leaves out (undefined, functions, symbols) are left out here too.
      if (json === undefined) continue;
      put(`${first ? '' : ','}${JSON.stringify(key)}:${json}`);
    }
    first = false;
  }
  put('}\n');
  if (parts.length) pieces.push(parts.join(''));
  return pieces;
}

/**
 * The pieces as one UTF-8 buffer: the bytes that writing them one after another writes. The stage split's worker
 * sends its output this way: a byte copy to the main thread instead of two-byte strings to rebuild there and then
 * encode, on the thread that has the more work of the two.
 */
export function utf8Of(pieces: readonly string[]): Uint8Array {
  let total = 0;
  for (const p of pieces) total += Buffer.byteLength(p, 'utf8');
  // Not from Node's shared pool: the split's worker moves the whole ArrayBuffer to the main thread (transfer).
  const out = Buffer.allocUnsafeSlow(total);
  let at = 0;
  for (const p of pieces) at += out.write(p, at, 'utf8');
  return out;
}
