/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom files: one article per item/entry, parsed with fast-xml-parser.
 * Item bodies are usually HTML (escaped or CDATA); they go through the streaming HTML text extractor.
 * A bad item (no text, bad date) is reported with its number and the other items still go through.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Article } from '../model/doc.js';
import { ReadError } from './errors.js';
import { finishArticle } from './article.js';
import { htmlToText } from './html-text.js';
import { MAX_XML_DEPTH } from './limits.js';
import type { ReaderContext } from './context.js';
import { looksLikeFeed } from './formats.js';

type Node = Record<string, unknown>;

const ITEM_TAGS = new Set(['item', 'entry']);
const BODY_FIELDS = ['content:encoded', 'content', 'description', 'summary', 'atom:content', 'atom:summary'];
const DATE_FIELDS = ['pubDate', 'published', 'dc:date', 'updated', 'atom:published', 'atom:updated', 'dcterms:created'];

/** Text of a parsed XML value: a string, a text node, or (Atom type="xhtml") nested elements. */
function textOf(v: unknown, depth = 0): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map((x) => textOf(x, depth + 1)).join(' ');
  if (typeof v === 'object' && depth <= MAX_XML_DEPTH) {
    const o = v as Node;
    if ('#text' in o) return textOf(o['#text'], depth + 1);
    return Object.entries(o)
      .filter(([k]) => !k.startsWith('@_'))
      .map(([, x]) => textOf(x, depth + 1))
      .join('\n\n');
  }
  return '';
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

/** An Atom <link href=...> (rel="alternate" or none) or an RSS <link>text</link>. */
function linkOf(v: unknown): string | undefined {
  const links = Array.isArray(v) ? v : v === undefined ? [] : [v];
  for (const l of links) {
    if (typeof l === 'string') return l;
    if (l && typeof l === 'object') {
      const o = l as Node;
      if (typeof o['@_href'] === 'string' && (o['@_rel'] === undefined || o['@_rel'] === 'alternate'))
        return o['@_href'];
      if (typeof o['#text'] === 'string') return o['#text'];
    }
  }
  return undefined;
}

function findItems(root: Node): { items: Node[]; channelTitle?: string } {
  const rss = root.rss as Node | undefined;
  const channel = (first(rss?.channel) ?? undefined) as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  const feed = root.feed as Node | undefined;
  const container = channel ?? feed;
  const list = (channel?.item ?? rdf?.item ?? feed?.entry ?? []) as unknown;
  const items = (Array.isArray(list) ? list : [list]).filter((x): x is Node => !!x && typeof x === 'object');
  const channelTitle = textOf((container ?? (first(rdf?.channel) as Node | undefined))?.title).trim() || undefined;
  return { items, ...(channelTitle ? { channelTitle } : {}) };
}

/** An HTML page (a doctype or <html> root), which sites often serve where a feed was expected. */
const HTML_PAGE = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

/** True when a document's start is an HTML page and not a feed. */
export function isHtmlPage(head: string): boolean {
  return !looksLikeFeed(head) && HTML_PAGE.test(head);
}

export function* parseFeedArticles(xml: string, ctx: ReaderContext): Generator<Article> {
  if (isHtmlPage(xml.slice(0, 4096))) {
    throw new ReadError('this is an HTML page, not a feed (to read the page itself: --input html)', ctx.file);
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ReadError(`malformed XML: ${valid.err.msg}`, ctx.file, valid.err.line);
  let root: Node;
  try {
    root = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      htmlEntities: true,
      maxNestedTags: MAX_XML_DEPTH,
      isArray: (name) => ITEM_TAGS.has(name),
    }).parse(xml) as Node;
  } catch (err) {
    throw new ReadError(
      `cannot read the feed: ${err instanceof Error ? err.message : String(err)} (limit: ${MAX_XML_DEPTH} nested tags)`,
      ctx.file,
    );
  }
  if (!root.rss && !root.feed && !root['rdf:RDF'])
    throw new ReadError('not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)', ctx.file);
  const { items, channelTitle } = findItems(root);
  if (items.length === 0) throw new ReadError('the feed has no items', ctx.file);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const place = { file: ctx.file, record: i + 1 };
    try {
      const bodyField = BODY_FIELDS.find((f) => textOf(item[f]).trim() !== '');
      if (bodyField === undefined)
        throw new ReadError(
          'item has no text (no description, content or summary)',
          ctx.file,
          undefined,
          'description',
          i + 1,
        );
      const dateField = DATE_FIELDS.find((f) => textOf(item[f]).trim() !== '');
      const guid = textOf(first(item.guid) ?? first(item.id)).trim();
      yield finishArticle(
        {
          id: guid || undefined,
          date: dateField ? textOf(item[dateField]) : undefined,
          text: htmlToText(textOf(item[bodyField])),
          title: htmlToText(textOf(item.title)),
          url: linkOf(item.link),
          source: channelTitle,
          meta: {},
        },
        place,
        ctx.options,
      );
    } catch (err) {
      if (!(err instanceof ReadError)) throw err;
      ctx.report(err);
    }
  }
}
