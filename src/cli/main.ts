/**
 * The command line's entry point: `rust-or-go <command> …` (see run-cli.ts). Bundled on its own
 * into dist/rust-or-go.mjs, which runs with Node alone; `npm run recommend` runs this file too.
 */
import { nodeIo } from './node-io';
import { runCli } from './run-cli';

process.exitCode = await runCli(process.argv.slice(2), nodeIo());
