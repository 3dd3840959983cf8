import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapOrdered } from '../../src/work/pool.js';

const workerUrl = new URL('./fixtures/echo-worker.ts', import.meta.url);

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

test('results come back in input order with the data each worker got at start', async () => {
  const inputs = Array.from({ length: 40 }, (_, i) => i);
  const results = await collect(
    mapOrdered<number, number>(inputs, { workerUrl, workers: 3, workerData: { offset: 1 } }),
  );
  assert.deepEqual(
    results.map((r) => (r.ok ? r.value : r.error)),
    inputs.map((i) => i * 2 + 1),
  );
  assert.deepEqual(
    results.map((r) => r.input),
    inputs,
  );
});

test('a task that throws and a worker that dies fail only their own input; the rest goes on', async () => {
  const inputs: (number | string)[] = [1, 'throw', 2, 'exit', 3, 4, 'exit', 5];
  const results = await collect(
    mapOrdered<number | string, number>(inputs, { workerUrl, workers: 2, workerData: { offset: 0 } }),
  );
  assert.deepEqual(
    results.map((r) => r.input),
    inputs,
  );
  assert.deepEqual(
    results.map((r) => r.ok),
    [true, false, true, false, true, true, false, true],
  );
  assert.deepEqual(
    results.filter((r) => r.ok).map((r) => (r.ok ? r.value : 0)),
    [2, 4, 6, 8, 10],
  );
  const failures = results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error));
  assert.match(failures[0], /asked to throw/);
  assert.match(failures[1], /worker thread stopped \(exit code 3\)/);
});

test('resourceLimits reach every worker', async () => {
  const results = await collect(
    mapOrdered<string, number>(['young', 'young'], {
      workerUrl,
      workers: 2,
      workerData: { offset: 0 },
      resourceLimits: { maxYoungGenerationSizeMb: 24 },
    }),
  );
  assert.deepEqual(
    results.map((r) => (r.ok ? r.value : r.error)),
    [24, 24],
  );
});

test('an answer can move its bytes to the parent instead of copying them', async () => {
  const bytesWorker = new URL('./fixtures/bytes-worker.ts', import.meta.url);
  const results = await collect(
    mapOrdered<number, Uint8Array | number>([3, 0, 70_000, 0], { workerUrl: bytesWorker, workers: 1 }),
  );
  const values = results.map((r) => (r.ok ? r.value : r.error));
  assert.deepEqual(Array.from(values[0] as Uint8Array), [3, 3, 3]);
  assert.equal((values[2] as Uint8Array).length, 70_000);
  assert.ok((values[2] as Uint8Array).every((b) => b === 70_000 % 256));
  // The worker's own view was detached by the transfer.
  assert.equal(values[1], 0);
  assert.equal(values[3], 0);
});

test('the input is pulled lazily: no more than maxInFlight ahead of the consumer', async () => {
  let pulled = 0;
  function* numbers(): Generator<number> {
    for (let i = 0; i < 1000; i++) {
      pulled++;
      yield i;
    }
  }
  const seen: number[] = [];
  for await (const r of mapOrdered<number, number>(numbers(), {
    workerUrl,
    workers: 2,
    maxInFlight: 4,
    workerData: { offset: 0 },
  })) {
    seen.push(r.ok ? r.value : -1);
    if (seen.length === 3) break; // the consumer stops early: workers must be shut down, no hang
  }
  assert.deepEqual(seen, [0, 2, 4]);
  assert.ok(pulled <= 3 + 4, `pulled ${pulled} inputs for 3 results`);
});

test('a worker script that cannot start fails every task instead of respawning forever', async () => {
  const missing = new URL('./fixtures/no-such-worker.js', import.meta.url);
  const results = await collect(mapOrdered<number, number>([1, 2, 3], { workerUrl: missing, workers: 2 }));
  assert.equal(results.length, 3);
  assert.ok(results.every((r) => !r.ok));
});

test('queuePerWorker: tasks queued at a worker come back in order; when it dies, only the task it was on fails', async () => {
  const inputs: (number | string)[] = [1, 2, 'exit', 3, 4, 5, 'exit', 6, 7];
  const results = await collect(
    mapOrdered<number | string, number>(inputs, {
      workerUrl,
      workers: 1,
      queuePerWorker: 4,
      maxInFlight: 6,
      workerData: { offset: 0 },
    }),
  );
  assert.deepEqual(
    results.map((r) => r.input),
    inputs,
  );
  // The tasks sent behind an 'exit' went to the fresh worker instead of failing with the dead one.
  assert.deepEqual(
    results.map((r) => r.ok),
    [true, true, false, true, true, true, false, true, true],
  );
  assert.deepEqual(
    results.filter((r) => r.ok).map((r) => (r.ok ? r.value : 0)),
    [2, 4, 6, 8, 10, 12, 14],
  );
});

test('prepare: makes each message when it is sent; a prepare that throws fails its task only', async () => {
  const prepared: number[] = [];
  const prepare = (n: number): number => {
    if (n === 3) throw new Error('cannot prepare 3');
    prepared.push(n);
    return n * 10;
  };
  const inputs = [1, 2, 3, 4];
  const results = await collect(
    mapOrdered<number, number>(inputs, {
      workerUrl,
      workers: 2,
      queuePerWorker: 2,
      prepare,
      workerData: { offset: 1 },
    }),
  );
  assert.deepEqual(
    results.map((r) => r.input),
    inputs,
  );
  assert.deepEqual(
    results.map((r) => (r.ok ? r.value : r.error)),
    [21, 41, 'cannot prepare 3', 81],
  );
  assert.deepEqual(prepared.sort(), [1, 2, 4]);
});
