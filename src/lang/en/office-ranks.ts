/** Words that make a lower office of a title: a deputy mayor is not the mayor. */
export const OFFICE_RANKS: ReadonlySet<string> = new Set([
  'deputy',
  'vice',
  'assistant',
  'associate',
  'acting',
  'shadow',
  'junior',
  'under',
  'lieutenant',
]);
