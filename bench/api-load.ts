/**
 * Loopback load on `parley serve`: autocannon against GET /events, GET /dyads/CHL/PER/series and POST /analyze, a few
 * concurrency levels each, on a store of the example stories; requests/s, p99 latency, errors, and the server's
 * peak RSS (VmHWM).
 *
 *   node --import tsx bench/api-load.ts [seconds per level, default 20] [levels, default 1,8,32]
 *
 * Needs dist/bundle (npm run build). The server runs with --rate-limit 0 so that the limit does not cap the load.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { exampleStore, startServer } from '../test/helpers/server-process.js';

export interface LoadResult {
  route: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

const ANALYZE_BODY = JSON.stringify({
  text:
    'India accused Pakistan of shelling border villages on Monday. ' +
    'Pakistan rejected the charge and summoned the Indian envoy.',
  date: '2025-11-03',
});

const TARGETS = [
  { route: 'GET /events?limit=100', path: '/events?limit=100', method: 'GET' as const },
  { route: 'GET /dyads/CHL/PER/series', path: '/dyads/CHL/PER/series?interval=week', method: 'GET' as const },
  { route: 'POST /analyze', path: '/analyze', method: 'POST' as const, body: ANALYZE_BODY },
];

/** Peak resident set of a process (kB), from /proc. */
function peakRssKb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}

export async function runLoad(
  seconds: number,
  levels: number[],
): Promise<{ results: LoadResult[]; peakRssMb: number }> {
  const server = await startServer(exampleStore(), ['--rate-limit', '0', '--quiet']);
  const results: LoadResult[] = [];
  let peak = 0;
  try {
    for (const target of TARGETS) {
      // One request first: the first analysis loads the analyzer's tables (seconds on a busy machine), not load.
      const warm = await fetch(server.url + target.path, {
        method: target.method,
        headers: target.body ? { 'content-type': 'application/json' } : {},
        body: target.body,
        signal: AbortSignal.timeout(60_000),
      });
      if (!warm.ok) throw new Error(`${target.route}: ${warm.status} ${await warm.text()}`);
      for (const connections of levels) {
        const r = await autocannon({
          url: server.url + target.path,
          method: target.method,
          connections,
          duration: seconds,
          headers: target.body ? { 'content-type': 'application/json' } : {},
          body: target.body,
        });
        results.push({
          route: target.route,
          connections,
          seconds,
          requestsPerSecond: Math.round(r.requests.average),
          p99Ms: r.latency.p99,
          requests: r.requests.total,
          errors: r.errors + r.timeouts,
          non2xx: r.non2xx,
        });
        peak = Math.max(peak, peakRssKb(server.child.pid!));
      }
    }
  } finally {
    await server.stop();
  }
  return { results, peakRssMb: Math.round(peak / 1024) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const seconds = Number(process.argv[2] ?? 20);
  const levels = (process.argv[3] ?? '1,8,32').split(',').map(Number);
  const { results, peakRssMb } = await runLoad(seconds, levels);
  console.log('| route | connections | req/s | p99 ms | requests | errors | non-2xx |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    const cells = [r.route, r.connections, r.requestsPerSecond, r.p99Ms, r.requests, r.errors, r.non2xx];
    console.log(`| ${cells.join(' | ')} |`);
  }
  console.log(`server peak RSS: ${peakRssMb} MB`);
}
