/** The API from the browser: JSON with its error message, query strings from the page's address. */

export type Row = Record<string, string | number | null>;

export class ApiError extends Error {}

export async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  let r: Response;
  try {
    r = await fetch(path, init);
  } catch {
    throw new ApiError(`the server did not answer (${path.split('?')[0]})`);
  }
  const body = (await r.json().catch(() => null)) as T & { message?: string };
  if (!r.ok) throw new ApiError(body?.message ?? `${r.status} ${r.statusText}`);
  return body;
}

export function postJson<T>(path: string, body: unknown): Promise<T> {
  return getJson<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** A query string of the non-empty values. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The page's own query parameters. */
export function pageParams(): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(location.search).entries());
}

/** Replace the page's query string (shareable state) without a reload. */
export function setPageParams(params: Record<string, string | number | undefined | null>): void {
  history.replaceState(null, '', location.pathname + qs(params) + location.hash);
}

export const QUADS = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

export function articleLink(articleId: string | number | null, anchor?: string): string {
  return `/articles/${encodeURIComponent(String(articleId))}/view${anchor ? `#${anchor}` : ''}`;
}

export function dyadLink(a: string, b: string, extra: Record<string, string> = {}): string {
  return `/dyads/view${qs({ a, b, ...extra })}`;
}

/** A day N days after a YYYY-MM-DD day. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
