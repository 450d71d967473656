// The built web app (web/dist): files as they are, index.html for any other page path so the
// app's own router takes over, long caching for content-hashed assets. Without a build, a small
// page says how to make one.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';
import { HttpProblem } from './errors.js';
import { escapeHtml, page } from './pages/html.js';

/** web/dist at the package root, seen from src/server or dist/server alike. */
export const defaultStaticDir = (): string => fileURLToPath(new URL('../../web/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

// Vite names bundled files name-HASH.ext under assets/: their content never changes.
const HASHED = /^\/assets\/.+[-.][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** The file a URL path names inside `root`, or null when it would step outside it. */
function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = path.posix.normalize(decoded).replace(/^\/+/, '');
  if (rel.split('/').some((part) => part === '..' || part.startsWith('.'))) return null;
  const full = path.resolve(root, rel);
  return full === root || full.startsWith(root + path.sep) ? full : null;
}

async function readFile(file: string): Promise<Buffer | null> {
  try {
    const stat = await fs.promises.stat(file);
    return stat.isFile() ? await fs.promises.readFile(file) : null;
  } catch {
    return null;
  }
}

function fileResponse(c: Context, body: Buffer, file: string, cache: string): Response {
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return c.body(new Uint8Array(body), 200, { 'Content-Type': type, 'Cache-Control': cache });
}

const notBuiltPage = (dir: string | null): string =>
  page(
    'Rebound',
    `<h1>Rebound is running</h1>
<p class="lead">The API is up, but the web app has not been built yet.</p>
<p>From the Rebound folder, build it once with:</p>
<pre><code>npm run build</code></pre>
<p>then reload this page.${dir ? ` Rebound looks for it in <code>${escapeHtml(dir)}</code>.` : ''}</p>
<p>Meanwhile, the API answers at <a href="/api/health">/api/health</a>; its reference is at <a href="/api/docs">/api/docs</a>.</p>
<p class="muted">Your data stays on this computer.</p>`,
  );

/** Answers GET and HEAD for every path outside /api. */
export function staticHandler(staticDir: string | null) {
  const root = staticDir === null ? null : path.resolve(staticDir);
  return async (c: Context): Promise<Response> => {
    const index = root ? await readFile(path.join(root, 'index.html')) : null;
    if (!root || !index) {
      return c.html(notBuiltPage(root), 200, { 'Cache-Control': 'no-cache' });
    }
    const urlPath = c.req.path;
    if (urlPath !== '/') {
      const file = resolveInside(root, urlPath);
      const body = file ? await readFile(file) : null;
      if (file && body) {
        return fileResponse(c, body, file, HASHED.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache');
      }
      // A missing file (it has an extension) is a 404; any other path is a page of the app.
      if (path.posix.extname(urlPath) !== '') throw new HttpProblem('route_not_found', `Nothing at ${urlPath}.`);
    }
    return fileResponse(c, index, 'index.html', 'no-cache');
  };
}
