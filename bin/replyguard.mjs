#!/usr/bin/env node
// The `replyguard` command: runs the TypeScript CLI from the same sources that serve the extension and the tests,
// with no separate build step: bin/cli-bundle.mjs loads an esbuild bundle it rebuilds whenever any source changed,
// or falls back to tsx's loader.
import { constants } from 'node:os';
import { loadCliMain } from './cli-bundle.mjs';

// A file size limit (`ulimit -f` on a batch host or CI) sends SIGXFSZ, which kills Node with no word (status 153).
// Ignored from the start (the start-up cache and tsx write files too), the write fails with EFBIG instead: cli/io.ts
// then says so in one line and exits 2.
if (constants.signals.SIGXFSZ) process.on('SIGXFSZ', () => {});

const { main } = await loadCliMain();
process.exitCode = await main(process.argv.slice(2));
