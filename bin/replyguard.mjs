#!/usr/bin/env node
// The `replyguard` command: runs the TypeScript CLI through tsx's loader, so the same
// sources serve the extension, the tests and the command line without a separate build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
