#!/usr/bin/env node
// Prints the gzipped size of every built content script (.output/chrome-mv3/content-scripts/*.js:
// the guard, its UI and the site adapters) against the 60 KB budget of issue 4, and the size of the
// lint engine (.output/chrome-mv3/lint-engine.js: rules, lexicon, model), which a frame loads only
// when it may hold a composer (content/guard/engine-loader.ts) — printed, outside the budget.
//   npm run build && node scripts/bundle-size.mjs [--check]   (--check: exit 1 over budget)
//   node scripts/bundle-size.mjs --by-module [--top N]
//     builds once more with a sourcemap into .output/bundle-analysis and attributes the bytes of
//     each content script to its source modules (raw minified bytes, and each module's own slice
//     gzipped alone: a yardstick, since gzip shares context across modules).
// Also a module: bundleSizes() for bench/bundle.bench.ts, bytesByModule() for the analysis.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const CONTENT_SCRIPTS_DIR = path.resolve('.output/chrome-mv3/content-scripts');
export const ENGINE_FILE = path.resolve('.output/chrome-mv3/lint-engine.js');
export const BUDGET_BYTES = 60 * 1024;
const ANALYSIS_DIR = path.resolve('.output/bundle-analysis');

const gzipSize = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

/** [{ file, raw, gzip, brotli }] for each built content script, or null when not built. */
export function bundleSizes(dir = CONTENT_SCRIPTS_DIR) {
  if (!fs.existsSync(dir)) return null;
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const code = fs.readFileSync(path.join(dir, file));
      return { file, raw: code.length, gzip: gzipSize(code), brotli: zlib.brotliCompressSync(code).length };
    });
}

/** { file, raw, gzip, brotli } of the on-demand lint engine, or null when not built. */
export function engineSize(file = ENGINE_FILE) {
  if (!fs.existsSync(file)) return null;
  const code = fs.readFileSync(file);
  return { file: path.basename(file), raw: code.length, gzip: gzipSize(code), brotli: zlib.brotliCompressSync(code).length };
}

export const describeEngine = ({ file, raw, gzip, brotli }) =>
  `${file} (lint engine, loaded on demand by a frame with a composer; not a content script): ${kb(raw)} raw, ${kb(gzip)} gzip; ${kb(brotli)} brotli`;

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export function describeSize({ file, raw, gzip, brotli }) {
  const verdict = gzip <= BUDGET_BYTES ? 'ok' : 'OVER';
  return `${file}: ${kb(raw)} raw, ${kb(gzip)} gzip — ${(100 * gzip / BUDGET_BYTES).toFixed(0)}% of the ${kb(BUDGET_BYTES)} budget (${verdict}); ${kb(brotli)} brotli`;
}

// --- attribution through the source map (VLQ decoding; no dependency) ---

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes one mappings segment ("AAAA,CAAC") into numbers. */
function decodeVlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64[ch];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** A readable module name: the project-relative path, or `pkg:<name>` for node_modules. */
function moduleName(source) {
  const clean = source.replace(/^(\.\.\/)+/, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = clean.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    return `pkg:${pkg}/${rest.slice(rest[0].startsWith('@') ? 2 : 1).join('/')}`;
  }
  return clean;
}

/**
 * Bytes of `code` per source module of its map: every generated span from one mapping to the next
 * belongs to the first mapping's source (unmapped spans to "(unmapped)"). Returns
 * [{ module, raw, gzip, marginal }] largest first; gzip = the module's own bytes gzipped alone;
 * marginal = how much smaller the whole gzipped file gets without them (gzip shares context, so this
 * is what removing or shrinking the module can win).
 */
export function bytesByModule(code, map) {
  const sources = map.sources.map(moduleName);
  const chunks = new Map();
  const spans = [];
  const add = (name, text) => {
    if (!text) return;
    const list = chunks.get(name) ?? [];
    list.push(text);
    chunks.set(name, list);
    spans.push([name, text]);
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let source = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const segs = (mappingLines[i] ?? '').split(',').filter(Boolean);
    let col = 0;
    let prevCol = 0;
    let prevName = '(unmapped)';
    for (const seg of segs) {
      const v = decodeVlq(seg);
      col += v[0];
      add(prevName, line.slice(prevCol, col));
      if (v.length >= 4) {
        source += v[1];
        prevName = sources[source] ?? '(unmapped)';
      } else prevName = '(unmapped)';
      prevCol = col;
    }
    add(prevName, line.slice(prevCol) + (i < lines.length - 1 ? '\n' : ''));
  }
  const whole = gzipSize(Buffer.from(code));
  bytesByModule.groupMarginal = (test) => whole - gzipSize(Buffer.from(spans.filter(([name]) => !test(name)).map(([, t]) => t).join('')));
  return [...chunks]
    .map(([module, list]) => {
      const text = Buffer.from(list.join(''));
      const without = spans.filter(([name]) => name !== module).map(([, t]) => t).join('');
      return { module, raw: text.length, gzip: gzipSize(text), marginal: whole - gzipSize(Buffer.from(without)) };
    })
    .sort((a, b) => b.raw - a.raw);
}

/**
 * A lookup (0-based line, column of the generated file) → source module, from a source map: for
 * attributing CPU-profile samples of the built script (bench/guard-typing.bench.ts).
 */
export function moduleLocator(map) {
  const sources = map.sources.map(moduleName);
  const lines = map.mappings.split(';').map(() => []);
  let source = 0;
  map.mappings.split(';').forEach((line, i) => {
    let col = 0;
    for (const seg of line.split(',').filter(Boolean)) {
      const v = decodeVlq(seg);
      col += v[0];
      if (v.length >= 4) source += v[1];
      lines[i].push([col, v.length >= 4 ? sources[source] : '(unmapped)']);
    }
  });
  return (line, column) => {
    let found = '(unmapped)';
    for (const [col, name] of lines[line] ?? []) {
      if (col > column) break;
      found = name;
    }
    return found;
  };
}

/** Builds the extension with source maps into .output/bundle-analysis (same config otherwise). */
export async function buildWithSourceMaps() {
  const { build } = await import('wxt');
  await build({ outDir: ANALYSIS_DIR, logLevel: 0, vite: () => ({ build: { sourcemap: true } }) });
  return path.join(ANALYSIS_DIR, 'chrome-mv3', 'content-scripts');
}

/** The source map of a built content script when .output/bundle-analysis holds the same code, else null. */
export function sourceMapFor(file = 'guard.js', dir = CONTENT_SCRIPTS_DIR) {
  const analysed = path.join(ANALYSIS_DIR, 'chrome-mv3', 'content-scripts', file);
  if (!fs.existsSync(analysed) || !fs.existsSync(`${analysed}.map`) || !fs.existsSync(path.join(dir, file))) return null;
  const strip = (code) => code.replace(/\n?\/\/# sourceMappingURL=.*\s*$/, '').trimEnd();
  if (strip(fs.readFileSync(analysed, 'utf8')) !== strip(fs.readFileSync(path.join(dir, file), 'utf8'))) return null;
  return JSON.parse(fs.readFileSync(`${analysed}.map`, 'utf8'));
}

async function printByModule(top) {
  const dir = await buildWithSourceMaps();
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort().map((f) => path.join(dir, f));
  files.push(path.join(dir, '..', path.basename(ENGINE_FILE)));
  for (const full of files) {
    const file = path.basename(full);
    const code = fs.readFileSync(full, 'utf8').replace(/\n?\/\/# sourceMappingURL=.*\s*$/, '');
    const map = JSON.parse(fs.readFileSync(`${full}.map`, 'utf8'));
    const rows = bytesByModule(code, map);
    const total = Buffer.byteLength(code);
    console.log(`\n${file}: ${kb(total)} raw, ${kb(gzipSize(code))} gzip, ${rows.length} modules — by module (raw minified; gzip of the module alone; marginal = gzip saved without it)`);
    const groups = new Map();
    for (const r of rows) {
      const g = r.module.startsWith('pkg:') ? r.module.split('/').slice(0, r.module.startsWith('pkg:@') ? 2 : 1).join('/') : r.module.split('/').slice(0, -1).join('/') || r.module;
      groups.set(g, (groups.get(g) ?? 0) + r.raw);
    }
    for (const r of rows.slice(0, top)) {
      console.log(`  ${(r.raw / 1024).toFixed(1).padStart(6)} KB ${(100 * r.raw / total).toFixed(1).padStart(5)}%  gz ${(r.gzip / 1024).toFixed(1).padStart(5)} KB  marginal ${(r.marginal / 1024).toFixed(1).padStart(5)} KB  ${r.module}`);
    }
    if (rows.length > top) console.log(`  … ${rows.length - top} more (--top N)`);
    const ofGroup = (g) => (name) => name === g || (g.startsWith('pkg:') ? name.startsWith(`${g}/`) : name.split('/').slice(0, -1).join('/') === g);
    console.log(
      '  by folder/package (raw; marginal gzip):',
      [...groups].sort((a, b) => b[1] - a[1]).map(([g, n]) => `${g} ${kb(n)}; ${kb(bytesByModule.groupMarginal(ofGroup(g)))}`).join(' | '),
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (process.argv.includes('--by-module')) {
    const i = process.argv.indexOf('--top');
    await printByModule(i > 0 ? Number(process.argv[i + 1]) || 15 : 15);
  } else {
    const sizes = bundleSizes();
    if (!sizes) {
      console.error(`没有找到构建产物 ${CONTENT_SCRIPTS_DIR}：先运行 npm run build (build the extension first)`);
      process.exit(2);
    }
    for (const s of sizes) console.log(describeSize(s));
    const engine = engineSize();
    if (engine) console.log(describeEngine(engine));
    if (process.argv.includes('--check') && sizes.some((s) => s.gzip > BUDGET_BYTES)) {
      console.error(`内容脚本超出 ${kb(BUDGET_BYTES)} gzip 预算 (content script over budget): node scripts/bundle-size.mjs --by-module 查看各模块大小`);
      process.exit(1);
    }
  }
}
