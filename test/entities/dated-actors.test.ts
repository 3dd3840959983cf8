/**
 * Dated actors and titles: the shipped table's date ranges code a person for the article's date; titles before or
 * after the name, "former"/"then-"/"ex-" and appositions set role and country; each code says where it came from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';
import { codeOnDate, dayNumber, formatRanges, parseRanges } from '../../src/entities/actors/dated.js';

function actorOf(text: string, date: string, name: string) {
  const a = analyze({ id: 't', date, text });
  return a.entities.find((e) => e.name === name)?.actor ?? null;
}

test('ranges: the first range holding the day, else the undated default, else the country elite', () => {
  const r = parseRanges('GBRELI 19710101-19970502|GBRGOV 19970502-20070627|GBRELI');
  assert.equal(formatRanges(r), 'GBRELI 19710101-19970502|GBRGOV 19970502-20070627|GBRELI');
  assert.equal(codeOnDate(r, dayNumber('2005-03-01'), 'GBRELI', true), 'GBRGOV');
  assert.equal(codeOnDate(r, dayNumber('2019-03-01T10:00:00Z'), 'GBRELI', true), 'GBRELI');
  const noDefault = parseRanges('GBRGOV 20030101-20070630|GBRGOVJUD 20070701-20081031');
  assert.equal(codeOnDate(noDefault, 20190301, 'GBRGOVJUD', true), 'GBRELI');
  assert.equal(codeOnDate(noDefault, 20190301, 'GBRGOVJUD', false), null);
  assert.equal(codeOnDate(noDefault, 0, 'GBRGOVJUD', true), 'GBRGOVJUD');
  assert.equal(codeOnDate(parseRanges('IGOEUREEC 20040101-20091231'), 20190301, 'IGOEUREEC', true), null);
});

test('a person of the Phoenix lists is coded for the article date', () => {
  const text = 'Tony Blair met reporters in London.';
  assert.deepEqual(actorOf(text, '2005-03-01', 'Tony Blair'), {
    code: 'GBRGOV',
    country: 'GBR',
    sector: 'GOV',
    source: 'dictionary',
  });
  assert.equal(actorOf(text, '2019-03-01', 'Tony Blair')?.code, 'GBRELI');
});

test('titles: before the name with a comma, former / then- / ex-, and an office after "at"', () => {
  const text =
    'The Moldovan foreign minister, Petru Vasilache, met former minister Ion Rusu. ' +
    'Then-Secretary of State Dora Kell and Ana Popa, who serves as a minister at the Foreign Office, spoke.';
  const date = '2031-01-01';
  assert.deepEqual(actorOf(text, date, 'Petru Vasilache'), {
    code: 'MDAGOV',
    country: 'MDA',
    sector: 'GOV',
    source: 'title',
  });
  assert.equal(actorOf(text, date, 'Ion Rusu'), null); // ELI, but no country said
  assert.equal(actorOf(text, date, 'Dora Kell')?.code, 'USAELI');
  assert.equal(actorOf(text, date, 'Ana Popa')?.code, 'GBRGOV');
  const a = analyze({ id: 't', date, text });
  const rusu = a.entities.find((e) => e.name === 'Ion Rusu')!;
  assert.equal(rusu.roles[0]?.sector, 'ELI');
});

test('a title of another country or sector wins over the dictionary; a finer state sector stays', () => {
  assert.equal(actorOf('Former Prime Minister Tony Blair spoke.', '2005-03-01', 'Tony Blair')?.code, 'GBRELI');
  assert.equal(actorOf('Prime Minister Tony Blair spoke.', '2005-03-01', 'Tony Blair')?.source, 'dictionary');
});

test('"In the spring, the then secretary of state, X": an opening phrase\'s comma sets off no apposition', () => {
  const text = 'In the spring, the then secretary of state, Dora Kell, promised that the base would stay open.';
  assert.equal(actorOf(text, '2031-01-01', 'Dora Kell')?.code, 'USAELI');
});

test('role.igo-office: "X, the EU commissioner for trade," wins over a dictionary code of an office held before', () => {
  const text = 'Johannes Hahn, the EU commissioner for the budget, had the final word.';
  assert.equal(actorOf(text, '2019-03-14', 'Johannes Hahn')?.code, 'IGOEUREEC');
});

test('role.lead-title: the lead\'s unnamed "home secretary has said" is the next sentence\'s "X said"', () => {
  const lead = 'Britons who fight abroad are a legitimate target, the home secretary has said. ';
  const named = `${lead}Fighters were at risk every hour, Alan Rusk said at a press conference.`;
  assert.equal(actorOf(named, '2017-10-12', 'Alan Rusk')?.code, 'GBRGOV');
  // Not a person who makes no statement.
  assert.equal(actorOf(`${lead}Alan Rusk, 34, was arrested in Leeds.`, '2017-10-12', 'Alan Rusk'), null);
});
