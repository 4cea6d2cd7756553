#!/usr/bin/env node
// Regenerates the README screenshot docs/demo-workbench.png: the same headless scene as
// `npm start` without a display (built extension, demo workbench, a breaking draft typed in).
//   node scripts/screenshot.mjs [--no-build] [--screenshot <file>]
import { main } from './start.mjs';

await main(process.argv.slice(2), { headless: true, screenshot: 'docs/demo-workbench.png' });
