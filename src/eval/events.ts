/**
 * `parley eval events --gold <file> [--dict <dir>]`. The gold format picks the scorer:
 * - PLOVER records (.json): event_type (PLOVER type per record), source and target (country code), full
 *   (type + source + target); sector agreement reported separately. The records use PLOVER 0.5 type names, so
 *   CAMEO roots are named that way for scoring (02/10 DEMAND, 11 DISAPPROVE, 09 INVESTIGATE, 19 FIGHT ...).
 * - PETRARCH validation XML (.xml): coding (exact source, target, code triples), root (root-code triples), and
 *   the share of records whose triple set is exactly right; dictionaries from the file's <Environment>, in --dict.
 * - ConfliBERT CAMEO class TSV (.tsv): accuracy of the sentence's event class (0 none/neutral, 1-4 quad classes
 *   as the set labels them: roots 01-02 neutral, 03-05, 06-08, 09-13, 14-20).
 * Negated events are not counted as predictions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../model/doc.js';
import type { AnalyzeOptions, Dictionaries } from '../model/options.js';
import type { Event } from '../model/schema.js';
import { runPipeline } from '../pipeline.js';
import { runEventsWith } from '../events/index.js';
import { loadDictionaryFile } from '../dictionaries/index.js';
import { sharedPath } from '../data-path.js';
import { PrfCounter } from './prf.js';
import type { EvalOptions, EvalResult } from './types.js';
import { readPloverRecords } from './readers/plover.js';
import { readPetrarchXml } from './readers/petrarch.js';

function codeDoc(id: string, date: string, text: string, options: AnalyzeOptions, userVerbsOnly = false): Doc {
  const doc = runPipeline({ id, date, text, meta: {} }, { ...options, until: 'quotes' });
  runEventsWith(doc, options, { userVerbsOnly });
  return doc;
}

const asserted = (events: readonly Event[]): Event[] => events.filter((e) => e.modality !== 'negated');

/** PLOVER 0.5 type names (the gold records') for a CAMEO code. */
export function legacyPloverType(cameo: string): string | null {
  const root = cameo.slice(0, 2);
  switch (root) {
    case '01':
      return null;
    case '02':
    case '10':
      return 'DEMAND';
    case '03':
      return 'AGREE';
    case '04':
      return 'CONSULT';
    case '05':
      return 'SUPPORT';
    case '06':
      return 'COOPERATE';
    case '07':
      return 'AID';
    case '08':
      return Number(cameo.slice(0, 3)) >= 84 ? 'RETREAT' : 'CONCEDE';
    case '09':
      return 'INVESTIGATE';
    case '11':
      return 'DISAPPROVE';
    case '12':
      return 'REJECT';
    case '13':
      return 'THREATEN';
    case '14':
      return 'PROTEST';
    case '15':
      return 'MOBILIZE';
    case '16':
      return 'SANCTION';
    case '17':
      return 'COERCE';
    case '18':
    case '20':
      return 'ASSAULT';
    case '19':
      return 'FIGHT';
    default:
      return null;
  }
}

/**
 * PLOVER codes intentions as AGREE ("will support", "is ready to send") and intended force as THREATEN
 * ("will attack"): the type of an event given its modality.
 */
export function ploverTypeWithModality(e: Event): string | null {
  const t = legacyPloverType(e.cameo);
  if (e.modality !== 'future' && e.modality !== 'desired') return t;
  const root = Number(e.root);
  if (root >= 4 && root <= 8 && e.modality === 'future') return 'AGREE';
  if (root >= 14 && e.modality === 'future') return 'THREATEN';
  return t;
}

/** The event a one-sentence record is about: the first typed event with a source
 * (the matrix clause's), else the first. */
function mainEvent(events: readonly Event[]): Event | null {
  const typed = asserted(events).filter((e) => legacyPloverType(e.cameo) !== null);
  return typed.find((e) => e.source) ?? typed[0] ?? null;
}

const countryOf = (a: Event['source']): string | null => (a ? (a.country ?? a.code.slice(0, 3)) : null);

async function evalPlover(goldPath: string, options: EvalOptions): Promise<EvalResult> {
  let records = readPloverRecords(goldPath);
  if (options.limit) records = records.slice(0, options.limit);
  const type = new PrfCounter();
  const source = new PrfCounter();
  const target = new PrfCounter();
  const full = new PrfCounter();
  let sectorRight = 0;
  let sectorN = 0;
  const confusion = new Map<string, number>();
  for (const r of records) {
    const doc = codeDoc(r.id, r.date, r.text, {});
    const ev = mainEvent(doc.events);
    const predType = ev ? ploverTypeWithModality(ev) : null;
    const typeOk = predType === r.event;
    type.add(typeOk ? 1 : 0, predType && !typeOk ? 1 : 0, typeOk ? 0 : 1);
    if (!typeOk) {
      const key = `${r.event}->${predType ?? 'none'}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
    const score = (counter: PrfCounter, gold: typeof r.sources, pred: Event['source']): boolean => {
      const c = countryOf(pred);
      // The records code every transnational organisation IGO (Amnesty, the Red Cross included).
      const same = (g: string): boolean => g === c || (g === 'IGO' && c === 'NGO');
      const hit = c !== null && gold.some((g) => same(g.code));
      counter.add(hit ? 1 : 0, c !== null && !hit ? 1 : 0, gold.length && !hit ? 1 : 0);
      if (hit && pred) {
        const g = gold.find((x) => same(x.code))!;
        if (g.sector) {
          sectorN++;
          if (g.sector === pred.sector) sectorRight++;
        }
      }
      return hit || (gold.length === 0 && c === null);
    };
    const srcOk = score(source, r.sources, ev?.source ?? null);
    const tgtOk = score(target, r.targets, ev?.target ?? null) || r.targets.length === 0;
    const allOk = typeOk && srcOk && tgtOk;
    full.add(allOk ? 1 : 0, ev && !allOk ? 1 : 0, allOk ? 0 : 1);
  }
  const topErrors = [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 12);
  return {
    task: 'events',
    gold: goldPath,
    docs: records.length,
    metrics: {
      event_type: type.result(),
      source: source.result(),
      target: target.result(),
      full: full.result(),
      sector: { accuracy: sectorN ? Math.round((sectorRight / sectorN) * 10000) / 10000 : 0, n: sectorN },
    },
    notes: { typeErrors: Object.fromEntries(topErrors) },
  };
}

/** The validation run's dictionaries; dated actor codes travel on the entries and the events stage picks by date. */
function loadPetrDictionaries(
  dir: string,
  env: { verbs: string[]; actors: string[]; agents: string[]; discards?: string[] },
): Dictionaries {
  const out: Dictionaries = { actors: [], agents: [], verbs: [], discards: [] };
  for (const f of env.discards ?? [])
    out.discards!.push(...(loadDictionaryFile(join(dir, f), { kind: 'discards' }).discards ?? []));
  for (const f of env.actors) out.actors.push(...loadDictionaryFile(join(dir, f), { kind: 'actors' }).actors);
  for (const f of env.agents) out.agents.push(...loadDictionaryFile(join(dir, f), { kind: 'agents' }).agents);
  for (const f of env.verbs) out.verbs.push(...loadDictionaryFile(join(dir, f), { kind: 'verbs' }).verbs);
  return out;
}

async function evalPetrarch(goldPath: string, options: EvalOptions): Promise<EvalResult> {
  const { records: all, environment } = readPetrarchXml(goldPath);
  const records = options.limit ? all.slice(0, options.limit) : all;
  const dir = typeof options.dict === 'string' ? options.dict : sharedPath('gazetteers', 'petrarch2-dictionaries');
  const petr = loadPetrDictionaries(dir, environment);
  const coding = new PrfCounter();
  const root = new PrfCounter();
  let exact = 0;
  const missedRoots = new Map<string, number>();
  const spuriousRoots = new Map<string, number>();
  for (const r of records) {
    const doc = codeDoc(r.id, r.date, r.text, { dictionaries: petr }, true);
    const pred = new Set<string>();
    const predRoot = new Set<string>();
    for (const e of asserted(doc.events)) {
      if (!e.source || !e.target) continue;
      pred.add(`${e.source.code}|${e.target.code}|${e.cameo}`);
      predRoot.add(`${e.source.code}|${e.target.code}|${e.root}`);
    }
    // PETRARCH writes a country-less agent as "---REL"; Parley's code for it is "REL".
    const norm = (code: string): string => code.replace(/^---(?=[A-Z])/, '');
    const gold = new Set(r.codings.map((c) => `${norm(c.source)}|${norm(c.target)}|${c.code}`));
    const goldRoot = new Set(r.codings.map((c) => `${norm(c.source)}|${norm(c.target)}|${c.code.slice(0, 2)}`));
    const count = (p: Set<string>, g: Set<string>, counter: PrfCounter): number => {
      let tp = 0;
      for (const x of p) if (g.has(x)) tp++;
      counter.add(tp, p.size - tp, g.size - tp);
      return tp;
    };
    const tp = count(pred, gold, coding);
    count(predRoot, goldRoot, root);
    if (tp === gold.size && pred.size === gold.size) exact++;
    for (const g of goldRoot)
      if (!predRoot.has(g)) {
        const k = g.split('|')[2];
        missedRoots.set(k, (missedRoots.get(k) ?? 0) + 1);
      }
    for (const p of predRoot)
      if (!goldRoot.has(p)) {
        const k = p.split('|')[2];
        spuriousRoots.set(k, (spuriousRoots.get(k) ?? 0) + 1);
      }
  }
  const top = (m: Map<string, number>): Record<string, number> =>
    Object.fromEntries([...m].sort((a, b) => b[1] - a[1]).slice(0, 8));
  return {
    task: 'events',
    gold: goldPath,
    docs: records.length,
    metrics: {
      coding: coding.result(),
      root: root.result(),
      records_exact: {
        accuracy: records.length ? Math.round((exact / records.length) * 10000) / 10000 : 0,
        n: records.length,
      },
    },
    notes: {
      dictionaries: environment,
      datedActorCodes: 'picked by the events stage from each sentence date',
      missedRoots: top(missedRoots),
      spuriousRoots: top(spuriousRoots),
    },
  };
}

/** ConfliBERT class labels: 0 = no event or neutral (roots 01-02), 1 = 03-05, 2 = 06-08, 3 = 09-13, 4 = 14-20. */
export function confliClass(root: string | null): number {
  if (!root) return 0;
  const r = Number(root);
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13) return 3;
  return 4;
}

async function evalQuadClass(goldPath: string, options: EvalOptions): Promise<EvalResult> {
  let rows = readFileSync(goldPath, 'utf8')
    .split(/\r?\n/)
    .map((l) => {
      const tab = l.lastIndexOf('\t');
      return tab > 0
        ? { text: l.slice(0, tab).replace(/^"|"$/g, '').replace(/""/g, '"'), label: Number(l.slice(tab + 1)) }
        : null;
    })
    .filter((r): r is { text: string; label: number } => r !== null && Number.isInteger(r.label));
  if (options.limit) rows = rows.slice(0, options.limit);
  let right = 0;
  const perClass = new Map<number, { n: number; right: number }>();
  const confusion = new Map<string, number>();
  rows.forEach((r, i) => {
    const doc = codeDoc(`q${i}`, '2020-01-01', r.text, {});
    // The sentence's class: that of the event the sentence is about (as for PLOVER records).
    const main = mainEvent(doc.events.filter((e) => e.modality === 'asserted' || e.modality === 'reported'));
    const cls = main ? confliClass(main.root) : 0;
    const c = perClass.get(r.label) ?? { n: 0, right: 0 };
    c.n++;
    if (cls === r.label) {
      right++;
      c.right++;
    } else confusion.set(`${r.label}->${cls}`, (confusion.get(`${r.label}->${cls}`) ?? 0) + 1);
    perClass.set(r.label, c);
  });
  const metrics: EvalResult['metrics'] = {
    quad_class: { accuracy: rows.length ? Math.round((right / rows.length) * 10000) / 10000 : 0, n: rows.length },
  };
  for (const [k, v] of [...perClass].sort((a, b) => a[0] - b[0]))
    metrics[`class_${k}_recall`] = { accuracy: Math.round((v.right / v.n) * 10000) / 10000, n: v.n };
  return {
    task: 'events',
    gold: goldPath,
    docs: rows.length,
    metrics,
    notes: { confusion: Object.fromEntries([...confusion].sort((a, b) => b[1] - a[1]).slice(0, 10)) },
  };
}

export async function evaluate(goldPath: string, options: EvalOptions): Promise<EvalResult> {
  if (/\.json$/i.test(goldPath)) return evalPlover(goldPath, options);
  if (/\.xml$/i.test(goldPath)) return evalPetrarch(goldPath, options);
  if (/\.tsv$/i.test(goldPath)) return evalQuadClass(goldPath, options);
  throw new Error(
    `eval events: unknown gold format ${goldPath} (PLOVER .json, PETRARCH .xml or ConfliBERT class .tsv)`,
  );
}
