// Start-up cache for the `replyguard` command. Running cli/main.ts through tsx's loader costs ~2 s of CPU a spawn
// (135 TypeScript modules, 5.3 MB, resolved and transformed one by one); an esbuild bundle of the same sources loads in
// a fraction of that. The bundle lives in <repo>/.cache/cli/ and is trusted only while every source file it was built
// from (and every folder holding one, so a new file that could change how an import resolves counts too) still has
// the inode, size, mtime and ctime it had at build time: ctime cannot be set back by any tool, so an edit to rules/ is
// always seen on the next run. Any failure here (read-only checkout, `ulimit -f`, a syntax error esbuild refuses)
// falls back to tsx, which behaves and reports errors exactly as before.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, '.cache', 'cli');
const MANIFEST = join(CACHE, 'manifest.json');
const ENTRY = 'cli/main.ts';
// Files that shape the build without being bundled: this file (the build options) and the tsconfig esbuild reads.
const BUILD_INPUTS = [relative(ROOT, fileURLToPath(import.meta.url)), 'tsconfig.json', '.wxt/tsconfig.json'];
// A bundle folder no manifest points to is removed after a day: a process started from it may still load a lazy chunk.
const STALE_BUNDLE_MS = 24 * 3600 * 1000;

/** The CLI's `main`, from a fresh bundle when one can be had, else through tsx as before. */
export async function loadCliMain() {
  let bundle;
  try {
    bundle = freshBundle() ?? (await buildBundle());
  } catch {
    bundle = undefined;
  }
  if (bundle) return import(pathToFileURL(join(bundle, 'main.mjs')).href);
  const { register } = await import('tsx/esm/api');
  register();
  return import('../cli/main.ts');
}

/** `ino:size:mtime:ctime` in nanoseconds, or '-' for a path that does not exist (its later creation counts). */
function stamp(path) {
  const s = statSync(join(ROOT, path), { bigint: true, throwIfNoEntry: false });
  return s ? `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}` : '-';
}

function stampsOf(paths) {
  return Object.fromEntries(paths.map((p) => [p, stamp(p)]));
}

function readManifest() {
  try {
    return JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return undefined;
  }
}

function freshBundle() {
  const manifest = readManifest();
  if (!manifest || manifest.node !== process.version) return undefined;
  for (const [path, was] of Object.entries(manifest.stamps)) if (stamp(path) !== was) return undefined;
  return join(CACHE, manifest.bundle);
}

async function buildBundle() {
  // esbuild comes with tsx (its dependency): resolved through tsx, nothing new to install or pin.
  const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))('esbuild');
  const startedMs = Date.now();
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { main: ENTRY },
    bundle: true,
    splitting: true, // each command's code (and the engine) stays a lazy chunk, loaded only when used
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    outdir: join(CACHE, 'out'),
    write: false,
    metafile: true,
    keepNames: true, // a class or function keeps its .name where the bundle renames a clashing identifier
    logLevel: 'silent',
  });
  const sources = Object.keys(result.metafile.inputs);
  // The repository's own folder is left out: .cache/ is made in it (stamping it made the second run rebuild), and the
  // only source read from it is package.json (the version), stamped as a file.
  const folders = [...new Set(sources.map((p) => dirname(p)))].filter((folder) => folder !== '.' && folder !== '');
  const stamps = stampsOf([...BUILD_INPUTS, ...sources, ...folders]);
  const bundle = `b-${startedMs.toString(36)}-${randomBytes(4).toString('hex')}`;
  const dir = join(CACHE, bundle);
  try {
    mkdirSync(dir, { recursive: true });
    for (const file of result.outputFiles) writeFileSync(join(dir, relative(join(CACHE, 'out'), file.path)), file.contents);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true }); // e.g. EFBIG under `ulimit -f`: no half-written bundle stays
    throw e;
  }
  // A source changed while esbuild read it: this run uses the bundle, but no manifest vouches for it. The margin
  // covers the kernel's coarse file clock, which may stamp a write a few ms behind Date.now().
  const changedDuringBuild = sources.some((p) => statSync(join(ROOT, p)).ctimeMs >= startedMs - 50);
  if (!changedDuringBuild) {
    const tmp = `${MANIFEST}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ node: process.version, bundle, stamps }));
    renameSync(tmp, MANIFEST); // atomic: a concurrent run reads the old manifest or this one, never half
  }
  removeStaleBundles([bundle, readManifest()?.bundle]);
  return dir;
}

function removeStaleBundles(keep) {
  for (const name of readdirSync(CACHE)) {
    if (!name.startsWith('b-') || keep.includes(name)) continue;
    const path = join(CACHE, name);
    if (Date.now() - statSync(path).mtimeMs > STALE_BUNDLE_MS) rmSync(path, { recursive: true, force: true });
  }
}
