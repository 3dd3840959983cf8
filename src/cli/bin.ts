#!/usr/bin/env node
/**
 * The `parley` command's entry. It checks the Node.js version before loading anything else, because the CLI's
 * modules use built-ins that older releases lack and would fail with a loader error instead of a usable message.
 */
const MIN_NODE_MAJOR = 24;

const major = Number(process.versions.node.split('.')[0]);
if (major < MIN_NODE_MAJOR) {
  process.stderr.write(
    `parley: needs Node.js ${MIN_NODE_MAJOR} or later, this is ${process.versions.node}; ` +
      `run it as \`npm run parley -- ...\` in the project (npm ci installs Node ${MIN_NODE_MAJOR} there) ` +
      `or install Node.js ${MIN_NODE_MAJOR} LTS\n`,
  );
  process.exitCode = 1;
} else {
  // V8 keeps the compiled code of the CLI's modules on disk (os.tmpdir()/node-compile-cache, as tsc does) and the
  // next run, workers included, skips compiling them again; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
  const { enableCompileCache } = await import('node:module');
  const cache = enableCompileCache();
  // The stage split's worker enables its own cache from the environment it inherits.
  if (cache.directory && process.env.NODE_COMPILE_CACHE === undefined) process.env.NODE_COMPILE_CACHE = cache.directory;
  await import('./main.js');
}
