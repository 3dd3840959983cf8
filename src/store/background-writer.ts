/**
 * Writing batches on a thread of their own. With the stage split (2 cores), the main thread reads and runs the early
 * stages while one worker runs the late ones and waits for it much of the time; writing the store on the main thread
 * slowed every article down, on a thread of its own it runs beside them. One batch is written while the next is
 * collected; a second waits for the first (so memory stays bounded and batches commit in order).
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../model/doc.js';
import type { Analysis } from '../model/schema.js';
import { workerScript } from '../work/pool.js';
import type { FailureRecord } from './store.js';
import type { SplitWriteResult } from './write-split.js';

export interface WriteMessage {
  id: number;
  items: { article: Article; analysis: Analysis | Uint8Array; file?: string }[];
  failures: FailureRecord[];
  run: number | null;
}

export type WriteReply = { id: number; ok: true; result: SplitWriteResult } | { id: number; ok: false; error: string };

export class BackgroundWriter {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(r: SplitWriteResult): void; reject(e: Error): void }>();
  private failed: Error | undefined;

  constructor(path: string, analyzerVersion: string) {
    this.worker = new Worker(workerScript('write-worker', import.meta.url), { workerData: { path, analyzerVersion } });
    this.worker.on('message', (reply: WriteReply | { closed: true }) => {
      if ('closed' in reply) return;
      const w = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.ok) w?.resolve(reply.result);
      else w?.reject(new Error(`store write failed: ${reply.error}`));
    });
    const fail = (err: Error) => {
      this.failed = err;
      for (const w of this.waiting.values()) w.reject(err);
      this.waiting.clear();
    };
    this.worker.on('error', (err) => fail(new Error(`store writer stopped: ${err.message}`)));
    this.worker.on('exit', (code) => {
      if (this.waiting.size > 0) fail(new Error(`store writer exited (${code}) with batches unwritten`));
    });
  }

  /** Send a batch; resolves once it is committed. */
  write(items: WriteMessage['items'], failures: FailureRecord[], run: number | null): Promise<SplitWriteResult> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    const transfer: ArrayBuffer[] = [];
    for (const item of items) {
      const a = item.analysis;
      // The JSON bytes move to the writer rather than being copied, when they own their whole buffer.
      if (a instanceof Uint8Array && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength)
        transfer.push(a.buffer as ArrayBuffer);
    }
    return new Promise<SplitWriteResult>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, items, failures, run } satisfies WriteMessage, transfer);
    });
  }

  /** Close the writer's store connection and end the thread. */
  async close(): Promise<void> {
    if (!this.failed) {
      await new Promise<void>((resolve) => {
        const onMessage = (m: unknown) => {
          if (typeof m === 'object' && m !== null && 'closed' in m) {
            this.worker.off('message', onMessage);
            resolve();
          }
        };
        this.worker.on('message', onMessage);
        this.worker.once('exit', () => resolve());
        this.worker.postMessage('close');
      });
    }
    await this.worker.terminate();
  }
}
