#!/usr/bin/env node
// Serves a static export the way a static host does: `out/` (or DIR) under BASE_PATH,
// `index.html` for folders (redirecting to the trailing slash), the nearest `404.html` for misses,
// text compressed with gzip when the client accepts it (as GitHub Pages and CDNs do).
//   node scripts/serve.mjs [DIR]      PORT (3000), HOST (127.0.0.1) and BASE_PATH ('') from the
//                                     environment; HOST=0.0.0.0 serves the local network too.
// It only reads: GET and HEAD, files inside DIR (symlinks too, when they resolve inside DIR).
// A malformed request gets 400, a miss 404; an unexpected error answers 500 and is logged,
// and the server keeps running.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || '127.0.0.1';
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

// The content type of each file extension, shared with `npm run dev`'s assets (dev-assets.ts).
const TYPES = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, '../lib/publish/content-types.json'), 'utf8'),
);

if (!fs.existsSync(root)) {
  console.error(`serve: ${root} does not exist; run the build first`);
  process.exit(1);
}
/** The export's real location: served files must resolve (symlinks followed) inside it. */
const realRoot = fs.realpathSync(root);

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;
const gzipped = new Map();
/** Sent with every response, the ones Node writes for unparsable requests included. */
const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff' };
const ALLOW = 'GET, HEAD';

function inside(dir, file) {
  return file === dir || file.startsWith(`${dir}${path.sep}`);
}

/**
 * The real path of `file` when it is a file or folder inside the export, otherwise null (missing,
 * `file.html/x` under a file, a name too long, a symlink loop or a symlink leading out).
 */
async function resolveInside(file) {
  if (!inside(root, file)) return null;
  let real;
  try {
    real = await fs.promises.realpath(file);
  } catch {
    return null;
  }
  return inside(realRoot, real) ? real : null;
}

async function statOf(real) {
  try {
    return await fs.promises.stat(real);
  } catch {
    return null;
  }
}

function plain(res, status, text, headers = {}) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

function redirect(res, location) {
  res.writeHead(308, { ...SECURITY_HEADERS, location, 'content-length': 0 }).end();
}

/** Sends the file at `real` (a path from resolveInside); false when it cannot be read. */
async function send(req, res, status, real) {
  let body;
  let mtimeMs;
  try {
    const stat = await fs.promises.stat(real);
    if (!stat.isFile()) return false;
    mtimeMs = stat.mtimeMs;
    body = await fs.promises.readFile(real);
  } catch {
    return false;
  }
  const type = TYPES[path.extname(real)] ?? 'application/octet-stream';
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': type,
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
  };
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    let cached = gzipped.get(real);
    if (cached?.mtimeMs !== mtimeMs || cached.size !== body.length) {
      cached = { mtimeMs, size: body.length, body: zlib.gzipSync(body) };
      gzipped.set(real, cached);
    }
    headers['content-encoding'] = 'gzip';
    body = cached.body;
  }
  res.writeHead(status, { ...headers, 'content-length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/**
 * The nearest `404.html` up the requested path's folders (`/en/404.html` for `/en/x/`, a
 * locale's), as static hosts such as Cloudflare Pages look for it; `segments` are checked ones.
 */
async function notFound(req, res, segments = []) {
  for (let depth = segments.length; depth >= 0; depth--) {
    const page = await resolveInside(path.join(root, ...segments.slice(0, depth), '404.html'));
    if (page && (await send(req, res, 404, page))) return;
  }
  plain(res, 404, '404 Not Found');
}

/**
 * The path and query of a request target: origin-form `/a/b?q`, or absolute-form
 * `http://host/a/b?q` (RFC 9112 says servers accept it). Null for anything else (`*`,
 * `host:port`). A fragment, which clients should not send, is dropped.
 */
function splitTarget(target) {
  let rest = target;
  if (/^https?:\/\//i.test(rest)) {
    const slash = rest.indexOf('/', rest.indexOf('//') + 2);
    rest = slash === -1 ? '/' : rest.slice(slash);
  }
  if (!rest.startsWith('/')) return null;
  rest = rest.replace(/#.*/s, '');
  const question = rest.indexOf('?');
  return question === -1
    ? { rawPath: rest, search: '' }
    : { rawPath: rest.slice(0, question), search: rest.slice(question) };
}

// Control characters, and `\`, which some systems take for a path separator.
const FORBIDDEN = /[\u0000-\u001f\u007f\\]/;

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return plain(res, 405, '405 Method Not Allowed', { allow: ALLOW });
  }
  if (req.httpVersionMajor === 1 && req.httpVersionMinor >= 1 && !req.headers.host) {
    return plain(res, 400, '400 Bad Request: no Host header');
  }
  const target = splitTarget(req.url ?? '');
  if (!target) return plain(res, 400, '400 Bad Request: unsupported request target');
  let pathname;
  try {
    pathname = decodeURIComponent(target.rawPath).normalize('NFC');
  } catch {
    return plain(res, 400, '400 Bad Request: invalid percent-encoding');
  }
  if (FORBIDDEN.test(pathname)) return plain(res, 400, '400 Bad Request: invalid character');
  // Only canonical paths name files: no `.`, `..` or empty segments (`%2F` decodes to a slash
  // here, so `..%2F` is a `..` segment too). Nothing outside the export, not even a sibling
  // `out-old/`; and a redirect never starts with `//`, which would leave for another host.
  const segments = pathname.slice(1).split('/');
  const trailingSlash = segments.at(-1) === '';
  if (trailingSlash) segments.pop();
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return notFound(req, res);
  }
  // The query is kept on redirects as sent: it is printable ASCII (Node refuses the rest).
  const search = target.search;
  if (basePath && pathname === basePath) return redirect(res, `${basePath}/${search}`);
  if (basePath && !pathname.startsWith(`${basePath}/`)) return notFound(req, res);
  const relative = segments.slice(basePath ? basePath.slice(1).split('/').length : 0);

  const file = path.join(root, ...relative);
  const real = await resolveInside(file);
  const stat = real && (await statOf(real));
  if (stat?.isFile()) {
    // `/index.html/` names a folder that is not there.
    if (!trailingSlash && (await send(req, res, 200, real))) return;
    return notFound(req, res, relative);
  }
  if (stat?.isDirectory()) {
    if (!trailingSlash) {
      const encoded = segments.map((segment) => encodeURIComponent(segment)).join('/');
      return redirect(res, `/${encoded}/${search}`);
    }
    const index = await resolveInside(path.join(real, 'index.html'));
    if (index && (await send(req, res, 200, index))) return;
    return notFound(req, res, relative);
  }
  if (!trailingSlash && relative.length > 0) {
    const html = await resolveInside(`${file}.html`);
    if (html && (await send(req, res, 200, html))) return;
  }
  return notFound(req, res, relative);
}

// `requireHostHeader: false`: Node's own answer to a missing Host lacks nosniff; handle() answers.
const server = http.createServer({ requireHostHeader: false }, (req, res) => {
  handle(req, res).catch((error) => {
    console.error(`serve: ${req.method} ${JSON.stringify(req.url)} failed:`, error);
    if (!res.headersSent) {
      try {
        plain(res, 500, '500 Internal Server Error');
        return;
      } catch {
        // The response could not be written: drop the connection below.
      }
    }
    res.destroy();
  });
});

/** For the requests Node answers before any handler: unparsable, too large, timed out. */
function rawResponse(socket, status, text, headers = {}) {
  if (!socket.writable) return socket.destroy();
  const lines = [
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}`,
    ...Object.entries({ ...SECURITY_HEADERS, ...headers }).map(
      ([name, value]) => `${name}: ${value}`,
    ),
    'content-type: text/plain; charset=utf-8',
    `content-length: ${Buffer.byteLength(text)}`,
    'connection: close',
  ];
  socket.end(`${lines.join('\r\n')}\r\n\r\n${text}`);
}

server.on('clientError', (error, socket) => {
  if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW'
          ? 413
          : 400;
  rawResponse(socket, status, `${status} ${http.STATUS_CODES[status]}`);
});
// Without these listeners Node closes a CONNECT without an answer and answers `Expect: x` itself.
server.on('connect', (_req, socket) => {
  socket.on('error', () => socket.destroy());
  rawResponse(socket, 405, '405 Method Not Allowed', { allow: ALLOW });
});
server.on('checkExpectation', (_req, res) => plain(res, 417, '417 Expectation Failed'));

server.on('error', (error) => {
  console.error(`serve: cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});

server.listen(port, host, () => {
  // PORT=0 picks a free port; the line says which, and on which address.
  const { address, port: actual } = server.address();
  const shown = address.includes(':') ? `[${address}]` : address;
  const dir = `${path.relative(process.cwd(), root) || '.'}/`;
  console.log(`serving ${dir} at http://${shown}:${actual}${basePath}/`);
});
