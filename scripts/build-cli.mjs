// Bundles the `rebound` command into dist/bundle/ (or DIST/bundle/ for `node scripts/build-cli.mjs
// DIST`): loading a few files instead of some 600 modules is most of the start-up of every command
// (docs/adr/0007-bundled-cli.md). Modules the CLI imports on first use (the mail parser, IMAP,
// the tone pipeline, ingest) stay in chunks of their own, loaded only by the commands that need
// them. Every file lands in one folder, so a bundled `new URL('./worker.js', import.meta.url)`
// finds the bundled worker, and paths up to the package (web/dist/, package.json) keep their depth.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const outdir = path.join(dist, 'bundle');
// Chunk names carry a hash: without a clean start, every build would leave the last one's behind.
fs.rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/app/ingest/worker.ts' },
  outdir,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // These stay in node_modules: a native addon; a client that loads its parts at run time; a
  // dictionary read from files beside its module; and a CommonJS package imported on first use,
  // whose named exports only Node's own loader finds.
  external: ['better-sqlite3', 'imapflow', 'dictionary-en', 'ics'],
  // CommonJS dependencies call require() for Node's own modules; an ES module has none.
  banner: {
    js: "import { createRequire as __reboundRequire } from 'node:module'; const require = __reboundRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});
