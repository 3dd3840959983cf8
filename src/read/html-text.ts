/**
 * One streaming pass over HTML (htmlparser2's SAX parser, no DOM, no recursion): visible text with paragraph
 * breaks, the page's metadata (title, date, canonical URL, site name from meta tags) and its nesting depth.
 * Linear in the input, so it is also the safe fallback for pages too deep or too big for Readability.
 */
import { Parser } from 'htmlparser2';

/** Elements whose content is never article text. */
const NEVER_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'head',
  'select',
  'button',
]);
/** Page furniture dropped when reading a whole page (not when converting an article body or a feed item). */
const BOILERPLATE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
/** Elements that end a paragraph of text. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'blockquote',
  'pre',
  'hr',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'fieldset',
  'legend',
  'body',
  'html',
]);

/** Meta tags that carry the publication date, best first. */
const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'dcterms.issued',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'og:updated_time',
  'article:modified_time',
  'datemodified',
];
const DATE_RANK = new Map(DATE_META.map((name, i) => [name, i]));

export interface HtmlScan {
  /** Visible text, paragraphs separated by a blank line. */
  text: string;
  /** og:title / twitter:title / headline meta tag. */
  metaTitle?: string;
  /** The <title> element (often with the site name appended). */
  docTitle?: string;
  /** The best publication-date candidate and where it came from (e.g. `meta article:published_time`). */
  date?: { value: string; from: string };
  url?: string;
  siteName?: string;
  /** Deepest element nesting seen. */
  maxDepth: number;
}

export interface ScanOptions {
  /** Drop nav/header/footer/aside/forms (reading a whole page without Readability). */
  dropBoilerplate?: boolean;
}

/** Collects text into paragraphs: whitespace collapsed, blocks separated by "\n\n", <br> by "\n". */
class TextBuilder {
  private out = '';
  private pieces: string[] = [];
  private pendingSep = '';

  add(text: string): void {
    this.pieces.push(text);
  }

  /** End the current run of text; `sep` is the break that follows it ("\n" or "\n\n"). */
  break(sep: '\n' | '\n\n'): void {
    const t = this.pieces.join('').replace(/\s+/g, ' ').trim();
    this.pieces = [];
    if (t !== '') {
      if (this.out !== '') this.out += this.pendingSep || ' ';
      this.out += t;
      this.pendingSep = '';
    }
    if (this.out !== '' && sep.length > this.pendingSep.length) this.pendingSep = sep;
  }

  finish(): string {
    this.break('\n\n');
    return this.out;
  }
}

export function scanHtml(html: string, options: ScanOptions = {}): HtmlScan {
  const text = new TextBuilder();
  let metaTitle: string | undefined;
  let docTitle: string | undefined;
  let date: { value: string; from: string; rank: number } | undefined;
  let url: string | undefined;
  let siteName: string | undefined;
  let depth = 0;
  let maxDepth = 0;
  let skip = 0;
  let inTitle = false;
  let titleText = '';
  let inJsonLd = false;
  let jsonLd = '';

  const offerDate = (value: string | undefined, from: string, rank: number): void => {
    if (value && value.trim() && (date === undefined || rank < date.rank)) date = { value: value.trim(), from, rank };
  };
  const skips = (name: string): boolean =>
    NEVER_TEXT.has(name) || (options.dropBoilerplate === true && BOILERPLATE.has(name));

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        depth++;
        if (depth > maxDepth) maxDepth = depth;
        if (name === 'title' && !inTitle) {
          inTitle = true;
          titleText = '';
        } else if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          const content = attrs.content ?? attrs.datetime;
          if (key === 'og:title' || key === 'twitter:title' || key === 'headline') metaTitle ??= content;
          else if (key === 'og:url') url ??= content;
          else if (key === 'og:site_name') siteName ??= content;
          else if (DATE_RANK.has(key)) offerDate(content, `meta ${key}`, DATE_RANK.get(key)!);
        } else if (name === 'link' && (attrs.rel ?? '').toLowerCase() === 'canonical') url = attrs.href ?? url;
        else if (name === 'time' && attrs.datetime) offerDate(attrs.datetime, 'time datetime', DATE_META.length + 1);
        else if (name === 'script' && (attrs.type ?? '').toLowerCase() === 'application/ld+json') {
          inJsonLd = true;
          jsonLd = '';
        }
        if (skips(name)) skip++;
        else if (name === 'br') text.break('\n');
        else if (BLOCKS.has(name)) text.break('\n\n');
      },
      ontext(data) {
        if (inTitle) titleText += data;
        else if (inJsonLd) jsonLd += data;
        if (skip === 0) text.add(data);
      },
      onclosetag(name) {
        depth--;
        if (name === 'title' && inTitle) {
          inTitle = false;
          docTitle ??= titleText;
        } else if (name === 'script' && inJsonLd) {
          inJsonLd = false;
          const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(jsonLd);
          if (m) offerDate(m[1], 'JSON-LD datePublished', DATE_RANK.get('datepublished')!);
        }
        if (skips(name)) skip = Math.max(0, skip - 1);
        else if (BLOCKS.has(name)) text.break('\n\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);

  return {
    text: text.finish(),
    maxDepth,
    ...(metaTitle?.trim() ? { metaTitle: metaTitle.trim() } : {}),
    ...(docTitle?.trim() ? { docTitle: docTitle.trim() } : {}),
    ...(date !== undefined ? { date: { value: date.value, from: date.from } } : {}),
    ...(url ? { url } : {}),
    ...(siteName ? { siteName } : {}),
  };
}

/** Visible text of an HTML fragment (an article body, a feed item's description), paragraphs kept. */
export function htmlToText(html: string): string {
  return scanHtml(html).text;
}
