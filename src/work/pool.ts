/**
 * A small worker_threads pool that yields results IN INPUT ORDER.
 *
 * - Bounded: at most `maxInFlight` (default 2 x workers) tasks are pulled from the input at once, so a huge input
 *   never piles up in memory and a slow reader holds the input back.
 * - Workers start as work needs them (never more than there are tasks in flight), up to `workers`.
 * - A task that throws in the worker comes back as a failed result; a worker that dies (uncaught error, out of
 *   memory, exit) or runs past `taskTimeoutMs` on one task fails only that task and is replaced, and the rest goes on.
 * - Clean shutdown: workers are terminated when the input ends, when the consumer stops early (break / return),
 *   or on error, so the process never hangs on a live thread.
 *
 * Worker protocol (see `serveTasks`): the worker gets `workerData` once at start, then messages `{ id, task }`
 * and answers `{ id, ok: true, value }` or `{ id, ok: false, error }`.
 */
import { Worker, parentPort, workerData, type ResourceLimits, type Transferable } from 'node:worker_threads';

export interface PoolOptions<In = unknown> {
  /** Worker script: a file URL (compiled .js, or .ts when the parent runs under tsx — workers inherit execArgv). */
  workerUrl: URL;
  /** Number of worker threads (>= 1). */
  workers: number;
  /** Sent once to every worker at start (structured clone): e.g. user dictionaries. */
  workerData?: unknown;
  /** Most tasks pulled from the input and not yet yielded (default 2 x workers). */
  maxInFlight?: number;
  /**
   * Tasks sent to a worker ahead of its answers (default 1). More keeps a worker busy while the parent thread is
   * itself busy (making the next tasks) and so late to hand out work; a worker answers its tasks in order.
   */
  queuePerWorker?: number;
  /**
   * Turns a task into the message for its worker, at the moment it is sent (default: the task itself). Its result is
   * not kept (a large payload lives only until posted; a task sent again after its worker died is prepared again).
   * A task whose prepare throws fails with that error and is not sent.
   */
  prepare?: (task: In) => unknown;
  /** V8 heap limits of each worker (Node's `resourceLimits`); default: V8's own sizing. */
  resourceLimits?: ResourceLimits;
  /**
   * Longest a worker may work on one task (ms) before it is stopped, the task failed and a fresh worker started;
   * default: no limit.
   */
  taskTimeoutMs?: number;
}

export type PoolResult<In, Out> = { input: In; ok: true; value: Out } | { input: In; ok: false; error: string };

interface Pending<Out> {
  resolve(r: { ok: true; value: Out } | { ok: false; error: string }): void;
}

interface Slot {
  worker: Worker;
  /** Ids of the tasks sent to it and not answered yet, oldest (the one it is working on) first. */
  sent: number[];
  /** Stops the worker when its current task runs past taskTimeoutMs. */
  timer?: NodeJS.Timeout;
  /** Stop the worker, failing its current task with `why`. */
  kill?: (why: string) => void;
}

type Reply<Out> = { id: number; ok: true; value: Out } | { id: number; ok: false; error: string };

/** Run `inputs` through the workers; results come out in the order the inputs went in. */
export async function* mapOrdered<In, Out>(
  inputs: AsyncIterable<In> | Iterable<In>,
  options: PoolOptions<In>,
): AsyncGenerator<PoolResult<In, Out>> {
  const size = Math.max(1, Math.floor(options.workers));
  const maxInFlight = Math.max(1, options.maxInFlight ?? size * 2);
  const queuePerWorker = Math.max(1, Math.floor(options.queuePerWorker ?? 1));
  const pending = new Map<number, Pending<Out>>();
  const waiting: { id: number; task: In }[] = [];
  /** Sent and unanswered tasks, kept to send again if their worker dies before reaching them. */
  const sentTasks = new Map<number, In>();
  const slots: Slot[] = [];
  let stopping = false;
  // Workers that died before answering anything: past a few, the script itself is broken (missing file, failing
  // import), so every task fails at once instead of respawning forever.
  let deadOnArrival = 0;
  let broken: string | undefined;

  /** Ids answered (or failed) and not yet yielded. */
  const ready = new Set<number>();
  const settle = (id: number, r: { ok: true; value: Out } | { ok: false; error: string }): void => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    ready.add(id);
    p.resolve(r);
  };

  const dispatch = (slot: Slot): void => {
    while (slot.sent.length < queuePerWorker) {
      const next = waiting.shift();
      if (!next) return;
      let message: unknown = next.task;
      if (options.prepare) {
        try {
          message = options.prepare(next.task);
        } catch (err) {
          settle(next.id, { ok: false, error: describeError(err) });
          continue;
        }
      }
      slot.sent.push(next.id);
      sentTasks.set(next.id, next.task);
      slot.worker.postMessage({ id: next.id, task: message });
      if (slot.sent.length === 1) arm(slot);
    }
  };

  /** Time the slot's current (oldest) task against taskTimeoutMs. */
  const arm = (slot: Slot): void => {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    const limit = options.taskTimeoutMs;
    if (limit === undefined || slot.sent.length === 0) return;
    slot.timer = setTimeout(() => {
      slot.kill?.(`took longer than the time budget of ${Math.round(limit / 1000)} s per article`);
    }, limit);
    slot.timer.unref();
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(options.workerUrl, options.workerData, options.resourceLimits), sent: [] };
    let gone = false;
    let answered = false;
    // A dead worker fails only its current task (the oldest it was sent); the ones queued behind it go back to the
    // front of the line, and a fresh worker takes its place so the batch goes on.
    const die = (why: string): void => {
      if (gone) return;
      gone = true;
      clearTimeout(slot.timer);
      const [current, ...queued] = slot.sent;
      slot.sent = [];
      waiting.unshift(...queued.map((id) => ({ id, task: sentTasks.get(id) as In })));
      for (const id of queued) sentTasks.delete(id);
      if (current !== undefined) {
        sentTasks.delete(current);
        settle(current, { ok: false, error: why });
      }
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      if (stopping) return;
      if (!answered && ++deadOnArrival > size + 2) {
        broken = why;
        for (const w of waiting.splice(0)) settle(w.id, { ok: false, error: `workers cannot start: ${why}` });
        return;
      }
      if (waiting.length > 0) {
        const fresh = spawn();
        slots.push(fresh);
        dispatch(fresh);
      }
    };
    slot.kill = (why) => {
      die(why);
      void slot.worker.terminate();
    };
    slot.worker.on('message', (reply: Reply<Out>) => {
      answered = true;
      const at = slot.sent.indexOf(reply.id);
      if (at >= 0) slot.sent.splice(at, 1);
      sentTasks.delete(reply.id);
      settle(reply.id, reply.ok ? { ok: true, value: reply.value } : { ok: false, error: reply.error });
      arm(slot);
      dispatch(slot);
    });
    slot.worker.on('error', (err) => die(workerFailure(err, options.resourceLimits)));
    slot.worker.on('exit', (code) => die(`its worker thread stopped (exit code ${code})`));
    return slot;
  };

  const submit = (id: number, task: In): Promise<{ ok: true; value: Out } | { ok: false; error: string }> => {
    if (broken !== undefined) return Promise.resolve({ ok: false, error: `workers cannot start: ${broken}` });
    const done = new Promise<{ ok: true; value: Out } | { ok: false; error: string }>((resolve) =>
      pending.set(id, { resolve }),
    );
    waiting.push({ id, task });
    // An idle worker takes it; else a new one starts, while there are fewer than `size`;
    // else the least loaded with room.
    let best: Slot | undefined;
    for (const s of slots) if (s.sent.length < queuePerWorker && (!best || s.sent.length < best.sent.length)) best = s;
    if ((!best || best.sent.length > 0) && slots.length < size) {
      best = spawn();
      slots.push(best);
    }
    if (best) dispatch(best);
    return done;
  };

  const queue: { id: number; input: In; done: Promise<{ ok: true; value: Out } | { ok: false; error: string }> }[] = [];
  const source =
    Symbol.asyncIterator in inputs
      ? (inputs as AsyncIterable<In>)[Symbol.asyncIterator]()
      : toAsync(inputs as Iterable<In>);
  let nextId = 0;
  let ended = false;
  try {
    for (;;) {
      // Results that are ready go out before more input is taken: held while the next tasks are made (a `prepare`
      // runs here), they would outlive young-generation collections and fill the old one.
      while (!ended && queue.length < maxInFlight && !(queue.length > 0 && ready.has(queue[0].id))) {
        const step = await source.next();
        if (step.done) {
          ended = true;
          break;
        }
        const id = nextId++;
        queue.push({ id, input: step.value, done: submit(id, step.value) });
        // Let the workers' answers in (they are events; awaiting an input that is at hand never yields to them).
        if (queue.length > 1) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      const head = queue.shift();
      if (!head) break;
      const r = await head.done;
      ready.delete(head.id);
      yield r.ok ? { input: head.input, ok: true, value: r.value } : { input: head.input, ok: false, error: r.error };
    }
  } finally {
    stopping = true;
    for (const s of slots) clearTimeout(s.timer);
    if (!ended) await source.return?.();
    await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
  }
}

/**
 * Compiled workers start directly. A .ts worker (running from source) loads tsx first: on Node 20 the loader hooks
 * of the parent's `--import tsx` do not reach worker threads.
 */
function startWorker(url: URL, data: unknown, resourceLimits: ResourceLimits | undefined): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData: data, resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true, workerData: data, resourceLimits });
}

async function* toAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/**
 * The worker script `name` (without extension) next to the module at `moduleUrl`: compiled .js under dist/, .ts
 * when running from source under tsx.
 */
export function workerScript(name: string, moduleUrl: string): URL {
  return new URL(`./${name}${moduleUrl.endsWith('.ts') ? '.ts' : '.js'}`, moduleUrl);
}

/** An error as one line for a report: its message, never its stack (stack lines mean nothing to a user). */
export function describeError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const nl = message.indexOf('\n');
  return nl < 0 ? message : message.slice(0, nl);
}

/** Why a worker failed, in words: out of memory names the heap budget it ran past. */
function workerFailure(err: unknown, limits: ResourceLimits | undefined): string {
  if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    const mb = limits?.maxOldGenerationSizeMb;
    return `ran out of memory${mb ? ` (the memory budget is ${mb} MB per worker)` : ''}`;
  }
  return `its worker thread failed: ${describeError(err)}`;
}

/**
 * Worker side: answer the pool's tasks with `handle(task, workerData)` until the parent terminates the thread.
 * `transfer` names what of an answer moves to the parent instead of being copied (its ArrayBuffers, which the
 * worker must not touch again).
 */
export function serveTasks<In, Out, Data>(
  handle: (task: In, data: Data) => Out,
  transfer?: (value: Out) => Transferable[],
): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks() must run in a worker thread');
  const data = workerData as Data;
  port.on('message', ({ id, task }: { id: number; task: In }) => {
    let reply: Reply<Out>;
    try {
      reply = { id, ok: true, value: handle(task, data) };
    } catch (err) {
      reply = { id, ok: false, error: describeError(err) };
    }
    port.postMessage(reply, reply.ok && transfer ? transfer(reply.value) : undefined);
  });
}
