/**
 * Worker entry of the background writer (background-writer.ts): opens the store itself and writes each batch it is
 * sent, one after the other, answering with the WriteResult. Analyses arrive as the JSON bytes the stage split's
 * worker made, and are parsed here, off the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Analysis } from '../model/schema.js';
import { Store, type StoredItem } from './store.js';
import { writeSplitting } from './write-split.js';
import type { WriteMessage, WriteReply } from './background-writer.js';

const port = parentPort;
if (!port) throw new Error('write-worker must run in a worker thread');
const { path, analyzerVersion } = workerData as { path: string; analyzerVersion: string };
const decoder = new TextDecoder();
const opened = Store.open(path, { analyzerVersion });
let queue: Promise<void> = Promise.resolve();

port.on('message', (message: WriteMessage | 'close') => {
  queue = queue.then(async () => {
    const store = await opened;
    if (message === 'close') {
      await store.close();
      port.postMessage({ closed: true });
      return;
    }
    let reply: WriteReply;
    try {
      const items: StoredItem[] = message.items.map((item) => ({
        article: item.article,
        analysis:
          item.analysis instanceof Uint8Array ? (JSON.parse(decoder.decode(item.analysis)) as Analysis) : item.analysis,
        file: item.file,
      }));
      reply = { id: message.id, ok: true, result: await writeSplitting(store, items, message.failures, message.run) };
    } catch (err) {
      reply = { id: message.id, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
});
