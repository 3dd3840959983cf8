/** Abbreviations that keep their period (lower-cased, without the period). */
import { MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS } from '../lang/en/index.js';

/** Titles and other abbreviations that never end a sentence: the next word belongs to them. */
export const TITLE_ABBREVS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig',
  'gov', 'sen', 'rep', 'reps', 'sens', 'pres', 'amb', 'hon', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'messrs',
  'supt', 'insp', 'det', 'atty', 'gens', 'lt.col', 'no', 'nos', 'vs', 'v', 'cf', 'approx', 'dept', 'fig', 'ave',
]);

/** Abbreviations that may end a sentence when the next token clearly starts one. */
export const OTHER_ABBREVS = new Set([
  ...MONTH_ABBREVIATIONS.keys(), ...WEEKDAY_ABBREVIATIONS.keys(),
  'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'bros', 'cos', 'etc', 'al', 'est', 'ie', 'eg', 'ca', 'pct',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis',
  'wyo', 'no', 'am', 'pm', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u',
]);

/** Words that, capitalized after an ambiguous abbreviation ("... the U.S. The ..."), signal a new sentence. */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but', 'and',
  'in', 'on', 'at', 'for', 'however', 'meanwhile', 'there', 'his', 'her', 'its', 'their', 'our', 'if', 'when',
  'while', 'after', 'before', 'as', 'some', 'many', 'most', 'officials', 'also', 'so', 'yet', 'still', 'asked',
]);
