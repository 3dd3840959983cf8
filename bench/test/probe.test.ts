/**
 * The bench's probe (bench/probe.cjs), preloaded into a measured process: on exit it reports that process's memory,
 * CPU time and page faults. Checked on a small process with a worker thread that has ended by the time the probe
 * writes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('../probe.cjs', import.meta.url));

test('the probe reports peak RSS, CPU time (all threads) and page faults of the process it is loaded into', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-probe-'));
  try {
    const out = join(dir, 'probe.json');
    // A worker thread does fixed CPU work (PBKDF2) and ends; the main thread, idle meanwhile, then touches 32 MB.
    const script = `
      const { Worker } = require('node:worker_threads');
      const before = process.cpuUsage();
      const w = new Worker("require('node:crypto').pbkdf2Sync('parley', 'salt', 100000, 32, 'sha256')", { eval: true });
      w.on('exit', () => {
        const used = process.cpuUsage(before);
        new Uint8Array(32 * 1024 * 1024).fill(1);
        process.stdout.write(String((used.user + used.system) / 1000));
      });
    `;
    const workerSpan = Number(
      execFileSync(process.execPath, ['--require', PROBE, '-e', script], {
        env: { ...process.env, PARLEY_BENCH_PROBE: out },
        encoding: 'utf8',
      }),
    );
    const r = JSON.parse(readFileSync(out, 'utf8'));
    assert.ok(r.maxRssBytes > 32 * 1024 * 1024, `peak RSS ${r.maxRssBytes} covers the 32 MB array`);
    // The process's CPU while the worker ran (mostly the worker's hashing) is part of what the probe reports.
    assert.ok(workerSpan > 10, `${workerSpan} ms of CPU while the worker hashed`);
    assert.ok(r.cpuMs >= workerSpan, `probe CPU ${r.cpuMs} ms >= ${workerSpan} ms`);
    assert.ok(r.systemCpuMs >= 0 && r.systemCpuMs <= r.cpuMs);
    // Touching 32 MB of fresh memory is ~8,000 page faults on 4 KB pages.
    assert.ok(r.minorPageFaults > 4000, `${r.minorPageFaults} minor page faults`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
