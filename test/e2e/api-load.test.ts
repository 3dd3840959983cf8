/**
 * A short loopback load on `parley serve` (bench/api-load.ts, 2 s per level after a warm-up request): no errors,
 * every answer a 2xx.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLoad } from '../../bench/api-load.js';

test(
  'under load at 1 and 8 connections every route answers, all 2xx, with a bounded peak RSS',
  { timeout: 120_000 },
  async (t) => {
    const { results, peakRssMb } = await runLoad(2, [1, 8]);
    assert.equal(results.length, 6);
    for (const r of results) {
      t.diagnostic(`${r.route} x${r.connections}: ${r.requestsPerSecond} req/s, p99 ${r.p99Ms} ms`);
      assert.ok(r.requests > 0, r.route);
      assert.equal(r.errors, 0, r.route);
      assert.equal(r.non2xx, 0, r.route);
    }
    t.diagnostic(`peak RSS ${peakRssMb} MB`);
    assert.ok(peakRssMb > 0 && peakRssMb < 1024, `${peakRssMb} MB`);
  },
);
