// Engine cold start (round 57): what every frame with a composer pays before its first lint — the built
// lint-engine.js compiled, its module run and createLinter(), each in a fresh vm context (a frame's own realm), with
// the first lint of a Han-only draft and of one with latin letters (round 57 tried building the latin half of the lexicon
// at the first latin draft: ~115 ms less at start, ~130 ms more on that keystroke; not kept). CPU time of this process (all its threads: GC and compiler helpers count, other processes do
// not), median of several starts. Peer: JSON.parse of as many bytes of real draft text, the least a page pays to take
// in that much data; the engine is code and tables, so its ratio says how far it is from shipping data alone.
// Prints figures; asserts nothing.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { percentile } from './support';

const ENGINE = path.resolve('.output/chrome-mv3/lint-engine.js');
const STARTS = 5;
const HAN_DRAFT = '亲，您好，这款奶粉是保税仓发货，请放心';
const LATIN_DRAFT = '加我vx：abc12345，这是gao仿的';

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

interface Start {
  compile: number;
  run: number;
  createLinter: number;
  hanLint: number;
  latinLint: number;
}

function coldStart(source: string, n: number): Start {
  const t0 = cpuMs();
  // A name of its own per start: V8 caches a compiled script by source and origin, which a new frame does not share.
  const script = new vm.Script(source, { filename: `lint-engine-${n}.js` });
  const t1 = cpuMs();
  const realm = vm.createContext({ console, TextDecoder, TextEncoder, Intl, performance, setTimeout, clearTimeout, Uint8Array });
  realm.globalThis = realm;
  realm.self = realm;
  realm.chrome = { runtime: {} };
  script.runInContext(realm);
  const t2 = cpuMs();
  const engine = realm.__replyguardLintEngine as { createLinter(): { lint(text: string): unknown[] } };
  const linter = engine.createLinter();
  const t3 = cpuMs();
  linter.lint(HAN_DRAFT);
  const t4 = cpuMs();
  linter.lint(LATIN_DRAFT);
  const t5 = cpuMs();
  return { compile: t1 - t0, run: t2 - t1, createLinter: t3 - t2, hanLint: t4 - t3, latinLint: t5 - t4 };
}

/** A JSON array of fixture drafts, repeated to `bytes` UTF-8 bytes or just over. */
function peerJson(bytes: number): string {
  const dir = path.resolve('test/fixtures');
  const texts = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));
  const parts: string[] = [];
  let size = 2;
  for (let i = 0; size < bytes; i = (i + 1) % texts.length) {
    const part = JSON.stringify(texts[i]);
    parts.push(part);
    size += Buffer.byteLength(part) + 1;
  }
  return `[${parts.join(',')}]`;
}

export function run(): void {
  if (!fs.existsSync(ENGINE)) {
    console.log('skipped: run `npx wxt build` first (no .output/chrome-mv3/lint-engine.js)');
    return;
  }
  const source = fs.readFileSync(ENGINE, 'utf8');
  const bytes = Buffer.byteLength(source);
  const json = peerJson(bytes);
  const starts: Start[] = [];
  const peers: number[] = [];
  // Interleaved, so a busy machine weighs on both alike.
  for (let n = 0; n < STARTS; n++) {
    starts.push(coldStart(source, n));
    const p0 = cpuMs();
    (JSON.parse(json) as unknown[]).length;
    peers.push(cpuMs() - p0);
  }
  const med = (pick: (s: Start) => number) => percentile(starts.map(pick), 0.5);
  const total = med((s) => s.compile + s.run + s.createLinter);
  const peer = percentile(peers, 0.5);
  console.log(`engine cold start, ${(bytes / 1e6).toFixed(2)} MB lint-engine.js in a fresh context (CPU ms, median of ${STARTS}):`);
  console.log(`  compile ${med((s) => s.compile).toFixed(0)}, module run ${med((s) => s.run).toFixed(0)}, createLinter ${med((s) => s.createLinter).toFixed(0)} = ${total.toFixed(0)} ms`);
  console.log(`  then first lint of a Han-only draft ${med((s) => s.hanLint).toFixed(0)} ms; first draft with latin letters ${med((s) => s.latinLint).toFixed(0)} ms`);
  console.log(`  peer: JSON.parse of ${(Buffer.byteLength(json) / 1e6).toFixed(2)} MB of draft text ${peer.toFixed(0)} ms → cold start = ${(total / peer).toFixed(1)}× the peer`);
}
