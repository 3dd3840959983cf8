/**
 * Ingest's use of the actor memory (actor-memory.ts): the user dictionaries with the memory's dated entries added,
 * and the facts of each committed batch learned into the store.
 */
import type { Kysely } from 'kysely';
import type { Analysis } from '../model/schema.js';
import type { Article } from '../model/doc.js';
import type { Dictionaries } from '../model/options.js';
import { contentId } from './identity.js';
import { factsOf, memoryDictionary, memoryEntries, recordFacts, type MemoryFact } from './actor-memory.js';

/** An analysis as JSON bytes has a fact to learn only if some code came from a title. */
const TITLE_SOURCE = Buffer.from('"source":"title"');
const decoder = new TextDecoder();

export class MemoryHook {
  /** The dictionaries with the memory as of the last read. */
  current: Dictionaries | undefined;

  constructor(
    private readonly db: Kysely<unknown>,
    private readonly user: Dictionaries | undefined,
  ) {
    this.current = user;
  }

  /** Read the memory and merge it under the user's dictionaries (a user entry wins a tie: it comes first). */
  async dictionaries(): Promise<Dictionaries | undefined> {
    const memory = memoryDictionary(await memoryEntries(this.db));
    if (memory.length === 0) return (this.current = this.user);
    const base = this.user ?? { actors: [], agents: [], verbs: [] };
    this.current = { ...base, actors: [...base.actors, ...memory] };
    return this.current;
  }

  /** The facts of a batch about to be written. */
  factsOf(items: { article: Article; analysis: Analysis | Uint8Array }[]): MemoryFact[] {
    const facts: MemoryFact[] = [];
    for (const { article, analysis } of items) {
      let a: Analysis;
      if (analysis instanceof Uint8Array) {
        if (Buffer.from(analysis.buffer, analysis.byteOffset, analysis.byteLength).indexOf(TITLE_SOURCE) < 0) continue;
        a = JSON.parse(decoder.decode(analysis)) as Analysis;
      } else a = analysis;
      facts.push(...factsOf(a, contentId(article)));
    }
    return facts;
  }

  /** Store the facts of a committed batch; true when any was new. */
  async record(facts: MemoryFact[]): Promise<boolean> {
    return (await recordFacts(this.db, facts)) > 0;
  }
}
