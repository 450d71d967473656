import { generateMessages } from './test/support/mailgen.js';
import { parseEmail } from './src/mail/parse.js';
import { parseEmailFast } from './src/mail/parse-fast.js';
const msgs = [...generateMessages({ seed: 42, count: 5000 })].map((m) => m);
const bytes = msgs.reduce((a, m) => a + m.raw.length, 0);
console.log('messages', msgs.length, 'MB', (bytes / 1e6).toFixed(1), 'shapes', JSON.stringify(msgs.reduce((a: Record<string, number>, m) => ((a[m.meta.size] = (a[m.meta.size] ?? 0) + 1), a), {})));
let t = performance.now();
for (const m of msgs) parseEmailFast(m.raw);
let dt = performance.now() - t;
console.log('fast warm-up msgs/s', Math.round(msgs.length / (dt / 1000)));
t = performance.now();
for (const m of msgs) parseEmailFast(m.raw);
dt = performance.now() - t;
console.log('fast msgs/s', Math.round(msgs.length / (dt / 1000)));
t = performance.now();
for (const m of msgs) await parseEmail(m.raw);
dt = performance.now() - t;
console.log('mailparser msgs/s', Math.round(msgs.length / (dt / 1000)));
// compare
let diff = 0;
for (const m of msgs.slice(0, 500)) {
  const a = await parseEmail(m.raw); const b = parseEmailFast(m.raw);
  for (const k of ['messageId', 'inReplyTo', 'subject', 'date'] as const) if (a[k] !== b[k]) { if (diff++ < 10) console.log(m.meta.index, k, JSON.stringify(a[k]), JSON.stringify(b[k])); }
  if (JSON.stringify(a.references) !== JSON.stringify(b.references)) { if (diff++ < 10) console.log('refs', a.references, b.references); }
  if ((a.html ?? '').trim() !== (b.html ?? '').trim()) { if (diff++ < 10) console.log(m.meta.index, m.meta.shape, 'html differs'); }
  if (m.meta.html === null && a.text !== b.text) { if (diff++ < 10) console.log(m.meta.index, m.meta.shape, 'text differs', JSON.stringify(a.text.slice(0, 200)), JSON.stringify(b.text.slice(0, 200))); }
  if (b.text !== m.meta.text.trim() && m.meta.shape !== 'html') { if (diff++ < 10) console.log(m.meta.index, m.meta.shape, 'fast text != meta'); }
}
console.log('diffs', diff);
