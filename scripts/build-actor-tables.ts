/**
 * Builds data/actors.txt: the actor lexicon the matcher loads (src/entities/actors/lexicon.ts).
 * Sources: the world-countries package (names, alt spellings, demonyms, capitals), ../shared/gazetteers
 * (CountryInfo.120116.txt: nationality adjectives, capitals, major cities; Phoenix.Countries/International/
 * MilNonState .actors: places, institutions, IGOs, armed groups, leaders; Phoenix.agents + PLOVER_agents:
 * sector nouns) and the hand-written facts in scripts/actor-facts.ts (titles, portfolios, institutions, IGOs).
 * A word list from the BBC corpus marks names that are also common lower-case words ("Chad" stays, "Us" not).
 *
 * Row format: [surface, flags, code, name?, ranges?] with ranges a person's dated codes (src/entities/actors/dated.ts)
 * and flags = kind letter + case letter + source letter
 * (see KIND_LETTERS in src/entities/actors/lexicon.ts); name is omitted when it equals the surface.
 * Rows are stored grouped by their first token, sorted by surface within a group: see formatActorTable in
 * src/entities/actors/lexicon.ts for the file layout.
 * Rerun: node --import tsx scripts/build-actor-tables.ts
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'world-countries';
import { sharedPath, dataPath } from '../src/data-path.js';
import {
  parseActorsText,
  parseAgentsText,
  currentCode,
  type ActorRecord,
  type DatedCode,
} from '../src/dictionaries/petrarch.js';
import { formatRanges } from '../src/entities/actors/dated.js';
import { SECTORS, splitActorCode } from '../src/entities/actors/codes.js';
import {
  ACTOR_TABLE_FILE,
  ACTOR_TABLE_VERSION,
  formatActorTable,
  surfaceTokens,
  type TableRow,
} from '../src/entities/actors/lexicon.js';
import { AGENTS, INSTITUTIONS, PORTFOLIOS, TITLES } from './actor-facts.js';
import { NAME_FUNCTION_WORDS } from '../src/entities/actors/name-words.js';

type Kind = 'country' | 'demonym' | 'capital' | 'city' | 'institution' | 'igo' | 'agent' | 'title' | 'person' | 'org';
type CaseMode = 'A' | 'P' | 'C' | 'W';
const KIND_LETTER: Record<Kind, string> = {
  country: 'c',
  demonym: 'd',
  capital: 'k',
  city: 'y',
  institution: 'i',
  igo: 'g',
  agent: 'a',
  title: 't',
  person: 'n',
  org: 'o',
};
const SOURCE_LETTER = { 'world-countries': 'w', countryinfo: 'i', phoenix: 'x', plover: 'l', facts: 'f' } as const;
type Source = keyof typeof SOURCE_LETTER;

/** Lower priority number wins when one surface has several readings of proper kinds. */
const PRIORITY: Record<Kind, number> = {
  country: 0,
  demonym: 1,
  igo: 2,
  institution: 2,
  capital: 3,
  org: 4,
  person: 5,
  city: 6,
  title: 0,
  agent: 1,
};

interface Row {
  surface: string;
  kind: Kind;
  code: string;
  name: string;
  caseMode: CaseMode;
  source: Source;
  /** A person's dated codes (formatRanges), when the record has any. */
  ranges?: string;
}
type AddRow = (s: string, k: Kind, c: string, n: string, src: Source, m?: CaseMode, ranges?: string) => void;

function titleCase(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(' ')
    .map((w, i) =>
      i > 0 && NAME_FUNCTION_WORDS.has(w)
        ? w
        : w.replace(/(^|[-'.(])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()),
    )
    .join(' ');
}

/** Phoenix names: "THE_UNITED_STATES" -> "United States"; leading "the" is not part of a name span. */
function cleanName(raw: string): string {
  return raw
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/i, '');
}

// ---- common lower-case words (from the BBC corpus) ----
function commonWords(): Set<string> {
  const lc = new Map<string, number>();
  const cap = new Map<string, number>();
  const root = sharedPath('corpora', 'bbc');
  for (const topic of readdirSync(root)) {
    let files: string[];
    try {
      files = readdirSync(join(root, topic));
    } catch {
      continue;
    }
    for (const f of files) {
      const text = readFileSync(join(root, topic, f), 'latin1');
      for (const m of text.matchAll(/(^|[^.!?"\s]\s+)([A-Za-z]+)/g)) {
        const w = m[2];
        const low = w.toLowerCase();
        if (w === low) lc.set(low, (lc.get(low) ?? 0) + 1);
        else cap.set(low, (cap.get(low) ?? 0) + 1);
      }
    }
  }
  const out = new Set<string>();
  for (const [w, n] of lc) if (n >= 3 && n >= (cap.get(w) ?? 0)) out.add(w);
  return out;
}

function main(): void {
  const common = commonWords();
  const rows: Row[] = [];
  const countryName = new Map<string, string>();
  const unMembers = new Set(countries.filter((c) => c.unMember).map((c) => c.cca3));
  const add: AddRow = (surface, kind, code, name, source, caseMode, ranges) => {
    const s = surface.replace(/\s+/g, ' ').trim().replace(/^the /i, ''); // "the" is never part of the span
    if (!s || s.length > 80) return;
    // One-word Phoenix names that news prose mostly writes lower-case (a common word, not a name).
    if (
      source === 'phoenix' &&
      (kind === 'org' || kind === 'institution' || kind === 'city') &&
      !s.includes(' ') &&
      common.has(s.toLowerCase())
    )
      return;
    rows.push({ surface: s, kind, code, name, source, caseMode: caseMode ?? caseFor(s, kind, common), ranges });
  };

  // ---- world-countries ----
  for (const c of countries) {
    const code = c.cca3;
    const name = c.name.common;
    countryName.set(code, name);
    add(name, 'country', code, name, 'world-countries');
    add(c.name.official, 'country', code, name, 'world-countries');
    for (const alt of c.altSpellings) {
      if (alt.length <= 2 && alt !== 'US' && alt !== 'UK') continue; // ISO-2 codes collide with words ("IN", "IT")
      add(alt, 'country', code, name, 'world-countries');
    }
    const dem = c.demonyms?.eng;
    if (dem) {
      for (const d of new Set([dem.m, dem.f])) {
        if (!d) continue;
        add(d, 'demonym', code, name, 'world-countries');
        if (/(an|i)$/.test(d)) add(d + 's', 'demonym', code, name, 'world-countries');
      }
    }
    for (const cap of c.capital ?? []) add(cap, 'capital', code, cap, 'world-countries');
  }
  // Everyday names the package lacks.
  const extraNames: [string, string][] = [
    ['America', 'USA'],
    ['the States', 'USA'],
    ['U.S.', 'USA'],
    ['U.S.A.', 'USA'],
    ['Britain', 'GBR'],
    ['Great Britain', 'GBR'],
    ['U.K.', 'GBR'],
    ['England', 'GBR'],
    ['Russia', 'RUS'],
    ['South Korea', 'KOR'],
    ['North Korea', 'PRK'],
    ['Iran', 'IRN'],
    ['Syria', 'SYR'],
    ['Vietnam', 'VNM'],
    ['Palestine', 'PSE'],
    ['Gaza', 'PSE'],
    ['West Bank', 'PSE'],
    ['Taiwan', 'TWN'],
    ['Burma', 'MMR'],
    ['Ivory Coast', 'CIV'],
    ['Czech Republic', 'CZE'],
    ['Congo', 'COD'],
    ['Bosnia', 'BIH'],
    ['Herzegovina', 'BIH'],
    ['DRC', 'COD'],
    ['UAE', 'ARE'],
    ['Holland', 'NLD'],
    ['Kosovo', 'XKX'],
  ];
  for (const [s, code] of extraNames) add(s, 'country', code, countryName.get(code) ?? s, 'facts');
  const extraDemonyms: [string, string][] = [
    ['British', 'GBR'],
    ['Briton', 'GBR'],
    ['Britons', 'GBR'],
    ['English', 'GBR'],
    ['Chinese', 'CHN'],
    ['Japanese', 'JPN'],
    ['French', 'FRA'],
    ['Dutch', 'NLD'],
    ['Swiss', 'CHE'],
    ['Iraqi', 'IRQ'],
    ['Israeli', 'ISR'],
    ['Palestinian', 'PSE'],
    ['Palestinians', 'PSE'],
    ['Saudi', 'SAU'],
    ['Saudis', 'SAU'],
    ['Emirati', 'ARE'],
    ['Afghan', 'AFG'],
    ['Afghans', 'AFG'],
    ['Filipino', 'PHL'],
    ['Kashmiri', 'IND'],
    ['Bangladeshi', 'BGD'],
    ['Kuwaiti', 'KWT'],
    ['Turkish', 'TUR'],
    ['Turks', 'TUR'],
    ['Spanish', 'ESP'],
    ['Portuguese', 'PRT'],
    ['Vietnamese', 'VNM'],
    ['Sri Lankan', 'LKA'],
    ['South Korean', 'KOR'],
    ['North Korean', 'PRK'],
    ['South African', 'ZAF'],
    ['New Zealander', 'NZL'],
    ['Welsh', 'GBR'],
    ['Scottish', 'GBR'],
    ['Irish', 'IRL'],
    ['Serb', 'SRB'],
    ['Serbs', 'SRB'],
    ['Congolese', 'COD'],
    ['Croat', 'HRV'],
    ['Croats', 'HRV'],
    ['Polish', 'POL'],
    ['Danish', 'DNK'],
    ['Swedish', 'SWE'],
    ['Finnish', 'FIN'],
  ];
  for (const [s, code] of extraDemonyms) add(s, 'demonym', code, countryName.get(code) ?? s, 'facts');

  // ---- CountryInfo: nationality adjectives (the first one of each country), capitals, major cities ----
  const ci = readFileSync(sharedPath('gazetteers', 'CountryInfo.120116.txt'), 'latin1');
  for (const block of ci.split('<Country>').slice(1)) {
    const code = /<ISO3166-alpha3>([A-Z]{3})</.exec(block)?.[1] ?? /<CountryCode>([A-Z]{3})</.exec(block)?.[1];
    if (!code) continue;
    const name = countryName.get(code) ?? titleCase(cleanName(/<CountryName>([^<]+)</.exec(block)?.[1] ?? code));
    if (!countryName.has(code)) countryName.set(code, name);
    const field = (tag: string): string[] => {
      const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block);
      if (!m) return [];
      return m[1]
        .split('\n')
        .map((l) => l.replace(/#.*/, '').trim())
        .filter(Boolean)
        .map(cleanName);
    };
    const nat = field('Nationality');
    if (nat[0] && !nat[0].includes(' ')) add(titleCase(nat[0]), 'demonym', code, name, 'countryinfo');
    for (const cap of field('Capital')) add(titleCase(cap), 'capital', code, titleCase(cap), 'countryinfo');
    for (const city of field('MajorCities')) add(titleCase(city), 'city', code, titleCase(city), 'countryinfo');
  }

  // ---- Phoenix actors ----
  const phoenix = (file: string): ActorRecord[] =>
    parseActorsText(readFileSync(sharedPath('gazetteers', 'petrarch2-dictionaries', file), 'utf8'), file, () => {});
  const knownNames = new Map<string, Kind>(); // lower-case surface -> kind, for classifying country-block synonyms
  for (const r of rows) if (!knownNames.has(r.surface.toLowerCase())) knownNames.set(r.surface.toLowerCase(), r.kind);
  for (const r of phoenix('Phoenix.Countries.actors.txt')) {
    const code = currentCode(r.codes);
    if (!code || !/^[A-Z]+$/.test(code)) continue;
    const dated = r.codes.some((c) => c.from > 0 || c.to > 0) || /countryinfo/i.test(r.comment);
    const parts = splitActorCode(code);
    if (dated) {
      datedRows(r.names, code, add, rangesOf(r.codes));
      continue;
    }
    // A long block under a country code with a place suffix is a territory ("USAPRI": Puerto Rico, its spellings and
    // demonyms); under a sector ("SYRGOV", "USASPY", "SYRREB") it is an actor's names, not places.
    const isCountryBlock =
      code.length === 3 ||
      (parts.country !== null && r.names.length > 8 && !(parts.sector && SECTORS.has(parts.sector)));
    if (!isCountryBlock && parts.sector && SECTORS.has(parts.sector) && r.names.length > 8) {
      const canonical = titleCase(cleanName(r.names[0]));
      // "BASHAR_AL-ASSAD +ASSAD +ASSAD_REGIME ...": a block headed by a person's full name.
      const headIsPerson = canonical.includes(' ') && !INSTITUTION_WORDS.test(canonical);
      for (const n of r.names) {
        const name = titleCase(cleanName(n));
        // An institution word makes an institution; a place or demonym word a place ("Iraqi Kurdistan"); a full name
        // otherwise is a person, and in a person's block so is a one-word name ("Assad").
        const place = name
          .split(' ')
          .some((w) => ['country', 'demonym', 'capital', 'city'].includes(knownNames.get(w.toLowerCase()) ?? ''));
        if (INSTITUTION_WORDS.test(name)) add(name, 'institution', code, canonical, 'phoenix');
        else if (place) add(name, 'city', code, name, 'phoenix');
        else if (name.includes(' ')) personRow(n, code, add);
        else if (headIsPerson && /^[a-z'-]{3,}$/i.test(name)) add(name, 'person', code, canonical, 'phoenix', 'P');
        else add(name, 'institution', code, canonical, 'phoenix');
      }
      continue;
    }
    if (isCountryBlock) {
      const cname = countryName.get(code) ?? titleCase(cleanName(r.names[0]));
      r.names.forEach((n, idx) => {
        const s = titleCase(cleanName(n));
        const known = knownNames.get(s.toLowerCase());
        // The block's own name is the country ("TURKEY_ [TUR]"); other synonyms are places unless known otherwise.
        const kind: Kind =
          idx === 0 && code.length === 3
            ? 'country'
            : known === 'country' || known === 'demonym' || known === 'capital'
              ? known
              : 'city';
        add(s, kind, code, kind === 'country' || kind === 'demonym' ? cname : s, 'phoenix');
      });
      continue;
    }
    const canonical = titleCase(cleanName(r.names[0]));
    for (const n of r.names) add(titleCase(cleanName(n)), 'institution', code, canonical, 'phoenix');
  }
  for (const [file, defaultKind] of [
    ['Phoenix.International.actors.txt', 'igo'],
    ['Phoenix.MilNonState.actors.txt', 'org'],
  ] as const) {
    for (const r of phoenix(file)) {
      const code = currentCode(r.codes);
      if (!code || !/^[A-Z]+$/.test(code)) continue;
      const dated = r.codes.some((c) => c.from > 0 || c.to > 0) || /rulers|countryinfo/i.test(r.comment);
      if (dated) {
        datedRows(r.names, code, add, rangesOf(r.codes));
        continue;
      }
      const kind: Kind = defaultKind === 'igo' && code.startsWith('IGO') ? 'igo' : 'org';
      const canonical = titleCase(cleanName(r.names[0]));
      for (const n of r.names) add(titleCase(cleanName(n)), kind, code, canonical, 'phoenix');
    }
  }

  // ---- titles and portfolios (facts) ----
  const titleSurfaces = new Set<string>();
  const addTitle = (s: string, sector: string | null, canonical: string, mode?: CaseMode): void => {
    titleSurfaces.add(s.toLowerCase());
    add(s, 'title', sector ?? '', canonical, 'facts', mode ?? (s === s.toUpperCase() && s.length <= 4 ? 'C' : 'A'));
  };
  for (const t of TITLES) for (const n of t.names) addTitle(n, t.sector, t.names[0], t.case);
  for (const [words, sector] of PORTFOLIOS) {
    for (const w of words) {
      for (const head of ['Minister', 'Secretary']) {
        addTitle(`${w} ${head}`, sector, `${w} ${head}`);
        addTitle(`${head} of ${w}`, sector, `${w} ${head}`);
        addTitle(`${head} for ${w}`, sector, `${w} ${head}`);
        addTitle(`Minister of State for ${w}`, sector, `${w} Minister`);
        addTitle(`Deputy ${w} ${head}`, sector, `Deputy ${w} ${head}`);
      }
      add(`${w} Ministry`, 'agent', sector, `${w} Ministry`, 'facts', 'A');
      add(`Ministry of ${w}`, 'agent', sector, `${w} Ministry`, 'facts', 'A');
    }
  }
  // "ex-minister", "then-Secretary of State": one token with the title, an office no longer held (CAMEO ELI).
  for (const r of rows.filter((x) => x.kind === 'title' && x.source === 'facts' && /^[a-z]/i.test(x.surface)))
    for (const prefix of ['ex-', 'then-']) addTitle(prefix + r.surface, 'ELI', r.name, 'A');
  for (const inst of INSTITUTIONS)
    for (const n of inst.names) add(n, inst.kind, inst.code, inst.names[0], 'facts', inst.case);

  // ---- agents: facts first, then Phoenix (CAMEO), then PLOVER for terms the others lack ----
  for (const [terms, sector] of AGENTS) for (const t of terms) add(t, 'agent', sector, t, 'facts', 'A');
  for (const [file, source] of [
    [sharedPath('gazetteers', 'petrarch2-dictionaries', 'Phoenix.agents.txt'), 'phoenix'],
    [sharedPath('gazetteers', 'PLOVER_agents.txt'), 'plover'],
  ] as const) {
    for (const r of parseAgentsText(readFileSync(file, 'utf8'), file, () => {})) {
      if (r.prefix || !/^[A-Z]+$/.test(r.code) || !SECTORS.has(r.code.slice(0, 3))) continue; // NON, UNK: not actors
      for (const t of r.terms) {
        if (titleSurfaces.has(t)) continue; // the titles table owns person-role nouns
        if (GENERIC_NOUNS.has(t)) continue;
        if (!/^[a-z][a-z' .-]*$/.test(t)) continue;
        add(t, 'agent', r.code, t, source, 'A');
      }
    }
  }

  // ---- resolve: one reading per (surface, case class); ambiguous proper names across countries are dropped ----
  const properNames = new Set(
    rows.filter((r) => r.kind !== 'agent' && r.kind !== 'title').map((r) => r.surface.toLowerCase()),
  );
  const commonTerms = new Set(
    rows.filter((r) => r.kind === 'agent' || r.kind === 'title').map((r) => r.surface.toLowerCase()),
  );
  const bySurface = new Map<string, Row[]>();
  let composed = 0;
  for (const r of rows) {
    // "White House spokesperson", "US President", "Israeli troops": name + title/agent, left to the matcher to compose.
    if (
      r.kind !== 'agent' &&
      r.kind !== 'title' &&
      r.source !== 'facts' &&
      isComposed(r.surface, properNames, commonTerms)
    ) {
      composed++;
      continue;
    }
    const key = r.surface.toLowerCase() + '\u0000' + (r.kind === 'agent' || r.kind === 'title' ? 'common' : 'proper');
    const list = bySurface.get(key);
    if (list) list.push(r);
    else bySurface.set(key, [r]);
  }
  const out: Row[] = [];
  let dropped = 0;
  for (const list of bySurface.values()) {
    // UN members first: "Indian" is India's before the British Indian Ocean Territory's, "American" the USA's.
    const minor = (r: Row): number => (unMembers.has(codeCountry(r.code)) ? 0 : 1);
    list.sort(
      (a, b) =>
        PRIORITY[a.kind] - PRIORITY[b.kind] || sourceRank(a.source) - sourceRank(b.source) || minor(a) - minor(b),
    );
    const best = list[0];
    // Same reading strength, same source strength, different country: ambiguous ("Hyderabad"), dropped.
    const rivals = list.filter(
      (r) =>
        PRIORITY[r.kind] === PRIORITY[best.kind] &&
        sourceRank(r.source) === sourceRank(best.source) &&
        minor(r) === minor(best) &&
        codeCountry(r.code) !== codeCountry(best.code),
    );
    if (rivals.length > 0 && best.kind !== 'title' && best.kind !== 'agent' && best.source !== 'facts') {
      dropped++;
      continue;
    }
    out.push(best);
  }
  out.sort((a, b) => (a.surface < b.surface ? -1 : a.surface > b.surface ? 1 : 0));
  const { groups, rowCount, maxTokens } = groupRows(
    out.map((r): TableRow => {
      const flags = KIND_LETTER[r.kind] + r.caseMode + SOURCE_LETTER[r.source];
      if (r.ranges) return [r.surface, flags, r.code, r.name, r.ranges];
      return r.name === r.surface ? [r.surface, flags, r.code] : [r.surface, flags, r.code, r.name];
    }),
  );
  const text = formatActorTable(
    {
      version: ACTOR_TABLE_VERSION,
      generatedBy: 'scripts/build-actor-tables.ts',
      sources: [
        'world-countries',
        'CountryInfo.120116.txt',
        'Phoenix.Countries.actors.txt',
        'Phoenix.International.actors.txt',
        'Phoenix.MilNonState.actors.txt',
        'Phoenix.agents.txt',
        'PLOVER_agents.txt',
        'scripts/actor-facts.ts',
      ],
      countries: Object.fromEntries([...countryName].sort()),
      rowCount,
      maxTokens,
    },
    groups,
  );
  writeFileSync(dataPath(ACTOR_TABLE_FILE), text);
  const counts: Record<string, number> = {};
  for (const r of out) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  console.log(
    `data/${ACTOR_TABLE_FILE}: ${out.length} rows, ${text.length} chars; ambiguous dropped: ${dropped}; name+title/agent dropped: ${composed}`,
  );
  console.log(JSON.stringify(counts));
}

/**
 * Rows grouped by their first token as the lexicon splits surfaces (so loading needs no per-row work: the
 * sub-trie under a first token is built from its group on first lookup), in table order within a group;
 * with the row count and the longest surface in tokens.
 */
function groupRows(rows: TableRow[]): { rowCount: number; maxTokens: number; groups: Map<string, TableRow[]> } {
  const groups = new Map<string, TableRow[]>();
  let maxTokens = 0;
  for (const row of rows) {
    const tokens = surfaceTokens(row[0]);
    if (tokens.length === 0) continue;
    if (tokens.length > maxTokens) maxTokens = tokens.length;
    const g = groups.get(tokens[0]);
    if (g) g.push(row);
    else groups.set(tokens[0], [row]);
  }
  return { rowCount: rows.length, maxTokens, groups };
}

/**
 * Agent terms of the Phoenix/PLOVER files that are mostly not actors in news prose ("state of play", "the capital",
 * "a family", "the website"); the events stage can still get them from a user agents file.
 */
const GENERIC_NOUNS = new Set([
  'state',
  'states',
  'capital',
  'capitals',
  'city',
  'cities',
  'settlement',
  'settlements',
  'family',
  'families',
  'poor',
  'website',
  'websites',
  'deputy',
  'deputies',
  'prison',
  'prisons',
  'community',
  'communities',
  'population',
  'populations',
  'country',
  'countries',
  'nation',
  'nations',
  'region',
  'regions',
  'area',
  'areas',
  'home',
  'homes',
  'society',
  'public',
  'world',
  'friday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'saturday',
  'sunday',
  'man',
  'men',
  'woman',
  'women',
  'child',
  'children',
  'person',
  'people',
  'member',
  'members',
  'source',
  'sources',
  'side',
  'sides',
  'party',
  'parties',
  'group',
  'groups',
  'leader',
  'leaders',
]);

/** Person rows that begin with a title ("PRESIDENT_BUSH") would hide the title: the matcher composes them. */
const TITLE_START =
  /^(president|prime minister|pm|minister|secretary|general|gen\.?|king|queen|sen\.?|senator|gov\.?|governor|mr\.?|mrs\.?|ms\.?|dr\.?|chancellor|judge|justice|pope|sheikh|emir)\b/i;

/** Nouns that head a group's name ("Islamic State", "Tawhid Brigade", "Communist Party of ..."). */
const GROUP_HEAD_WORDS =
  'state|front|army|brigades?|battalions?|movement|party|group|organi[sz]ation|forces|council|committee|league|union|alliance|militias?|network|government|regime|coalition|federation|association|society|command|corps|guards?|authority|mujahideen';
const GROUP_HEADS = new RegExp(`^(${GROUP_HEAD_WORDS})$`, 'i');

/**
 * A dated record: a ruler with name variants, or a group with its leaders ("THE_ISLAMIC_STATE +ISIS +ISIL +DAESH",
 * "ISLAMIC_STATE_OF_IRAQ +ABU_BAKR_AL-BAGHDADI"). Its full names go through personRow; in a record of a group's
 * names alone, the one-word ones ("Isis", "Daesh") are the group's too.
 */
function datedRows(raw: string[], code: string, add: AddRow, ranges: string | undefined): void {
  const head = raw.length > 0 ? titleCase(cleanName(raw[0])) : '';
  // Only a record of the group's names alone: where leaders follow, one-word names are theirs ("Zarqawi").
  const group =
    isGroupName(head) && raw.every((n) => !cleanName(n).includes(' ') || isGroupName(titleCase(cleanName(n))));
  for (const n of raw) {
    const name = titleCase(cleanName(n));
    if (group && /^[a-z'-]{3,}$/i.test(name)) add(name, 'org', code, head, 'phoenix');
    else personRow(n, code, add, ranges);
  }
}

/** Words of an institution's or group's name, anywhere in it: the group heads and these. */
const INSTITUTION_WORDS = new RegExp(
  `\\b(${GROUP_HEAD_WORDS}|forces?|congress|senate|house|department|agency|ministry|administration|military|navy|air|marines?|intelligence|community|office|institute|center|centre|tank|commission|service|security|representatives|president|wing|spokes(man|woman|person)|official|customs|protection|bureau|region|autonomous|jabhat|liwaa?|ahrar|nusrah?|sham|corporation|foundation|chiefs|staff|commander|leader|puk|point)\\b`,
  'i',
);

function isGroupName(name: string): boolean {
  const words = name.split(' ').filter((w) => /[a-z]{2}/i.test(w));
  return words.some((w, i) => GROUP_HEADS.test(w) && (i === words.length - 1 || words[i + 1].toLowerCase() === 'of'));
}

function personRow(raw: string, code: string, add: AddRow, ranges?: string): void {
  const name = titleCase(cleanName(raw));
  // Full names only (two words or more, no bare initials-only names): the lists are dated, surnames are ambiguous.
  const words = name.split(' ').filter((w) => /[a-z]{2}/i.test(w));
  if (words.length < 2 || /\d|\(/.test(name) || TITLE_START.test(name)) return;
  // A ruler's variants may name a group ("Al-Tawhid Brigade"): a group's name ends in a group noun.
  const org = isGroupName(name);
  if (org) add(name, 'org', code, name, 'phoenix');
  else {
    add(name, 'person', code, name, 'phoenix', 'P', ranges);
    // "George W. Bush" is "George W Bush" in British style.
    const bare = name.replace(/\b([A-Z])\. /g, '$1 ');
    if (bare !== name) add(bare, 'person', code, name, 'phoenix', 'P', ranges);
  }
}

/** A record's dated codes as the table keeps them; undefined when none is dated (the current code says it all). */
function rangesOf(codes: readonly DatedCode[]): string | undefined {
  const usable = codes.filter((c) => /^[A-Z]+$|^-+$/.test(c.code));
  if (!usable.some((c) => c.from > 0 || c.to > 0)) return undefined;
  return formatRanges(usable);
}

function isComposed(surface: string, names: Set<string>, terms: Set<string>): boolean {
  const words = surface.toLowerCase().split(' ');
  for (let i = 1; i < words.length; i++) {
    if (names.has(words.slice(0, i).join(' ')) && terms.has(words.slice(i).join(' '))) return true;
  }
  return false;
}

function sourceRank(s: Source): number {
  return s === 'facts' ? 0 : s === 'world-countries' ? 1 : s === 'countryinfo' ? 2 : s === 'phoenix' ? 3 : 4;
}

function codeCountry(code: string): string {
  return code.slice(0, 3);
}

/** Case rule for a proper name: acronyms and names that are also common words need more evidence. */
function caseFor(surface: string, kind: Kind, common: Set<string>): CaseMode {
  if (kind === 'agent' || kind === 'title') return 'A';
  const words = surface.split(' ');
  if (words.length === 1) {
    const w = words[0];
    const letters = w.replace(/[^A-Za-z]/g, '');
    const low = w.toLowerCase();
    if (letters.length >= 2 && letters === letters.toUpperCase() && (letters.length <= 3 || common.has(low)))
      return 'C';
    if (common.has(low)) return 'W';
  }
  return 'P';
}

main();
