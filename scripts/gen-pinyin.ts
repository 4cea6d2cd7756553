// Generates rules/lexicon/pinyin.generated.ts (see scripts/pinyin-source.ts).
// Run after changing the terms of a rule with `pinyin: true`: npx tsx scripts/gen-pinyin.ts
// (a unit test fails when it is stale)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pinyinReadings, pinyinTable, renderPinyin } from './pinyin-source';

const readings = pinyinReadings();
const file = fileURLToPath(new URL('../rules/lexicon/pinyin.generated.ts', import.meta.url));
writeFileSync(file, renderPinyin(pinyinTable(readings)));
console.log(`${file}: ${readings.size} characters`);
