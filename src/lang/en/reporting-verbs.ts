/** Verbs of a reported statement: "the defence secretary has said", "X said at a press conference". */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'warned',
  'insisted',
  'announced',
  'claimed',
]);
