/** schema/analysis.schema.json is generated from the zod schema; it must match what `npm run schema` writes now. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderAnalysisJsonSchema, SCHEMA_FILE } from '../../scripts/gen-schema.js';
import { AnalysisSchema } from '../../src/model/schema.js';

test('the committed JSON Schema is up to date (run `npm run schema` after changing src/model/schema.ts)', () => {
  assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), renderAnalysisJsonSchema());
});

test('the JSON Schema covers every top-level field of AnalysisSchema, all required', () => {
  const schema = JSON.parse(renderAnalysisJsonSchema()) as {
    properties: Record<string, unknown>;
    required: string[];
    $defs: Record<string, unknown>;
  };
  const fields = Object.keys(AnalysisSchema.shape).sort();
  assert.deepEqual(Object.keys(schema.properties).sort(), fields);
  assert.deepEqual([...schema.required].sort(), fields);
  assert.ok('Span' in schema.$defs);
});
