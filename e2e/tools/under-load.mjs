#!/usr/bin/env node
// @ts-check
// Runs a command with the CPU saturated: one busy loop per core (LOAD_WORKERS to change), for at
// most LOAD_SECONDS (default 1800), stopped as soon as the command ends. For checking that the
// tests wait on what a person waits for (text, role, focus) and not on time.
//
// Usage: node e2e/tools/under-load.mjs npm test
//        LOAD_WORKERS=4 node e2e/tools/under-load.mjs npx vitest run tests/components
// Exits with the command's exit code.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('Usage: node e2e/tools/under-load.mjs <command> [args…]');
  process.exit(2);
}
const count = Number(process.env.LOAD_WORKERS ?? availableParallelism());
const seconds = Number(process.env.LOAD_SECONDS ?? 1800);

// Each loop spins until its deadline, so it stops by itself even if this process is killed hard.
const deadline = Date.now() + seconds * 1000;
const loop = `
  const { workerData } = require('node:worker_threads');
  let x = 0;
  while (Date.now() < workerData) for (let i = 0; i < 1e6; i++) x = (x * 31 + i) | 0;
`;
const workers = Array.from(
  { length: count },
  () => new Worker(loop, { eval: true, workerData: deadline }),
);
console.error(
  `under-load: ${count} busy loops for at most ${seconds} s while: ${command} ${args.join(' ')}`,
);

const stop = () => Promise.all(workers.map((worker) => worker.terminate()));
const started = Date.now();
const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
child.on('exit', async (code, signal) => {
  await stop();
  console.error(
    `under-load: done in ${((Date.now() - started) / 1000).toFixed(1)} s (${signal ?? `exit ${code}`})`,
  );
  process.exit(code ?? 1);
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => child.kill(signal));
}
