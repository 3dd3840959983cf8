/** Shared by the robustness tests: a scratch folder, the CLI run as a child process (bounded in memory and time). */
import { after } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export const scratch = mkdtempSync(join(tmpdir(), 'parley-robust-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Write a generated input under the scratch folder; returns its path. */
export function write(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `parley args...` from source in a child process with a heap cap and a time limit, so that a regression (a heap
 * blow-up, a hang) fails the test instead of the test runner.
 */
export function parley(
  args: string[],
  options: { input?: string | Uint8Array; heapMb?: number; timeoutMs?: number; stdoutFile?: string } = {},
): Run {
  const r = spawnSync(
    process.execPath,
    [`--max-old-space-size=${options.heapMb ?? 1024}`, '--import', 'tsx', 'src/cli/main.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
      input: options.input,
      timeout: options.timeoutMs ?? 120_000,
      maxBuffer: 1 << 30,
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Stack-trace lines ("    at fn (file:line)") that must never reach a user. */
export const STACK_LINE = /^\s+at .+/m;
