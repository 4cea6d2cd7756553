// Dumps every finding of the default linter (and of one with shop settings) over a fixed input set, so a
// performance change can be proven not to change any lint result: make a snapshot before, one after, diff.
//   npx tsx scripts/lint-snapshot.ts /tmp/before.jsonl   …change…   npx tsx scripts/lint-snapshot.ts /tmp/after.jsonl
//   cmp /tmp/before.jsonl /tmp/after.jsonl
// Inputs: every line of test/fixtures/*.jsonl, the bench's generated replies (50/120/500/5,000 chars and a
// 1 MB paste), the third-party bench pastes, and seeded fuzz drafts made of the tokens detectors react to
// (digits in every dress, separators, spelled @ and dots, link and contact words) — the inputs where a
// lazy precheck could go wrong.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createLinter } from '../rules/engine';
import { generateReplies, rng } from '../bench/support';

const root = new URL('../', import.meta.url);
const fixtureDir = new URL('test/fixtures/', root);
const fixtureTexts = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => readFileSync(new URL(f, fixtureDir), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));
const corpus = readFileSync(new URL('test/fixtures/corpus-examples.jsonl', root), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);

const FUZZ_TOKENS = [
  ...'0123456789０１２３４５６７８９', '一', '二', '三', '四', '五', '六', '七', '八', '九', '零', '〇', '幺', '洞', '两', '拐', '勾', '壹', '叁',
  '①', '③', '⑧', '⑴', '⒈', '❶', '➀', '⓵', '1️⃣', '𝟏', ' ', ' ', '  ', '-', '.', '·', '/', '(', ')', '、', '，', ',', '。', '！', '\n', '：', ':',
  '*', '×', 'o', 'l', 'x', 'a', 'b', 'z', 'q', 'v', 'www', 'http://', 'https://', '点', '點', 'dot', ' dot ', ' at ', '(at)', '艾特', '@', '＠',
  'qq', '.com', 'com', 'cn', '.cn', '康姆', '一六三', '扣扣', '微信', '薇❤', 'V', '加', '加我', '+', '➕', 'vx', '电话', '手机', '订单号', '尾号',
  '¥', '€', '￥', '淘宝', '京东', '支付宝', '转我', '银行卡', '卡号', '账号', '地址', '门店', '路', '号', '欢迎到店', '二维码', '扫码', '主页',
  '不', '不要', '谨防', '您的', '退货地址', '元', 'ml', 'kg', '年', '月', '日', '亲', '好的', '奶粉', '保税仓', '🐧', '🍑宝', '\u200b', '\u3000',
];

function fuzz(count: number, seed: number): string[] {
  const next = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 3 + Math.floor(next() * 60);
    let s = '';
    for (let k = 0; k < n; k++) s += FUZZ_TOKENS[Math.floor(next() * FUZZ_TOKENS.length)]!;
    out.push(s);
  }
  return out;
}

const sets: Record<string, string[]> = {
  fixtures: fixtureTexts,
  fuzz: fuzz(20_000, 1234),
  'replies-50': generateReplies(corpus, 50, 2000, 57),
  'replies-120': generateReplies(corpus, 120, 20_000, 42),
  'replies-500': generateReplies(corpus, 500, 2000, 507),
  'replies-5000': generateReplies(corpus, 5000, 200, 5007),
  'paste-1mb': generateReplies(corpus, 1024 * 1024, 1, 9),
  'paste-dev-set': [fixtureTexts.join('\n').repeat(3)],
  'paste-dense-contacts': ['加我微信abc123，电话 138 0013 8000，淘宝搜我们店名。'.repeat(25_000)],
  'paste-plain-prose': ['亲，这款奶粉是澳洲原装进口，保税仓发货，订单号2305121845367201849。'.repeat(25_000)],
  'paste-fuzz': [fuzz(4000, 99).join('')],
};

const linters = {
  default: createLinter(),
  // Shop settings exercise custom-deny, allow spans and severity overrides.
  settings: createLinter({
    deny: [
      { term: '代购', clause: '2.3', severity: 'warn' },
      { term: '微商', clause: '2.6', severity: 'block', note: '微商' },
    ],
    allow: ['京东快递', 'hkmall'],
    severity: { 'contact-pointer': 'info', 'store-address': 'off' },
  }),
};

const lines: string[] = [];
const hash = createHash('sha256');
for (const [linterName, linter] of Object.entries(linters)) {
  for (const [setName, texts] of Object.entries(sets)) {
    if (linterName === 'settings' && setName.startsWith('paste')) continue; // settings cost nothing per size
    const setHash = createHash('sha256');
    let count = 0;
    texts.forEach((text, i) => {
      const result = linter.lintDetailed(text);
      count += result.findings.length;
      const line = JSON.stringify({ linter: linterName, set: setName, i, ...result });
      setHash.update(line);
      hash.update(line);
      lines.push(line);
    });
    console.log(`${linterName.padEnd(8)} ${setName.padEnd(20)} ${String(texts.length).padStart(6)} drafts ${String(count).padStart(7)} findings  ${setHash.digest('hex').slice(0, 16)}`);
  }
}
const out = process.argv[2];
if (out) writeFileSync(out, lines.join('\n') + '\n');
console.log(`all: ${hash.digest('hex')}${out ? ` → ${out}` : ''}`);
