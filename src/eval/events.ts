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
import { join } from 'node:path';
import type { Doc } from '../model/doc.js';
import type { AnalyzeOptions, Dictionaries } from '../model/options.js';
import type { Event } from '../model/schema.js';
import { runPipeline } from '../pipeline.js';
import { runEventsWith, type EventStageSettings } from '../events/index.js';
import {
  confliClass,
  loadEventsModel,
  recordFeatures,
  shippedEventsModel,
  type EventsModel,
} from '../events/classifier.js';
import { argmax, scores } from '../events/perceptron.js';
import { isHeldOut } from '../events/split.js';
import { readQuadRows } from './readers/confli-class.js';
import { loadDictionaryFile } from '../dictionaries/index.js';
import { sharedPath } from '../data-path.js';
import { PrfCounter } from './prf.js';
import type { EvalOptions, EvalResult } from './types.js';
import { readPloverRecords } from './readers/plover.js';
import { readPetrarchXml } from './readers/petrarch.js';

function codeDoc(
  id: string,
  date: string,
  text: string,
  options: AnalyzeOptions,
  settings: EventStageSettings = {},
): Doc {
  const doc = runPipeline({ id, date, text, meta: {} }, { ...options, until: 'quotes' });
  runEventsWith(doc, options, settings);
  return doc;
}

/** `--model-file <path>` (a model trained on part of the data), none with `--no-model`, else the shipped one. */
function modelOf(options: EvalOptions): EventsModel | null {
  if (typeof options.modelFile === 'string') return loadEventsModel(options.modelFile);
  return options.model === false ? null : shippedEventsModel();
}

/** The learned classifier judges the rules' candidates as in analyze() unless `--no-model` says otherwise. */
const modelSetting = (options: EvalOptions): EventStageSettings => ({ model: modelOf(options) });

/** Per-type precision and recall as metrics named `type:<T>`, from gold and predicted type per record. */
function perType(
  pairs: readonly { gold: string; pred: string | null }[],
): Record<string, ReturnType<PrfCounter['result']>> {
  const types = new Set<string>();
  for (const p of pairs) {
    types.add(p.gold);
    if (p.pred) types.add(p.pred);
  }
  const out: Record<string, ReturnType<PrfCounter['result']>> = {};
  for (const t of [...types].sort()) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const p of pairs) {
      if (p.gold === t && p.pred === t) tp++;
      else {
        if (p.pred === t) fp++;
        if (p.gold === t) fn++;
      }
    }
    const c = new PrfCounter();
    c.add(tp, fp, fn);
    out[`type:${t}`] = c.result();
  }
  return out;
}

const brief = (e: Event | null): Record<string, unknown> | null =>
  e && {
    cameo: e.cameo,
    trigger: e.evidence.trigger.text,
    source: e.source?.code ?? null,
    target: e.target?.code ?? null,
    modality: e.modality,
    rule: e.evidence.rule,
  };

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
  const pairs: { gold: string; pred: string | null }[] = [];
  const perRecord: Record<string, unknown>[] = [];
  for (const r of records) {
    const doc = codeDoc(r.id, r.date, r.text, {}, modelSetting(options));
    const ev = mainEvent(doc.events);
    const predType = ev ? ploverTypeWithModality(ev) : null;
    pairs.push({ gold: r.event, pred: predType });
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
    if (options.records)
      perRecord.push({
        id: r.id,
        gold: { type: r.event, sources: r.sources.map((g) => g.code), targets: r.targets.map((g) => g.code) },
        predicted: { type: predType, ...brief(ev) },
        type: typeOk,
        source: srcOk,
        target: tgtOk,
        discards: doc.discards.map((d) => ({ cameo: d.cameo, trigger: d.trigger.text, reason: d.reason })),
      });
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
      ...perType(pairs),
    },
    notes: { typeErrors: Object.fromEntries(topErrors), model: modelName(options) },
    ...(options.records ? { records: perRecord } : {}),
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
  const perRecord: Record<string, unknown>[] = [];
  const missedRoots = new Map<string, number>();
  const spuriousRoots = new Map<string, number>();
  for (const r of records) {
    const doc = codeDoc(r.id, r.date, r.text, { dictionaries: petr }, { userVerbsOnly: true });
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
    if (options.records)
      perRecord.push({
        id: r.id,
        gold: [...gold],
        predicted: [...pred],
        exact: tp === gold.size && pred.size === gold.size,
      });
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
    ...(options.records ? { records: perRecord } : {}),
  };
}

export { confliClass };

const modelName = (options: EvalOptions): string =>
  typeof options.modelFile === 'string' ? options.modelFile : options.model === false ? 'none' : 'shipped';

/**
 * ConfliBERT's class per sentence. `quad_class_events` is the class of the main event the stage keeps (rules,
 * classifier when given, gates), as for PLOVER records; with a model, `quad_class` is the model's class of the
 * sentence from its words and the rules' candidates (cross-validation finds it better than the kept event's class
 * at every threshold, npm run train:events). The shipped model is trained on all of
 * conflibert-cameo/cameo_class/train.tsv, so on that file it is a fit: `--split heldout` scores the sentences that
 * `npm run train:events -- --holdout 20` leaves out, with that run's model (`--model-file`); `npm run
 * eval:events-heldout` does both.
 */
async function evalQuadClass(goldPath: string, options: EvalOptions): Promise<EvalResult> {
  let rows = readQuadRows(goldPath);
  if (options.split === 'heldout') rows = rows.filter((r) => isHeldOut(r.text));
  else if (options.split === 'train') rows = rows.filter((r) => !isHeldOut(r.text));
  else if (options.split !== undefined)
    throw new Error(`eval events: --split is heldout or train, not ${options.split}`);
  if (options.limit) rows = rows.slice(0, options.limit);
  const model = modelOf(options);
  const settings: EventStageSettings = { model };
  let right = 0;
  let rightEvents = 0;
  const pairs: { gold: string; pred: string | null }[] = [];
  const confusion = new Map<string, number>();
  const perRecord: Record<string, unknown>[] = [];
  rows.forEach((r, i) => {
    const doc = codeDoc(`q${i}`, '2020-01-01', r.text, {}, settings);
    const kept = doc.events.filter((e) => e.modality === 'asserted' || e.modality === 'reported');
    const main = mainEvent(kept);
    const byEvents = main ? confliClass(main.root) : 0;
    let cls = byEvents;
    if (model) {
      const cands = codeDoc(`q${i}`, '2020-01-01', r.text, {}, { candidatesOnly: true });
      cls = argmax(scores(model.sentence, recordFeatures(cands, cands.events)));
    }
    if (byEvents === r.label) rightEvents++;
    if (cls === r.label) right++;
    else confusion.set(`${r.label}->${cls}`, (confusion.get(`${r.label}->${cls}`) ?? 0) + 1);
    pairs.push({ gold: String(r.label), pred: String(cls) });
    if (options.records)
      perRecord.push({ line: r.line, gold: r.label, predicted: cls, events: byEvents, main: brief(main ?? null) });
  });
  const acc = (n: number): number => (rows.length ? Math.round((n / rows.length) * 10000) / 10000 : 0);
  const metrics: EvalResult['metrics'] = {
    quad_class: { accuracy: acc(right), n: rows.length },
    quad_class_events: { accuracy: acc(rightEvents), n: rows.length },
  };
  for (const [k, v] of Object.entries(perType(pairs))) metrics[k.replace('type:', 'class:')] = v;
  return {
    task: 'events',
    gold: goldPath,
    docs: rows.length,
    metrics,
    notes: {
      confusion: Object.fromEntries([...confusion].sort((a, b) => b[1] - a[1]).slice(0, 10)),
      model: modelName(options),
      split: options.split ?? 'all',
      quad_class: model
        ? "the events model's class of the sentence (its words and the rules' candidates)"
        : 'main event (rules and gates, --no-model)',
    },
    ...(options.records ? { records: perRecord } : {}),
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
