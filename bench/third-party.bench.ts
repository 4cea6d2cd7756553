// Clause 2.3 rules (third-party information): time per reply on the dev set and on megabyte pastes,
// against the peer "no-chinese only" (normalisation + one trivial rule) in the same process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import noChinese from '../rules/checks/no-chinese';
import { createLinter } from '../rules/engine';

export function run(): void {
  const file = fileURLToPath(new URL('../test/fixtures/dev-third-party.jsonl', import.meta.url));
  const texts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  const full = createLinter();
  const peer = createLinter({ rules: [noChinese] });
  const perReply = (linter: typeof full) => {
    for (const t of texts) linter.lint(t);
    const t0 = performance.now();
    let n = 0;
    for (let r = 0; r < 10; r++) for (const t of texts) (linter.lint(t), n++);
    return ((performance.now() - t0) * 1000) / n;
  };
  const a = perReply(full);
  const b = perReply(peer);
  console.log(`dev set (${texts.length} replies): all rules ${a.toFixed(1)} µs/reply, no-chinese only ${b.toFixed(1)} µs/reply, ratio ${(a / b).toFixed(1)}×`);
  const pastes: Record<string, string> = {
    'dense contacts': '加我微信abc123，电话 138 0013 8000，淘宝搜我们店名。'.repeat(25_000),
    'plain prose': '亲，这款奶粉是澳洲原装进口，保税仓发货，订单号2305121845367201849。'.repeat(25_000),
  };
  for (const [name, text] of Object.entries(pastes)) {
    const t0 = performance.now();
    const found = full.lint(text).length;
    const ms = performance.now() - t0;
    const t1 = performance.now();
    peer.lint(text);
    const peerMs = performance.now() - t1;
    console.log(`${name} paste ${(text.length / 1e6).toFixed(2)} M chars: all rules ${ms.toFixed(0)} ms (${found} findings), no-chinese only ${peerMs.toFixed(0)} ms, ratio ${(ms / peerMs).toFixed(1)}×`);
  }
}
