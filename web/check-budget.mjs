#!/usr/bin/env node
// Fails the build when the initial JavaScript of the web app is over budget.
// "Initial" means every script and modulepreload that web/dist/index.html references: what a
// browser must download before the first screen can render. Lazy screens are not counted.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dist');
const indexFile = path.join(dist, 'index.html');

if (!fs.existsSync(indexFile)) {
  console.error(`check-budget: ${indexFile} is missing; run vite build first.`);
  process.exit(1);
}

const html = fs.readFileSync(indexFile, 'utf8');
const refs = new Set();
for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.add(m[1]);
for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g))
  refs.add(m[1]);
for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g))
  refs.add(m[1]);
if (/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/.test(html)) {
  console.error(
    "check-budget: index.html has an inline script; the CSP (script-src 'self') would block it.",
  );
  process.exit(1);
}
if (refs.size === 0) {
  console.error('check-budget: index.html references no JavaScript; the build looks broken.');
  process.exit(1);
}

let total = 0;
const rows = [];
for (const ref of refs) {
  const file = path.join(dist, ref.replace(/^\//, ''));
  if (!fs.existsSync(file)) {
    console.error(`check-budget: index.html references ${ref}, which is not in web/dist.`);
    process.exit(1);
  }
  const gz = gzipSync(fs.readFileSync(file), { level: 9 }).length;
  total += gz;
  rows.push(`  ${ref}  ${(gz / 1024).toFixed(1)} KB gzipped`);
}

const kb = total / 1024;
console.log(`Initial JavaScript: ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
console.log(rows.join('\n'));
if (kb > BUDGET_KB) {
  console.error(
    `check-budget: over budget by ${(kb - BUDGET_KB).toFixed(1)} KB. Split a heavy screen out with lazy().`,
  );
  process.exit(1);
}
