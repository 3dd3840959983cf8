/**
 * Page cursors: a row's sort key (store/query.ts RowKey) as base64url JSON, opaque to clients. A cursor is checked
 * against the shape its listing uses, so a forged or mangled one gets a 400 and never reaches SQL as anything but
 * bound values.
 */
import type { RowKey } from '../store/query.js';

/** The types of a listing's sort key, in order: 's' a string, 'n' a whole number. */
export type KeyShape = readonly ('s' | 'n')[];

export function encodeCursor(key: RowKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export class CursorError extends Error {}

export function decodeCursor(cursor: string, shape: KeyShape): RowKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError('cursor: not a cursor this listing gave');
  }
  const ok =
    Array.isArray(key) &&
    key.length === shape.length &&
    key.every((v, i) => (shape[i] === 's' ? typeof v === 'string' && v.length <= 1000 : Number.isSafeInteger(v)));
  if (!ok) throw new CursorError('cursor: not a cursor this listing gave');
  return key as RowKey;
}
