#!/usr/bin/env node
// Serves a static export the way a static host does: `out/` (or DIR) under BASE_PATH,
// `index.html` for folders (redirecting to the trailing slash), `404.html` for misses,
// text compressed with gzip when the client accepts it (as GitHub Pages and CDNs do).
//   node scripts/serve.mjs [DIR]      PORT (3000) and BASE_PATH ('') from the environment
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

if (!fs.existsSync(root)) {
  console.error(`serve: ${root} does not exist; run the build first`);
  process.exit(1);
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;
const gzipped = new Map();

function send(res, status, file, req) {
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    const { mtimeMs } = fs.statSync(file);
    let cached = gzipped.get(file);
    if (cached?.mtimeMs !== mtimeMs) {
      cached = { mtimeMs, body: zlib.gzipSync(fs.readFileSync(file)) };
      gzipped.set(file, cached);
    }
    res.writeHead(status, {
      ...headers,
      'content-encoding': 'gzip',
      'content-length': cached.body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : cached.body);
    return;
  }
  res.writeHead(status, headers);
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(file).pipe(res);
}

function notFound(req, res) {
  const page = path.join(root, '404.html');
  if (fs.existsSync(page)) send(res, 404, page, req);
  else res.writeHead(404, { 'content-type': 'text/plain' }).end('404 Not Found');
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return notFound(req, res);
  }
  if (basePath && pathname === basePath) {
    return res.writeHead(308, { location: `${basePath}/${url.search}` }).end();
  }
  if (basePath && !pathname.startsWith(`${basePath}/`)) return notFound(req, res);
  const relative = pathname.slice(basePath.length).normalize('NFC');
  const file = path.join(root, relative);
  // `%2F..%2F` decodes to `/../`: nothing outside the export, not even a sibling `out-old/`.
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return notFound(req, res);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat?.isFile()) return send(res, 200, file, req);
  if (stat?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      return res.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
    }
    const index = path.join(file, 'index.html');
    if (fs.existsSync(index)) return send(res, 200, index, req);
  }
  const html = `${file}.html`;
  if (fs.existsSync(html)) return send(res, 200, html, req);
  return notFound(req, res);
});

server.listen(port, () => {
  // PORT=0 picks a free port; the line says which.
  const { port: actual } = server.address();
  console.log(
    `Serving ${path.relative(process.cwd(), root) || '.'} at http://localhost:${actual}${basePath}/`,
  );
});
