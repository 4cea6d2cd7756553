#!/usr/bin/env node
// A tiny static server for the built demo (demo/dist) on 127.0.0.1, with no dependencies.
//   node scripts/serve-demo.mjs [port]        (or PORT=…; default 5178; 0 = any free port)
// Also a module: startDemoServer({ port }) → { url, port, close }, used by npm start and the e2e
// fixtures. `/workbench` serves workbench.html; `/name` serves name.html when it exists.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DEFAULT_PORT = 5178;
export const DEMO_DIST = fileURLToPath(new URL('../demo/dist/', import.meta.url));

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export class DemoNotBuiltError extends Error {
  constructor(root) {
    super(`演示页面还没有构建：找不到 ${path.join(root, 'index.html')}。先运行 npm run build:demo\n(demo not built: run \`npm run build:demo\` first)`);
    this.name = 'DemoNotBuiltError';
  }
}

/** Maps a URL path to a file inside root, or null (outside root, missing, or a directory). */
export function resolveDemoFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}.html`];
  for (const candidate of candidates) {
    const file = path.resolve(root, `.${path.posix.normalize(`/${candidate}`)}`);
    // The normalized path can never climb above root, but check anyway: this is the security line.
    if (file !== root && !file.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) return null;
    try {
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

function send(res, status, headers, body) {
  res.writeHead(status, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(body);
}

/**
 * Serves demo/dist (or `root`) on `host:port`. Resolves once listening.
 * @param {{ port?: number, host?: string, root?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startDemoServer(options = {}) {
  const root = path.resolve(options.root ?? DEMO_DIST);
  const host = options.host ?? '127.0.0.1';
  if (!fs.existsSync(path.join(root, 'index.html'))) throw new DemoNotBuiltError(root);

  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, { allow: 'GET, HEAD', 'content-type': MIME['.txt'] }, '只支持 GET / HEAD\n');
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveDemoFile(root, pathname);
    if (!file) {
      send(res, 404, { 'content-type': MIME['.txt'] }, `找不到页面 / not found: ${pathname}\n`);
      return;
    }
    const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const body = fs.readFileSync(file);
    send(res, 200, { 'content-type': type, 'content-length': body.length }, req.method === 'HEAD' ? undefined : body);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Port from argv[2], else PORT, else the default. */
function portFromCli() {
  const raw = process.argv[2] ?? process.env.PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`端口无效：${raw}（应为 0–65535 的整数）/ invalid port`);
    process.exit(2);
  }
  return port;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const port = portFromCli();
  try {
    const server = await startDemoServer({ port });
    console.log(`演示页面 / demo: ${server.url}/  ·  工作台 / workbench: ${server.url}/workbench`);
    console.log('按 Ctrl+C 停止 / Ctrl+C to stop');
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    if (error instanceof DemoNotBuiltError) console.error(error.message);
    else if (error && error.code === 'EADDRINUSE') console.error(`端口 ${port} 已被占用：换一个端口，例如 PORT=${port + 1} npm run demo\n(port ${port} is in use)`);
    else console.error(error);
    process.exit(1);
  }
}
