import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPipeline } from '../../src/pipeline.js';
import type { Doc } from '../../src/model/doc.js';
import type { Dictionaries } from '../../src/model/options.js';
import {
  matchActors,
  matchTitle,
  codeForCountryName,
  countryOfDemonym,
  sectorOfTitle,
  sectorOfAgent,
  composeActorCode,
  splitActorCode,
  type ActorMatch,
} from '../../src/entities/actors/index.js';

function docOf(text: string): Doc {
  return runPipeline({ id: 't', date: '2024-03-01', text, meta: {} }, { until: 'text' });
}

/** [surface, kind, code] of every match, in order. */
function found(text: string, dicts?: Partial<Dictionaries>): [string, string, string][] {
  const doc = docOf(text);
  return matchActors(doc, dicts).map((m: ActorMatch) => [text.slice(m.start, m.end), m.kind, m.code]);
}

function codeOf(text: string, surface: string, dicts?: Partial<Dictionaries>): string | undefined {
  return found(text, dicts).find(([s]) => s === surface)?.[2];
}

test('country names, including everyday and official forms', () => {
  const text = 'Ministers from India, the United States, Britain and the Republic of Korea met; America abstained.';
  const f = found(text);
  assert.deepEqual(
    f.filter(([, k]) => k === 'country').map(([s, , c]) => [s, c]),
    [
      ['India', 'IND'],
      ['United States', 'USA'],
      ['Britain', 'GBR'],
      ['Republic of Korea', 'KOR'],
      ['America', 'USA'],
    ],
  );
});

test('demonyms (singular and plural) carry the country', () => {
  const f = found('Pakistani and Afghan negotiators met Americans and Israelis in Doha.');
  assert.deepEqual(
    f.filter(([, k]) => k === 'demonym').map(([s, , c]) => [s, c]),
    [
      ['Pakistani', 'PAK'],
      ['Afghan', 'AFG'],
      ['Americans', 'USA'],
      ['Israelis', 'ISR'],
    ],
  );
});

test('capitals as metonyms', () => {
  const f = found('Washington urged New Delhi and Islamabad to talk, while Moscow stayed quiet.');
  assert.deepEqual(
    f.filter(([, k]) => k === 'capital').map(([s, , c]) => [s, c]),
    [
      ['Washington', 'USA'],
      ['New Delhi', 'IND'],
      ['Islamabad', 'PAK'],
      ['Moscow', 'RUS'],
    ],
  );
});

test('institutions and IGOs', () => {
  const text =
    'The White House, the State Department, the Pentagon and the Kremlin commented, as did the UN, NATO and the European Union.';
  const f = found(text);
  const get = (s: string) => f.find(([x]) => x === s);
  assert.deepEqual(get('White House'), ['White House', 'institution', 'USAGOV']);
  assert.deepEqual(get('State Department'), ['State Department', 'institution', 'USAGOV']);
  assert.deepEqual(get('Pentagon'), ['Pentagon', 'institution', 'USAMIL']);
  assert.deepEqual(get('Kremlin'), ['Kremlin', 'institution', 'RUSGOV']);
  assert.equal(get('UN')?.[1], 'igo');
  assert.ok(get('UN')?.[2].startsWith('IGO'));
  assert.equal(get('NATO')?.[1], 'igo');
  assert.equal(get('European Union')?.[1], 'igo');
});

test('agents: sector nouns without a country', () => {
  const text =
    'Police detained two rebels after troops and militants clashed; the court and the ministry said nothing.';
  const f = found(text);
  const sector = (s: string) => f.find(([x]) => x === s);
  assert.deepEqual(sector('Police'), ['Police', 'agent', 'COP']);
  assert.deepEqual(sector('rebels'), ['rebels', 'agent', 'REB']);
  assert.deepEqual(sector('troops'), ['troops', 'agent', 'MIL']);
  assert.equal(sector('court')?.[2], 'JUD');
  assert.equal(sector('ministry')?.[2], 'GOV');
  assert.ok(sector('militants'), 'militants is a sector noun');
});

test('titles before names: demonym + title, minister titles, institution + title', () => {
  const text =
    'Pakistani Prime Minister Nadia Karim met External Affairs Minister R. Varma. White House spokesperson Ola Berg and national security adviser Tim Lo listened, as did Gen. Omar Said.';
  const f = found(text);
  const i = f.findIndex(([s]) => s === 'Pakistani');
  assert.deepEqual(f[i], ['Pakistani', 'demonym', 'PAK']);
  assert.deepEqual(f[i + 1], ['Prime Minister', 'title', 'GOV']);
  assert.deepEqual(
    f.find(([s]) => s === 'External Affairs Minister'),
    ['External Affairs Minister', 'title', 'GOV'],
  );
  const w = f.findIndex(([s]) => s === 'White House');
  assert.deepEqual(f[w + 1], ['spokesperson', 'title', '']);
  assert.deepEqual(
    f.find(([s]) => s === 'national security adviser'),
    ['national security adviser', 'title', 'GOV'],
  );
  assert.deepEqual(
    f.find(([s]) => s === 'Gen.'),
    ['Gen.', 'title', 'MIL'],
  );
});

test('the title right before a name ends where the name starts', () => {
  const text = 'Secretary of State Lia Moss spoke.';
  const doc = docOf(text);
  const t = matchTitle(doc, 0);
  assert.ok(t);
  assert.equal(text.slice(t.start, t.end), 'Secretary of State');
  assert.equal(t.sector, 'GOV');
  assert.equal(matchTitle(doc, 4), null); // "Moss"
});

test('case: "US" is a country, "us" is not; lower-case agents match in any case', () => {
  assert.equal(codeOf('He told us that US troops left.', 'US'), 'USA');
  assert.equal(
    found('He told us that.').some(([s]) => s === 'us'),
    false,
  );
  assert.equal(codeOf('POLICE said so.', 'POLICE'), 'COP');
  // A lower-case common word is not a place; the capitalized name is.
  assert.equal(found('they will chad the ballot').length, 0);
  assert.equal(codeOf('Troops entered Chad.', 'Chad'), 'TCD');
});

test('longest match wins, left to right', () => {
  const f = found('New Delhi and the United Arab Emirates agreed.');
  assert.deepEqual(
    f.map(([s]) => s),
    ['New Delhi', 'United Arab Emirates'],
  );
  assert.equal(f[1][2], 'ARE');
  const g = found('Secretary of State Rubio called.');
  assert.equal(g[0][0], 'Secretary of State');
});

test('hyphenated tokens yield their country parts', () => {
  const f = found('A Pakistan-based group and the US-led coalition discussed India-China ties.');
  assert.deepEqual(
    f.filter(([, k]) => k === 'country').map(([s, , c]) => [s, c]),
    [
      ['Pakistan', 'PAK'],
      ['US', 'USA'],
      ['India', 'IND'],
      ['China', 'CHN'],
    ],
  );
});

test('offsets point into the text', () => {
  const text = 'Officials in Islamabad said.';
  const doc = docOf(text);
  for (const m of matchActors(doc)) {
    assert.equal(text.slice(m.start, m.end), text.slice(doc.tokens.start[m.tokStart], doc.tokens.end[m.tokEnd - 1]));
    assert.ok(m.rule.startsWith('actors:'));
  }
});

test('user dictionaries add actors and agents and win ties', () => {
  const dicts: Partial<Dictionaries> = {
    actors: [
      {
        names: ['MINAS_TIRITH', 'Gondor'],
        code: 'GON',
        country: 'GON',
        sector: null,
        type: 'GPE',
        origin: 'mine.actors:3',
      },
    ],
    agents: [
      { terms: ['rangers'], sector: 'MIL', origin: 'mine.agents:1' },
      { terms: ['police'], sector: 'SPY', origin: 'mine.agents:2' },
    ],
  };
  const text = 'Rangers from Minas Tirith and Gondor met the police.';
  const f = found(text, dicts);
  assert.deepEqual(
    f.find(([s]) => s === 'Minas Tirith'),
    ['Minas Tirith', 'country', 'GON'],
  );
  assert.deepEqual(
    f.find(([s]) => s === 'Rangers'),
    ['Rangers', 'agent', 'MIL'],
  );
  assert.equal(f.find(([s]) => s === 'police')?.[2], 'SPY');
  // Without the dictionaries, the built-in reading comes back (separate cache per dictionaries object).
  assert.equal(codeOf(text, 'police'), 'COP');
  assert.equal(codeOf(text, 'Gondor'), undefined);
  const doc = docOf(text);
  assert.ok(matchActors(doc, dicts)[0].rule.includes('mine.'));
});

test('helpers: names, demonyms, titles, agents and code composition', () => {
  assert.equal(codeForCountryName('the United States'), 'USA');
  assert.equal(codeForCountryName('Britain'), 'GBR');
  assert.equal(codeForCountryName('Narnia'), null);
  assert.equal(countryOfDemonym('Pakistani'), 'PAK');
  assert.equal(countryOfDemonym('Indian'), 'IND');
  assert.equal(sectorOfTitle('Prime Minister'), 'GOV');
  assert.equal(sectorOfTitle('General'), 'MIL');
  assert.equal(sectorOfTitle('spokesperson'), null);
  assert.equal(sectorOfTitle('banana'), undefined);
  assert.equal(sectorOfAgent('police'), 'COP');
  assert.equal(composeActorCode('IND', 'GOV'), 'INDGOV');
  assert.equal(composeActorCode(null, 'COP'), 'COP');
  assert.deepEqual(splitActorCode('USAGOVLEG'), { country: 'USA', sector: 'GOV' });
  assert.deepEqual(splitActorCode('IGOUNO'), { country: null, sector: 'IGO' });
  assert.deepEqual(splitActorCode('COP'), { country: null, sector: 'COP' });
});
