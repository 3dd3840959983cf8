/**
 * Nouns of events that a name or a date may modify: "the Pahalgam attack", "the Mumbai blasts", "the 5 May
 * summit"; and the words that may stand between the modifier and the noun ("the Mumbai terror attack").
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'attack',
  'attacks',
  'bombing',
  'bombings',
  'blast',
  'blasts',
  'massacre',
  'shooting',
  'earthquake',
  'flood',
  'floods',
  'siege',
  'raid',
  'strike',
  'strikes',
  'clashes',
  'riots',
  'protests',
  'summit',
  'accord',
  'agreement',
  'talks',
]);

export const EVENT_NOUN_MODIFIERS: ReadonlySet<string> = new Set([
  'terrorist',
  'terror',
  'militant',
  'suicide',
  'bomb',
  'gun',
  'peace',
  'border',
]);
