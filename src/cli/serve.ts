/**
 * `parley serve [--db parley.db] [--host 127.0.0.1] [--port 8080]`: the store over HTTP (src/api). Request logs (pino
 * JSON lines) on stderr; SIGTERM or SIGINT finishes the requests in flight, closes the store and exits.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { openStore, withDbOption } from './store-options.js';

interface ServeCliOptions {
  db?: string;
  host: string;
  port: number;
  bodyLimit: number;
  rateLimit: number;
  cors?: string;
  quiet?: boolean;
}

const whole = (min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(`a whole number from ${min} to ${max} is expected.`);
  return n;
};

export function registerServe(program: Command): void {
  withDbOption(
    program
      .command('serve')
      .description('answer HTTP requests over the store (API docs at /docs, OpenAPI at /openapi.json)'),
  )
    .option('--host <address>', 'address to listen on; beyond loopback PARLEY_TOKEN must be set', '127.0.0.1')
    .option('--port <n>', 'port (0: any free port)', whole(0, 65535), 8080)
    .option('--body-limit <bytes>', 'largest request body', whole(1024, 64 * 1024 * 1024), 4 * 1024 * 1024)
    .option('--rate-limit <n>', 'requests per minute per client address (0: no limit)', whole(0, 1_000_000), 1200)
    .option('--cors <origin>', 'allow this origin by CORS (off by default)')
    .option('--quiet', 'no request log')
    .action(async (opts: ServeCliOptions) => {
      const { buildServer, startProblem } = await import('../api/server.js');
      const token = process.env.PARLEY_TOKEN || undefined;
      const problem = startProblem(opts.host, token);
      if (problem) throw new Error(problem);
      const store = await openStore(opts.db);
      const app = await buildServer({
        store,
        host: opts.host,
        token,
        log: opts.quiet ? false : process.stderr,
        bodyLimit: opts.bodyLimit,
        rateLimit: opts.rateLimit,
        corsOrigin: opts.cors,
      });
      let closing = false;
      const stop = async (signal: string) => {
        if (closing) return;
        closing = true;
        process.stderr.write(`parley: ${signal}: finishing requests in flight, then exiting\n`);
        await app.close();
        await store.close();
      };
      process.once('SIGTERM', () => void stop('SIGTERM'));
      process.once('SIGINT', () => void stop('SIGINT'));
      const address = await app.listen({ host: opts.host, port: opts.port });
      process.stderr.write(
        `parley: listening on ${address}: open ${address}/ for the dashboard (API docs ${address}/docs; Ctrl-C stops)\n`,
      );
    });
}
