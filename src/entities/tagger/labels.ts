/** Entity types and the BIO label set the tagger predicts. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export function typeIndex(type: string): number {
  return (ENTITY_TYPES as readonly string[]).indexOf(type);
}

/** Label 0 is O; then B-type, I-type for each type in ENTITY_TYPES order. */
export const LABELS: string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

export function labelIndex(label: string): number {
  const i = LABELS.indexOf(label);
  if (i < 0) throw new Error(`unknown NER label "${label}"`);
  return i;
}

/** May label `cur` follow label `prev` (-1 = sentence start)? I-X only continues B-X or I-X. */
export function allowedTransition(prev: number, cur: number): boolean {
  const l = LABELS[cur];
  if (l[0] !== 'I') return true;
  if (prev < 0) return false;
  const p = LABELS[prev];
  return p !== 'O' && p.slice(2) === l.slice(2);
}
