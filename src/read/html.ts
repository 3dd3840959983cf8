/**
 * HTML pages: the main text by Mozilla's Readability over a linkedom DOM, title and date from meta tags.
 * Pages too deep or too big for Readability (its cost grows fast with nesting), or where it finds nothing,
 * fall back to the streaming text extractor with page furniture (nav, header, footer, forms) dropped.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Article } from '../model/doc.js';
import { ReadError } from './errors.js';
import { finishArticle } from './article.js';
import { parseArticleDate } from './date.js';
import { htmlToText, scanHtml } from './html-text.js';
import { MAX_READABILITY_BYTES, MAX_READABILITY_DEPTH } from './limits.js';
import type { ReaderContext } from './context.js';

interface MainText {
  text: string;
  title?: string;
  publishedTime?: string;
  extractor: 'readability' | 'streaming';
}

function readabilityText(html: string): { text: string; title?: string; publishedTime?: string } | undefined {
  try {
    const { document } = parseHTML(html);
    const result = new Readability(document as unknown as Document).parse();
    if (!result?.content) return undefined;
    const text = htmlToText(result.content);
    if (text.trim() === '') return undefined;
    return { text, title: result.title ?? undefined, publishedTime: result.publishedTime ?? undefined };
  } catch {
    // Readability or the DOM gave up on this page (e.g. recursion depth): the streaming extractor still works.
    return undefined;
  }
}

export function parseHtmlArticle(html: string, ctx: ReaderContext): Article {
  const scan = scanHtml(html, { dropBoilerplate: true });
  let main: MainText = { text: scan.text, extractor: 'streaming' };
  if (scan.maxDepth <= MAX_READABILITY_DEPTH && html.length <= MAX_READABILITY_BYTES) {
    const r = readabilityText(html);
    if (r) main = { ...r, extractor: 'readability' };
  }
  const place = { file: ctx.file };
  let date: string | undefined;
  if (scan.date) {
    date = parseArticleDate(scan.date.value);
    if (date === undefined && !ctx.options.date) {
      throw new ReadError(
        `invalid date "${scan.date.value}" in the page's ${scan.date.from}`,
        ctx.file,
        undefined,
        'date',
      );
    }
  }
  date ??= main.publishedTime ? parseArticleDate(main.publishedTime) : undefined;
  if (date === undefined && !ctx.options.date) {
    throw new ReadError(
      'no publication date in the page (meta article:published_time, <time datetime>, ...): pass --date',
      ctx.file,
      undefined,
      'date',
    );
  }
  return finishArticle(
    {
      date,
      text: main.text,
      title: scan.metaTitle ?? main.title ?? scan.docTitle,
      url: scan.url,
      source: scan.siteName,
      meta: { extractor: main.extractor, ...(scan.date ? { dateFrom: scan.date.from } : {}) },
    },
    place,
    ctx.options,
  );
}
