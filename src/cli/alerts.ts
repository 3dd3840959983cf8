/**
 * `parley alerts [--interval week] [--since] [--until] [parameters]`: escalation and emerging-dyad alerts over the
 * store (src/alerts/README.md), as a table, JSON lines (with the evidence) or CSV.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { openStore, withDbOption } from './store-options.js';
import { renderRows, stdoutWriter } from './table-output.js';

interface AlertsCliOptions {
  db?: string;
  interval: string;
  since?: string;
  until?: string;
  baselineDays: number;
  minClusters: number;
  minSources: number;
  ratio: number;
  minRise: number;
  maxP: number;
  format?: string;
}

const day = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('a day, YYYY-MM-DD, is expected.');
  return value;
};
const number =
  (min: number, max: number, whole = false) =>
  (value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < min || n > max || (whole && !Number.isInteger(n)))
      throw new InvalidArgumentError(`a ${whole ? 'whole ' : ''}number from ${min} to ${max} is expected.`);
    return n;
  };

export function registerAlerts(program: Command): void {
  withDbOption(
    program
      .command('alerts')
      .description('dyads whose conflict rose well above their own baseline, and new dyads in conflict'),
  )
    .option('--interval <day|week>', 'one interval per day or per week', 'week')
    .option('--since <YYYY-MM-DD>', 'first day looked at (default: three intervals before --until)', day)
    .option('--until <YYYY-MM-DD>', 'last day looked at (default: the last day with an event)', day)
    .option('--baseline-days <n>', 'days before an interval that make its baseline', number(7, 366, true), 28)
    .option('--min-clusters <n>', 'evidence guard: distinct event clusters', number(1, 1000, true), 3)
    .option('--min-sources <n>', 'evidence guard: independent sources', number(1, 1000, true), 2)
    .option('--ratio <x>', 'intensity at least x times the baseline', number(1, 1000), 2)
    .option('--min-rise <x>', 'intensity above the baseline by at least x', number(0, 100000), 10)
    .option('--max-p <p>', 'cluster count at most this likely under the baseline rate', number(1e-12, 1), 0.005)
    .option('--format <format>', 'table | jsonl | csv (default: table on a terminal, jsonl otherwise)')
    .action(async (opts: AlertsCliOptions) => {
      if (opts.interval !== 'day' && opts.interval !== 'week')
        throw new Error(`--interval must be day or week, not "${opts.interval}"`);
      const format = opts.format ?? (process.stdout.isTTY ? 'table' : 'jsonl');
      if (!['table', 'jsonl', 'csv'].includes(format))
        throw new Error(`--format must be table, jsonl or csv, not "${opts.format}"`);
      const { findAlerts } = await import('../alerts/alerts.js');
      const { alertRow } = await import('../alerts/rows.js');
      const store = await openStore(opts.db);
      try {
        const { alerts } = await findAlerts(
          store.db,
          {
            interval: opts.interval,
            baselineDays: opts.baselineDays,
            minClusters: opts.minClusters,
            minSources: opts.minSources,
            ratio: opts.ratio,
            minRise: opts.minRise,
            maxP: opts.maxP,
          },
          { since: opts.since, until: opts.until },
        );
        const out =
          format === 'jsonl'
            ? alerts.map((a) => JSON.stringify(a) + '\n').join('')
            : renderRows(alerts.map(alertRow), format as 'table' | 'csv');
        await stdoutWriter().write(out);
      } finally {
        await store.close();
      }
    });
}
