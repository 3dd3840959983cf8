// @ts-check
/**
 * ESLint (flat config) with typescript-eslint's recommended rules and one layout rule: lines of at most 120 columns.
 * A line may run longer only where breaking it would hurt: a URL, a template literal (fixtures, report lines), or a
 * line that starts with a string (a test's title, a fixture sentence), which stays greppable whole.
 * `npm test` runs it (`npm run lint`).
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import stylistic from '@stylistic/eslint-plugin';
import { defineConfig, globalIgnores } from 'eslint/config';

const MAX_LEN = {
  code: 120,
  ignoreUrls: true,
  ignoreTemplateLiterals: true,
  ignoreRegExpLiterals: true,
  ignorePattern: String.raw`^\s*(?:(?:test|describe|it)\()?['"]`,
};

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { '@stylistic': stylistic },
    rules: { '@stylistic/max-len': ['error', MAX_LEN] },
  },
  {
    // Plain JavaScript run by Node (the bench's probe and helper processes); TypeScript files get Node's globals from
    // @types/node.
    files: ['**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', setInterval: 'readonly', console: 'readonly' } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
