/**
 * gunzip of a shipped table in one output buffer. gunzipSync's default 16 KB chunks made a 4 MB table 250 buffers
 * and a copy of them all; the gzip trailer's ISIZE field (the input size mod 2^32) sizes the one buffer instead.
 */
import { gunzipSync } from 'node:zlib';

/** Largest single output chunk asked for (a wrong or huge ISIZE only means more chunks). */
const MAX_CHUNK = 1 << 28;

export function gunzipWhole(gz: Uint8Array): Buffer {
  const isize = gz.length >= 18 ? Buffer.from(gz.buffer, gz.byteOffset, gz.length).readUInt32LE(gz.length - 4) : 0;
  return gunzipSync(gz, { chunkSize: Math.min(Math.max(isize + 1, 64 * 1024), MAX_CHUNK) });
}
