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
  await import('./main.js');
}
