/** A `parley serve` process on a free loopback port, for tests over real HTTP. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const bin = join(root, 'dist/bundle/parley.js');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything it wrote on stderr so far (the request log). */
  stderr(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** A store with the 30 example stories, ingested by the CLI. */
export function exampleStore(): string {
  const db = join(mkdtempSync(join(tmpdir(), 'parley-api-')), 'api.db');
  const args = ['ingest', join(root, 'examples/dyad'), '--db', db, '--quiet', '--jobs', '1'];
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`);
  return db;
}

export function startServer(db: string, args: string[] = [], env: Record<string, string> = {}): Promise<ServerProcess> {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build first`);
  const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0', ...args], {
    env: { ...process.env, PARLEY_TOKEN: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in 20 s: ${err}`));
    }, 20_000);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      err += chunk;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          child,
          stderr: () => err,
          stop: async () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}): ${err}`));
    });
  });
}
