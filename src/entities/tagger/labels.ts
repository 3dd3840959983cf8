/** Entity types and the label sets (BIO or BILOU) the tagger can predict; output is always BIO. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export function typeIndex(type: string): number {
  return (ENTITY_TYPES as readonly string[]).indexOf(type);
}

export type Scheme = 'BIO' | 'BILOU';

/** Label 0 is O; then the scheme's prefixes for each type in ENTITY_TYPES order. */
export function labelSet(scheme: Scheme): string[] {
  const prefixes = scheme === 'BIO' ? ['B', 'I'] : ['B', 'I', 'L', 'U'];
  return ['O', ...ENTITY_TYPES.flatMap((t) => prefixes.map((p) => `${p}-${t}`))];
}

/** The BIO labels tagWords() returns. */
export const LABELS: string[] = labelSet('BIO');

export function labelIndex(label: string, labels: string[] = LABELS): number {
  const i = labels.indexOf(label);
  if (i < 0) throw new Error(`unknown NER label "${label}"`);
  return i;
}

/**
 * May `cur` follow `prev` (-1 = sentence start)? BIO: I-X only continues B-X or I-X.
 * BILOU: after B-X/I-X only I-X or L-X; I-X/L-X only after B-X/I-X.
 */
export function allowedTransition(prev: number, cur: number, labels: string[] = LABELS): boolean {
  const c = labels[cur];
  const p = prev < 0 ? 'O' : labels[prev];
  if (labels.length > LABELS.length) {
    const open = p[0] === 'B' || p[0] === 'I';
    const continues = c[0] === 'I' || c[0] === 'L';
    if (open) return continues && c.slice(2) === p.slice(2);
    return !continues;
  }
  if (c[0] !== 'I') return true;
  return p !== 'O' && p.slice(2) === c.slice(2);
}

/** BIO tags -> BILOU tags. */
export function bioToBilou(tags: string[]): string[] {
  return tags.map((t, i) => {
    if (t === 'O') return t;
    const type = t.slice(2);
    const last = tags[i + 1] !== `I-${type}`;
    if (t[0] === 'B') return last ? `U-${type}` : t;
    return last ? `L-${type}` : t;
  });
}

/** Any scheme's label -> its BIO form (L- -> I-, U- -> B-). */
export function toBioLabel(label: string): string {
  if (label[0] === 'L') return `I-${label.slice(2)}`;
  if (label[0] === 'U') return `B-${label.slice(2)}`;
  return label;
}
