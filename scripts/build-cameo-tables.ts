/**
 * Generates the CAMEO/PLOVER tables the events stage ships with (rerunnable):
 *   data/cameo-codes.json  code -> name, Goldstein, PLOVER type and mode (ICEWS codebook + CAMEO2PLOVER-2021)
 *   data/verbs-cameo.json  compact verb table from the PETRARCH CAMEO 2.0 verb-pattern dictionary
 * Usage: node --import tsx scripts/build-cameo-tables.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { dataPath, sharedPath } from '../src/data-path.js';
import { parseVerbDictionary } from '../src/dictionaries/petrarch-verbs.js';
import { regularForms } from '../src/lang/en/index.js';

interface CodebookRow {
  code: string;
  name: string;
  goldstein: string;
  root_code: string;
}

function buildCodes(): void {
  const rows = parse(readFileSync(sharedPath('gold/cameo/icews_cameo-codes.utf8.csv'), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as CodebookRow[];
  const plover = new Map<string, { type: string; mode: string }>();
  for (const line of readFileSync(sharedPath('gold/plover/CAMEO2PLOVER-2021.txt'), 'utf8').split(/\r?\n/)) {
    const m = /^([0-9]{2,4}):\s*([^#]*)/.exec(line);
    if (!m) continue;
    const [type = '', mode = ''] = m[2].split(',').map((s) => s.trim());
    if (type) plover.set(m[1], { type, mode });
  }
  // A code without its own PLOVER line inherits from its nearest listed parent (0256 -> 025 -> 02).
  const ploverOf = (code: string): { type: string; mode: string } | null => {
    for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
      const p = plover.get(c);
      if (p) return p;
    }
    return null;
  };
  const codes: (string | number | null)[][] = [];
  for (const r of rows) {
    if (!/^[0-9]{2,4}$/.test(r.code)) continue;
    // The 2021 table leaves out root 02; PLOVER codes appeals as REQUEST (manual, REQUEST), so fill that in.
    const p = ploverOf(r.code) ?? (r.code.startsWith('02') ? { type: 'REQUEST', mode: '' } : null);
    codes.push([r.code, r.name.trim(), Number(r.goldstein), p?.type ?? null, p?.mode || null]);
  }
  codes.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  writeFileSync(
    dataPath('cameo-codes.json'),
    JSON.stringify({
      source:
        'ICEWS CAMEO codebook (MIT) + CAMEO2PLOVER-2021 (CC BY-SA 4.0); columns: code, name, goldstein, plover, ploverMode',
      codes,
    }) + '\n',
  );
  console.log(`cameo-codes.json: ${codes.length} codes`);
}

function buildVerbs(): void {
  const { blocks, synsets } = parseVerbDictionary(
    readFileSync(sharedPath('gazetteers/petrarch2-dictionaries/CAMEO.2.0.txt'), 'utf8'),
    'CAMEO.2.0.txt',
  );
  // Compact: blocks keep their patterns once (not per verb) and synsets stay referenced by name.
  const usedSynsets = new Set<string>();
  const outBlocks = blocks.map((b) => {
    for (const p of b.patterns) for (const e of p.elements) if (e.startsWith('&')) usedSynsets.add(e);
    return {
      v: b.verbs.map((v) => {
        const irregular = v.irregular.filter((f) => !regularForms(v.lemma).includes(f));
        return [v.lemma, v.code && v.reciprocal ? `${v.code}:${v.reciprocal}` : v.code, ...irregular];
      }),
      p: b.patterns.map((p) => {
        const row: (string | number)[] = [
          p.reciprocal ? `${p.code}:${p.reciprocal}` : p.code,
          p.elements.join(' '),
          p.line,
        ];
        if (p.only) row.push(p.only.join(' '));
        return row;
      }),
    };
  });
  const outSynsets: Record<string, string[]> = {};
  for (const name of [...usedSynsets].sort()) outSynsets[name] = synsets.get(name) ?? [];
  writeFileSync(
    dataPath('verbs-cameo.json'),
    JSON.stringify({
      source:
        'PETRARCH CAMEO.2.0.txt verb patterns (MIT). blocks: v = [lemma, code, irregular forms...], p = [code, pattern, line, only-these-verbs?]; code X:Y = reciprocal Y; ' +
        'pattern: * verb, + target, $ source, % compound, &NAME synset',
      synsets: outSynsets,
      blocks: outBlocks,
    }) + '\n',
  );
  const nPatterns = outBlocks.reduce((n, b) => n + b.p.length, 0);
  console.log(`verbs-cameo.json: ${outBlocks.length} blocks, ${nPatterns} patterns, ${usedSynsets.size} synsets`);
}

buildCodes();
buildVerbs();
