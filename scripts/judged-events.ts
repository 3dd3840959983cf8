/**
 * Checks the events judged by hand in docs/events-judging.md against the analyzer as it is now: writes the judged
 * Guardian articles to a CSV, runs `parley analyze` on them, and matches each judged event (article id, trigger word,
 * CAMEO root) with the events of both actors that the analyzer still gives. Reports which judged-wrong events are gone
 * and which judged-right ones were lost, and the share right among the judged events still given. These judged events
 * are the development data of the precision rules, so the figure is a training figure, not a fresh judging.
 *   node --import tsx scripts/judged-events.ts [--cli dist/bundle/parley.js] [--analysis <jsonl>] [--list]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sharedPath } from '../src/data-path.js';

interface Judged {
  article: string;
  event: string;
  trigger: string;
  cameo: string;
  right: boolean;
  verdict: string;
}

interface Given {
  trigger: string;
  root: string;
  source: string;
  target: string;
  id: string;
}

const ROW = /^\|\s*\d+\s*\|\s*(\d+)\s*\|\s*(ev\d+)\s*\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|\s*([^|]+?)\s*\|\s*$/;

function judgedEvents(doc: string): Judged[] {
  const out: Judged[] = [];
  for (const line of doc.split('\n')) {
    const m = ROW.exec(line);
    if (!m) continue;
    const [, article, event, trigger, cameo, verdict] = m;
    out.push({ article, event, trigger: trigger.toLowerCase(), cameo, right: verdict.startsWith('right'), verdict });
  }
  return out;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const judged = judgedEvents(readFileSync('docs/events-judging.md', 'utf8'));
const ids = new Set(judged.map((j) => j.article));
const rows = parse(readFileSync(sharedPath('corpora/guardian/Guardian_SDF_sample.csv'), 'utf8'), {
  relaxColumnCount: true,
}) as string[][];
const picked = rows.slice(1).filter((r) => ids.has(r[0]));
mkdirSync('.tmp', { recursive: true });
const csvPath = '.tmp/judged-articles.csv';
const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
writeFileSync(csvPath, [rows[0], ...picked].map((r) => r.map(quote).join(',')).join('\n') + '\n');

let analysis = arg('--analysis');
if (!analysis) {
  analysis = '.tmp/judged-articles.jsonl';
  const cli = arg('--cli') ?? 'dist/bundle/parley.js';
  const out = execFileSync(process.execPath, [cli, 'analyze', csvPath, '--jobs', '1'], { maxBuffer: 1 << 30 });
  writeFileSync(analysis, out);
}

const given = new Map<string, Given[]>();
const lines = readFileSync(analysis, 'utf8').split('\n').filter(Boolean);
lines.forEach((line, i) => {
  const a = JSON.parse(line) as {
    events: { id: string; root: string; source: { code: string } | null; target: { code: string } | null;
      evidence: { trigger: { text: string } } }[];
  };
  const article = picked[i][0];
  given.set(
    article,
    a.events
      .filter((e) => e.source && e.target)
      .map((e) => ({ trigger: e.evidence.trigger.text.toLowerCase(), root: e.root, source: e.source!.code,
        target: e.target!.code, id: e.id })),
  );
});

let keptRight = 0;
let keptWrong = 0;
let lostRight = 0;
let goneWrong = 0;
const list = process.argv.includes('--list');
for (const j of judged) {
  const match = (given.get(j.article) ?? []).filter((g) => g.trigger === j.trigger && g.root === j.cameo.slice(0, 2));
  const kept = match.length > 0;
  if (j.right && kept) keptRight++;
  else if (j.right) lostRight++;
  else if (kept) keptWrong++;
  else goneWrong++;
  if (list || (j.right && !kept))
    console.log(`${kept ? 'KEPT' : 'GONE'} ${j.right ? 'right' : 'wrong'} ${j.article} ${j.trigger} ${j.cameo}` +
      ` | ${match.map((g) => `${g.id} ${g.source}->${g.target}`).join(', ')} | ${j.verdict}`);
}
const total = [...given.values()].reduce((n, g) => n + g.length, 0);
console.log(`judged ${judged.length} (right ${keptRight + lostRight}) in ${ids.size} articles; events with both actors now ${total}`);
console.log(`judged-wrong gone ${goneWrong}, kept ${keptWrong}; judged-right kept ${keptRight}, lost ${lostRight}`);
console.log(`training precision (right among judged still given): ${(keptRight / Math.max(1, keptRight + keptWrong)).toFixed(3)}`);
