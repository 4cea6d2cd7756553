#!/usr/bin/env node
// The `replyguard` command: runs the TypeScript CLI through tsx's loader, so the same
// sources serve the extension, the tests and the command line without a separate build.
import { constants } from 'node:os';
import { register } from 'tsx/esm/api';

// A file size limit (`ulimit -f` on a batch host or CI) sends SIGXFSZ, which kills Node with no word (status 153).
// Ignored from the start (tsx writes its cache too), the write fails with EFBIG instead: cli/io.ts then says so in
// one line and exits 2.
if (constants.signals.SIGXFSZ) process.on('SIGXFSZ', () => {});

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
