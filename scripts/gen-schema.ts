/**
 * Writes schema/analysis.schema.json, the JSON Schema of analyze()'s output, from the zod schema (src/model/schema.ts)
 * with zod 4's z.toJSONSchema. Rerun with `npm run schema` after any schema change; a test checks the file is current.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import * as model from '../src/model/schema.js';
import { AnalysisSchema, SCHEMA_VERSION } from '../src/model/schema.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema/analysis.schema.json', import.meta.url));

/** Every exported `XxxSchema` of the model, named `Xxx` in $defs (so shared shapes like Span appear once, by name). */
function namedDefinitions(): z.core.$ZodRegistry<{ id: string }> {
  const registry = z.registry<{ id: string }>();
  for (const [name, value] of Object.entries(model)) {
    if (name.endsWith('Schema') && name !== 'AnalysisSchema' && value instanceof z.ZodType)
      registry.add(value, { id: name.slice(0, -'Schema'.length) });
  }
  return registry;
}

/** The JSON Schema document as the exact text written to SCHEMA_FILE. */
export function renderAnalysisJsonSchema(): string {
  const schema = {
    ...z.toJSONSchema(AnalysisSchema, { target: 'draft-2020-12', metadata: namedDefinitions() }),
    title: 'Parley Analysis',
    description: `Output of analyze(), schema version ${SCHEMA_VERSION}. Spans are UTF-16 offsets into the article text.`,
  };
  return JSON.stringify(schema, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(fileURLToPath(new URL('../schema/', import.meta.url)), { recursive: true });
  writeFileSync(SCHEMA_FILE, renderAnalysisJsonSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
