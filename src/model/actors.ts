/** Actor mentions found by the actor lexicon (src/entities/actors), kept on the Doc for later stages. */

export type ActorKind =
  'country' | 'demonym' | 'capital' | 'city' | 'institution' | 'igo' | 'agent' | 'title' | 'person' | 'org';

export interface ActorMatch {
  tokStart: number;
  /** Exclusive. */
  tokEnd: number;
  start: number;
  end: number;
  kind: ActorKind;
  /** Full CAMEO code ("IND", "USAGOV", "IGOUNO"); for an agent or title without a country
   * its sector ("COP"); "" when none. */
  code: string;
  country: string | null;
  sector: string | null;
  /** Canonical name: the country's name for countries and demonyms, the title's or institution's main name. */
  name: string;
  rule: string;
  /** Set when a dated entry gave another code than its current one for the article's date. */
  dated?: true;
}
