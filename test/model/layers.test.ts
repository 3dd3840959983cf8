/** The layer rules of the source tree: model/ stands alone, work/ does not reach up into cli/. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Project files a source file imports or re-exports (type-only and dynamic imports included), relative to src/. */
function projectImports(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(SRC, resolve(dirname(file), spec)).replace(/\.js$/, '.ts'));
}

const imports = new Map(sourceFiles(SRC).map((f) => [relative(SRC, f), projectImports(f)]));

function violations(fromFolder: string, allowed: (target: string) => boolean): string[] {
  return [...imports]
    .filter(([file]) => file.startsWith(fromFolder))
    .flatMap(([file, targets]) => targets.filter((t) => !allowed(t)).map((t) => `${file} -> ${t}`));
}

test('the import walk sees the tree (model/doc.ts imports model/schema.ts)', () => {
  assert.ok(imports.get('model/doc.ts')?.includes('model/schema.ts'));
});

test('model/ imports nothing outside model/', () => {
  assert.deepEqual(
    violations('model/', (t) => t.startsWith('model/')),
    [],
  );
});

test('work/ does not import cli/', () => {
  assert.deepEqual(
    violations('work/', (t) => !t.startsWith('cli/')),
    [],
  );
});

test('lang/ (shared word lists) imports nothing outside lang/', () => {
  assert.deepEqual(
    violations('lang/', (t) => t.startsWith('lang/')),
    [],
  );
});

test('dictionaries/ does not import the stages that use the dictionaries', () => {
  assert.deepEqual(
    violations('dictionaries/', (t) => !t.startsWith('events/') && !t.startsWith('quotes/') && !t.startsWith('time/')),
    [],
  );
});
