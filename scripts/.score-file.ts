// temp helper (not committed): score a jsonl file with the current tone check
import { readFileSync } from 'node:fs';
import { checkTone, isBridgeBurning } from '../src/core/tone/index.js';
const rows = readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
let b = 0, bf = 0, f = 0, ff = 0;
const show = process.argv.includes('--show');
for (const r of rows) {
  const fs = await checkTone(r.text, { kind: r.kind });
  const w = isBridgeBurning(fs);
  if (r.label === 'burning') { b++; if (w) bf++; else if (show) console.log('MISS', r.id, r.expected.join(','), r.text.slice(0, 120)); }
  if (r.label === 'fine') { f++; if (fs.length) { ff++; if (show) console.log('FA  ', r.id, fs.map((x) => x.rule + ':' + x.excerpt.slice(0, 50)).join(' | '), '::', r.text.slice(0, 100)); } }
}
console.log(`burning flagged ${bf}/${b} = ${(100 * bf / b).toFixed(1)}%; fine flagged ${ff}/${f} = ${(100 * ff / f).toFixed(1)}%`);
