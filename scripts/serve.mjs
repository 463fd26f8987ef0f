#!/usr/bin/env node
// A tiny dependency-free static file server for the repository root, for the
// browser demo (examples/browser/) and the browser test (tests/browser/run.mjs).
//   node scripts/serve.mjs [port]        (default 8080; 0 = any free port)
// Serves on 127.0.0.1 only. Directory URLs serve their index.html.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

function send(res, status, body, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(body);
}

function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed\n');
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    return send(res, 400, 'bad request\n');
  }
  let file = path.join(root, path.normalize(pathname));
  // No way out of the root (path.join already resolves "..", this is the guard).
  if (file !== root && !file.startsWith(root + path.sep)) return send(res, 403, 'forbidden\n');
  fs.stat(file, (err, st) => {
    if (!err && st.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: pathname + '/' });
        return res.end();
      }
      file = path.join(file, 'index.html');
      return fs.stat(file, (err2, st2) => serveFile(err2, st2));
    }
    serveFile(err, st);
  });
  function serveFile(err, st) {
    if (err || !st.isFile()) return send(res, 404, `not found: ${pathname}\n`);
    const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': st.size, 'Cache-Control': 'no-store' });
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
  }
}

/**
 * Starts the server on 127.0.0.1:`port` (0 = a free port) for `root` (default:
 * the repository root). Resolves to { server, port, url, close() }.
 */
export function startServer(port = 8080, root = ROOT) {
  const server = http.createServer((req, res) => handle(root, req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolve({
        server,
        port: actual,
        url: `http://127.0.0.1:${actual}/`,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const arg = process.argv[2] ?? process.env.PORT ?? '8080';
  const port = Number(arg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: bad port "${arg}"`);
    process.exit(1);
  }
  startServer(port).then(
    ({ url }) => {
      console.log(`Serving ${ROOT} at ${url}`);
      console.log(`Demo: ${url}examples/browser/   (Ctrl+C to stop)`);
    },
    (err) => {
      console.error(`serve: ${err.code === 'EADDRINUSE' ? `port ${port} is in use; pass another: node scripts/serve.mjs 8081` : err.message}`);
      process.exit(1);
    },
  );
}
