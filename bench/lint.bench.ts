// Lint engine benchmark (issue 3): per-draft latency, throughput over >= 10 MB of generated replies,
// the same corpus through modern-ahocorasick with the rule pack's own term list as the peer (keyword
// matching only, no normalisation, no context), engine build time and heap, and one 1 MB paste.
import AhoCorasick from 'modern-ahocorasick';
import { readFileSync } from 'node:fs';
import { createLinter } from '../rules/engine';
import { RULES } from '../rules/registry';
import { generateReplies, heapMB, ms, percentile, timeit } from './support';

const corpus = readFileSync(new URL('../test/fixtures/corpus-examples.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);

export function run(): void {
  // Build: engine vs peer.
  const heap0 = heapMB();
  const [linter, buildMs] = timeit(() => createLinter());
  const heap1 = heapMB();
  const peerTerms = [...new Set(RULES.flatMap((r) => (r.terms ?? []).map((t) => t.term)))];
  const [peer, peerBuildMs] = timeit(() => new AhoCorasick(peerTerms));
  const heap2 = heapMB();
  console.log(`rules ${RULES.length}, lexicon terms ${linter.termCount} (peer: ${peerTerms.length} distinct terms)`);
  console.log(`build: ReplyGuard ${ms(buildMs)} (+${(heap1 - heap0).toFixed(1)} MB heap) | modern-ahocorasick ${ms(peerBuildMs)} (+${(heap2 - heap1).toFixed(1)} MB heap)`);

  // Latency per draft size.
  for (const size of [50, 500, 5000]) {
    const drafts = generateReplies(corpus, size, size === 5000 ? 200 : 2000, 7 + size);
    for (const d of drafts.slice(0, 50)) linter.lint(d); // warm-up
    const times: number[] = [];
    for (const d of drafts) {
      const t0 = performance.now();
      linter.lint(d);
      times.push(performance.now() - t0);
    }
    const peerTimes: number[] = [];
    for (const d of drafts) {
      const t0 = performance.now();
      peer.search(d);
      peerTimes.push(performance.now() - t0);
    }
    console.log(
      `${String(size).padStart(5)} chars: median ${ms(percentile(times, 0.5))}, p99 ${ms(percentile(times, 0.99))}` +
        ` | peer median ${ms(percentile(peerTimes, 0.5))}, p99 ${ms(percentile(peerTimes, 0.99))}`,
    );
  }

  // Throughput over >= 10 MB (UTF-8) of generated replies of realistic length.
  const replies: string[] = [];
  let bytes = 0;
  for (const r of generateReplies(corpus, 120, 400_000, 42)) {
    replies.push(r);
    bytes += Buffer.byteLength(r);
    if (bytes >= 10 * 1024 * 1024) break;
  }
  const chars = replies.reduce((n, r) => n + r.length, 0);
  let findings = 0;
  const [, lintMs] = timeit(() => {
    for (const r of replies) findings += linter.lint(r).length;
  });
  let peerHits = 0;
  const [, peerMs] = timeit(() => {
    for (const r of replies) peerHits += peer.search(r).length;
  });
  const mbs = (t: number) => `${(bytes / 1024 / 1024 / (t / 1000)).toFixed(1)} MB/s`;
  console.log(
    `throughput over ${(bytes / 1024 / 1024).toFixed(1)} MB (${replies.length} replies, ${chars} chars):` +
      ` ReplyGuard ${ms(lintMs)} = ${mbs(lintMs)} (${findings} findings) | modern-ahocorasick ${ms(peerMs)} = ${mbs(peerMs)} (${peerHits} raw hits)`,
  );
  console.log(`ratio (peer time / ReplyGuard time): ${(peerMs / lintMs).toFixed(2)}  (target >= 1.0: full lint at least as fast as keyword-only)`);

  // One 1 MB paste.
  const big = generateReplies(corpus, 1024 * 1024, 1, 9)[0]!;
  linter.lint(big.slice(0, 10_000));
  const [bigFindings, bigMs] = timeit(() => linter.lint(big));
  console.log(`1 MB paste (${big.length} chars): ${ms(bigMs)}, ${bigFindings.length} findings (target < 100 ms)`);
  console.log(`heap in use: ${heapMB().toFixed(1)} MB`);
}
