/**
 * Feed polling for `parley watch`: fetch each RSS/Atom feed over HTTP with a conditional request (the ETag and
 * Last-Modified of its last full response, kept in the `feeds` table), at most one request per host per interval,
 * under a timeout and a size limit; the feed's own item text goes through the same ingest as files (idempotent by
 * content id). A feed that fails is reported in one line and the others are polled still.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Article } from '../model/doc.js';
import type { Dictionaries } from '../model/options.js';
import { ReadError } from '../read/errors.js';
import { isHtmlPage, parseFeedArticles } from '../read/feed.js';
import { decodeMarkup } from '../read/source.js';
import { ingest } from './ingest.js';
import type { FailureRecord, Store } from './store.js';

export interface PollOptions {
  /** Longest wait for a whole response (headers and body), in ms. */
  timeoutMs: number;
  /** Largest response body accepted, in bytes. */
  maxBytes: number;
  /** Requests to one host are at least this far apart, in ms. */
  hostIntervalMs: number;
  dictionaries?: Dictionaries;
  /** Each problem with an item of a feed (the CLI prints it). */
  onFailure?: (failure: FailureRecord) => void;
}

export type PollResult =
  | { url: string; status: 'not-modified' }
  | { url: string; status: 'fetched'; items: number; added: number; skipped: number; failures: number }
  | { url: string; status: 'error'; reason: string };

export const DEFAULT_POLL_OPTIONS: PollOptions = {
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  hostIntervalMs: 2_000,
};

const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9';

/** A duration such as 500ms, 30s, 10m or 1h (a bare number is seconds), in ms; throws naming the option. */
export function parseDuration(value: string, option: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  const scale = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
  const ms = m ? Number(m[1]) * scale[(m[2] ?? 's') as keyof typeof scale] : NaN;
  if (!(ms > 0)) throw new Error(`${option} must be a duration such as 30s, 10m or 1h, not "${value}"`);
  return ms;
}

/** The feed URLs that arguments name: a URL itself, or a file of URLs (one a line; # comments and blanks skipped). */
export function feedUrls(args: string[], readFile = (path: string) => readFileSync(path, 'utf8')): string[] {
  const urls: string[] = [];
  for (const arg of args) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
      urls.push(checkedUrl(arg, arg));
      continue;
    }
    let text: string;
    try {
      text = readFile(arg);
    } catch (err) {
      const code = (err as { code?: string }).code;
      throw new Error(`${arg}: ${code === 'ENOENT' ? 'no such file (nor an http:// or https:// URL)' : String(err)}`, {
        cause: err,
      });
    }
    text.split(/\r?\n/).forEach((line, i) => {
      const url = line.replace(/#.*/, '').trim();
      if (url !== '') urls.push(checkedUrl(url, `${arg}:${i + 1}`));
    });
  }
  if (urls.length === 0) throw new Error('no feeds to watch (give URLs or a file of them)');
  return [...new Set(urls)];
}

function checkedUrl(text: string, where: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${where}: not a URL: "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`${where}: only http:// and https:// feeds can be watched, not "${text}"`);
  return url.href;
}

/** Spaces requests to one host at least `intervalMs` apart, so a feed list with many feeds of one site is polite. */
export class HostGate {
  private readonly next = new Map<string, number>();
  constructor(private readonly intervalMs: number) {}

  async wait(url: string): Promise<void> {
    const host = new URL(url).host;
    const now = Date.now();
    const at = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, at + this.intervalMs);
    if (at > now) await sleep(at - now);
  }
}

type Fetched =
  | { status: 'not-modified' }
  | { status: 'ok'; text: string; contentType: string; etag: string | null; lastModified: string | null };

/** One conditional GET under the timeout and size limit; a problem is thrown as an Error of one line. */
async function fetchFeed(
  url: string,
  validators: { etag: string | null; last_modified: string | null } | undefined,
  options: PollOptions,
): Promise<Fetched> {
  const headers: Record<string, string> = { accept: ACCEPT, 'user-agent': 'parley-watch' };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.last_modified) headers['if-modified-since'] = validators.last_modified;
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const res = await fetch(url, { headers, signal, redirect: 'follow' });
    if (res.status === 304) {
      await res.body?.cancel();
      return { status: 'not-modified' };
    }
    if (res.status !== 200) {
      await res.body?.cancel();
      throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    const declared = Number(res.headers.get('content-length'));
    if (declared > options.maxBytes) {
      await res.body?.cancel();
      throw new Error(`the response is ${declared} bytes, over the limit of ${options.maxBytes} (--max-bytes)`);
    }
    const bytes = await limitedBody(res, options.maxBytes);
    const contentType = res.headers.get('content-type') ?? '';
    const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
    const text = decodeMarkup(bytes, url, charset && !/^utf-?8$/i.test(charset) ? { encoding: charset } : {});
    return {
      status: 'ok',
      text,
      contentType,
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
    };
  } catch (err) {
    if (signal.aborted)
      throw new Error(`no complete response within ${options.timeoutMs / 1000} s (timeout)`, { cause: err });
    throw new Error(describeFetchError(err), { cause: err });
  }
}

async function limitedBody(res: Response, maxBytes: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    total += r.value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error(`the response is over the limit of ${maxBytes} bytes (--max-bytes)`);
    }
    parts.push(r.value);
  }
  return Buffer.concat(parts);
}

/** fetch's "fetch failed" in words: the underlying cause (connection refused, unknown host). */
function describeFetchError(err: unknown): string {
  if (err instanceof ReadError) return err.message.replace(/^\S+: /, '');
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause as { code?: string; message?: string } | undefined;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  if (cause?.code === 'ENOTFOUND') return 'unknown host';
  return cause?.message ? `${err.message}: ${cause.message}` : err.message;
}

/** Poll one feed: fetch it (conditionally), ingest its items, remember its validators. Never throws for the feed. */
export async function pollFeed(store: Store, url: string, gate: HostGate, options: PollOptions): Promise<PollResult> {
  const state = await store.db
    .selectFrom('feeds')
    .select(['etag', 'last_modified'])
    .where('url', '=', url)
    .executeTakeFirst();
  const now = new Date().toISOString();
  let result: PollResult;
  let validators = { etag: state?.etag ?? null, last_modified: state?.last_modified ?? null };
  let added = 0;
  try {
    await gate.wait(url);
    const fetched = await fetchFeed(url, state, options);
    if (fetched.status === 'not-modified') result = { url, status: 'not-modified' };
    else {
      const { articles, problems } = feedArticles(url, fetched.text, fetched.contentType, now.slice(0, 10));
      async function* read(_path: string, readOptions: { onError?: (e: ReadError) => void }) {
        for (const problem of problems) readOptions.onError?.(problem);
        yield* articles;
      }
      const progress = await ingest(store, {
        paths: [url],
        format: 'rss',
        mode: { kind: 'in-process' },
        dictionaries: options.dictionaries,
        read,
        onFailure: options.onFailure,
      });
      added = progress.added;
      // Saved only now that the items are committed: a poll killed before this fetches the feed whole again.
      validators = { etag: fetched.etag, last_modified: fetched.lastModified };
      result = {
        url,
        status: 'fetched',
        items: articles.length,
        added: progress.added,
        skipped: progress.skipped,
        failures: progress.failures,
      };
    }
  } catch (err) {
    result = { url, status: 'error', reason: reasonOf(err, url) };
  }
  const status = describePoll(result);
  await store.db
    .insertInto('feeds')
    .values({ url, ...validators, polled_at: now, status, items_added: added })
    .onConflict((oc) =>
      oc.column('url').doUpdateSet((eb) => ({
        etag: eb.ref('excluded.etag'),
        last_modified: eb.ref('excluded.last_modified'),
        polled_at: eb.ref('excluded.polled_at'),
        status: eb.ref('excluded.status'),
        items_added: eb('feeds.items_added', '+', eb.ref('excluded.items_added')),
      })),
    )
    .execute();
  return result;
}

/** An error's message without the feed's URL in front (the CLI's line names the feed already). */
function reasonOf(err: unknown, url: string): string {
  const message = err instanceof Error ? err.message : String(err);
  if (!(err instanceof ReadError) || !message.startsWith(url)) return message;
  return message
    .slice(url.length)
    .replace(/^:(\d+)/, ' line $1')
    .replace(/^:?\s*/, '');
}

/** The articles of a feed document (items without a date get the poll's day); a whole-feed problem is thrown. */
function feedArticles(
  url: string,
  text: string,
  contentType: string,
  today: string,
): { articles: Article[]; problems: ReadError[] } {
  if (isHtmlPage(text.slice(0, 4096)))
    throw new Error(
      `the server sent an HTML page, not an RSS or Atom feed${contentType ? ` (Content-Type: ${contentType})` : ''}`,
    );
  const problems: ReadError[] = [];
  const ctx = { path: url, file: url, options: { date: today }, report: (e: ReadError) => problems.push(e) };
  const articles = [...parseFeedArticles(text, ctx)];
  return { articles, problems };
}

/** A poll's outcome in a few words, for the `feeds` table and the CLI's line. */
export function describePoll(r: PollResult): string {
  if (r.status === 'not-modified') return 'not modified (304)';
  if (r.status === 'error') return `error: ${r.reason}`;
  return (
    `${r.items} item${r.items === 1 ? '' : 's'}: ${r.added} added, ${r.skipped} already stored` +
    (r.failures > 0 ? `, ${r.failures} failed` : '')
  );
}

/** Poll every feed once, one after another. */
export async function pollAll(
  store: Store,
  urls: string[],
  gate: HostGate,
  options: PollOptions,
  onPoll?: (result: PollResult) => void,
  signal?: AbortSignal,
): Promise<PollResult[]> {
  const results: PollResult[] = [];
  for (const url of urls) {
    if (signal?.aborted) break;
    const r = await pollFeed(store, url, gate, options);
    results.push(r);
    onPoll?.(r);
  }
  return results;
}
