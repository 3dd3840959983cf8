/**
 * A small worker_threads pool that yields results IN INPUT ORDER.
 *
 * - Bounded: at most `maxInFlight` (default 2 x workers) tasks are pulled from the input at once, so a huge input
 *   never piles up in memory and a slow reader holds the input back.
 * - A task that throws in the worker comes back as a failed result; a worker that dies (uncaught error, exit) fails
 *   only the task it held and is replaced, and the rest goes on.
 * - Clean shutdown: workers are terminated when the input ends, when the consumer stops early (break / return),
 *   or on error, so the process never hangs on a live thread.
 *
 * Worker protocol (see `serveTasks`): the worker gets `workerData` once at start, then messages `{ id, task }`
 * and answers `{ id, ok: true, value }` or `{ id, ok: false, error }`.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads';

export interface PoolOptions {
  /** Worker script: a file URL (compiled .js, or .ts when the parent runs under tsx — workers inherit execArgv). */
  workerUrl: URL;
  /** Number of worker threads (>= 1). */
  workers: number;
  /** Sent once to every worker at start (structured clone): e.g. user dictionaries. */
  workerData?: unknown;
  /** Most tasks pulled from the input and not yet yielded (default 2 x workers). */
  maxInFlight?: number;
}

export type PoolResult<In, Out> = { input: In; ok: true; value: Out } | { input: In; ok: false; error: string };

interface Pending<Out> {
  resolve(r: { ok: true; value: Out } | { ok: false; error: string }): void;
}

interface Slot {
  worker: Worker;
  /** The task id it is working on, or -1 when idle. */
  busy: number;
}

type Reply<Out> = { id: number; ok: true; value: Out } | { id: number; ok: false; error: string };

/** Run `inputs` through the workers; results come out in the order the inputs went in. */
export async function* mapOrdered<In, Out>(inputs: AsyncIterable<In> | Iterable<In>, options: PoolOptions): AsyncGenerator<PoolResult<In, Out>> {
  const size = Math.max(1, Math.floor(options.workers));
  const maxInFlight = Math.max(1, options.maxInFlight ?? size * 2);
  const pending = new Map<number, Pending<Out>>();
  const waiting: { id: number; task: In }[] = [];
  const slots: Slot[] = [];
  let stopping = false;
  // Workers that died before answering anything: past a few, the script itself is broken (missing file, failing
  // import), so every task fails at once instead of respawning forever.
  let deadOnArrival = 0;
  let broken: string | undefined;

  const settle = (id: number, r: { ok: true; value: Out } | { ok: false; error: string }): void => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    p.resolve(r);
  };

  const dispatch = (slot: Slot): void => {
    const next = waiting.shift();
    if (!next) {
      slot.busy = -1;
      return;
    }
    slot.busy = next.id;
    slot.worker.postMessage({ id: next.id, task: next.task });
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(options.workerUrl, options.workerData), busy: -1 };
    let gone = false;
    let answered = false;
    // A dead worker fails only its current task; a fresh one takes its place so the batch goes on.
    const die = (why: string): void => {
      if (gone) return;
      gone = true;
      if (slot.busy >= 0) settle(slot.busy, { ok: false, error: `worker stopped: ${why}` });
      slot.busy = -1;
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      if (stopping) return;
      if (!answered && ++deadOnArrival > size + 2) {
        broken = why;
        for (const w of waiting.splice(0)) settle(w.id, { ok: false, error: `worker stopped: ${why}` });
        return;
      }
      const fresh = spawn();
      slots.push(fresh);
      dispatch(fresh);
    };
    slot.worker.on('message', (reply: Reply<Out>) => {
      answered = true;
      settle(reply.id, reply.ok ? { ok: true, value: reply.value } : { ok: false, error: reply.error });
      dispatch(slot);
    });
    slot.worker.on('error', (err) => die(err instanceof Error ? (err.stack ?? err.message) : String(err)));
    slot.worker.on('exit', (code) => die(`exit code ${code}`));
    return slot;
  };

  const submit = (id: number, task: In): Promise<{ ok: true; value: Out } | { ok: false; error: string }> => {
    if (broken !== undefined) return Promise.resolve({ ok: false, error: `worker stopped: ${broken}` });
    const done = new Promise<{ ok: true; value: Out } | { ok: false; error: string }>((resolve) => pending.set(id, { resolve }));
    waiting.push({ id, task });
    const idle = slots.find((s) => s.busy < 0);
    if (idle) dispatch(idle);
    return done;
  };

  for (let i = 0; i < size; i++) slots.push(spawn());

  const queue: { input: In; done: Promise<{ ok: true; value: Out } | { ok: false; error: string }> }[] = [];
  const source = Symbol.asyncIterator in inputs ? (inputs as AsyncIterable<In>)[Symbol.asyncIterator]() : toAsync(inputs as Iterable<In>);
  let nextId = 0;
  let ended = false;
  try {
    for (;;) {
      while (!ended && queue.length < maxInFlight) {
        const step = await source.next();
        if (step.done) {
          ended = true;
          break;
        }
        queue.push({ input: step.value, done: submit(nextId++, step.value) });
      }
      const head = queue.shift();
      if (!head) break;
      const r = await head.done;
      yield r.ok ? { input: head.input, ok: true, value: r.value } : { input: head.input, ok: false, error: r.error };
    }
  } finally {
    stopping = true;
    if (!ended) await source.return?.();
    await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
  }
}

/**
 * Compiled workers start directly. A .ts worker (running from source) loads tsx first: on Node 20 the loader hooks
 * of the parent's `--import tsx` do not reach worker threads.
 */
function startWorker(url: URL, data: unknown): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData: data });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true, workerData: data });
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/** Worker side: answer the pool's tasks with `handle(task, workerData)` until the parent terminates the thread. */
export function serveTasks<In, Out, Data>(handle: (task: In, data: Data) => Out): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks() must run in a worker thread');
  const data = workerData as Data;
  port.on('message', ({ id, task }: { id: number; task: In }) => {
    let reply: Reply<Out>;
    try {
      reply = { id, ok: true, value: handle(task, data) };
    } catch (err) {
      reply = { id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    port.postMessage(reply);
  });
}
