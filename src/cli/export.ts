/** `parley export --format gdelt|plover|csv|jsonl [filters]`: the stored events on standard output. */
import type { Command } from 'commander';
import { withDbOption, openStore } from './store-options.js';
import { filtersOf, withFilterOptions } from './query.js';
import { renderRows, stdoutWriter } from './table-output.js';

const FORMATS = ['gdelt', 'plover', 'csv', 'jsonl'] as const;

export function registerExport(program: Command): void {
  withFilterOptions(
    withDbOption(
      program
        .command('export')
        .description('export stored events: GDELT 2.0 event table (TSV), PLOVER JSON lines, CSV or JSON lines'),
    ),
  )
    .requiredOption('--format <format>', FORMATS.join(' | '))
    .action(async (opts: Parameters<typeof filtersOf>[0] & { db?: string; format: string }) => {
      if (!(FORMATS as readonly string[]).includes(opts.format))
        throw new Error(`--format must be one of ${FORMATS.join(', ')}, not "${opts.format}"`);
      const exports = await import('../store/export.js');
      const store = await openStore(opts.db);
      const out = stdoutWriter();
      const write = (chunk: string) => out.write(chunk);
      try {
        const filters = filtersOf(opts);
        const lines =
          opts.format === 'gdelt'
            ? exports.gdeltLines(store.db, filters)
            : opts.format === 'plover'
              ? exports.ploverLines(store.db, filters)
              : undefined;
        if (lines) {
          for await (const line of lines) {
            if (out.closed) break;
            await write(line);
          }
        } else await write(renderRows(await exports.eventRows(store.db, filters), opts.format as 'csv' | 'jsonl'));
      } finally {
        await store.close();
      }
    });
}
