/**
 * Nests an article's highlights (entity mentions, quotes, time expressions, event triggers) into a tree of
 * non-crossing spans for `<mark>` elements: a span inside another becomes its child; one that starts inside another
 * and runs past its end is cut at that end (HTML elements cannot cross). Pure, so it is tested without a browser.
 */
export type HighlightKind = 'quote' | 'entity' | 'time' | 'event';

export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
  /** Entity type (PERSON, ORG ...), time type, quote type or PLOVER type: colors and the legend. */
  type: string;
  /** Element id, the target of a link to the span (#e-…). */
  id: string;
  /** Hover details. */
  title: string;
}

export interface SpanNode {
  start: number;
  end: number;
  mark?: Highlight;
  children: SpanNode[];
}

/** Outer kinds first when two spans start and end together. */
const ORDER: Record<HighlightKind, number> = { quote: 0, entity: 1, time: 2, event: 3 };

export function nestHighlights(length: number, highlights: Highlight[]): SpanNode {
  const root: SpanNode = { start: 0, end: length, children: [] };
  const sorted = highlights
    .filter((h) => Number.isInteger(h.start) && Number.isInteger(h.end) && h.start >= 0 && h.end <= length)
    .filter((h) => h.start < h.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || ORDER[a.kind] - ORDER[b.kind]);
  const stack: SpanNode[] = [root];
  for (const h of sorted) {
    while (stack.length > 1 && stack[stack.length - 1].end <= h.start) stack.pop();
    const parent = stack[stack.length - 1];
    const end = Math.min(h.end, parent.end);
    if (end <= h.start) continue;
    const node: SpanNode = { start: h.start, end, mark: h, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

/** Plain pieces between a node's children: [text before child 0, child 0, text, child 1, ..., text after]. */
export function walk<T>(
  text: string,
  node: SpanNode,
  onText: (s: string) => T,
  onMark: (n: SpanNode, inner: T[]) => T,
): T[] {
  const out: T[] = [];
  let at = node.start;
  for (const child of node.children) {
    if (child.start > at) out.push(onText(text.slice(at, child.start)));
    out.push(onMark(child, walk(text, child, onText, onMark)));
    at = child.end;
  }
  if (node.end > at) out.push(onText(text.slice(at, node.end)));
  return out;
}
