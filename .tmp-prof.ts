import { generateMessages } from './test/support/mailgen.js';
import { parseEmailFast } from './src/mail/parse-fast.js';
const msgs = [...generateMessages({ seed: 42, count: 5000 })];
for (let k = 0; k < 3; k++) {
  const t = performance.now();
  for (const m of msgs) parseEmailFast(m.raw);
  const dt = performance.now() - t;
  console.log('fast msgs/s', Math.round(msgs.length / (dt / 1000)));
}
for (const size of ['small', 'medium', 'large']) {
  const sub = msgs.filter((m) => m.meta.size === size);
  const t = performance.now();
  for (let k = 0; k < 3; k++) for (const m of sub) parseEmailFast(m.raw);
  const dt = performance.now() - t;
  console.log(size, 'msgs/s', Math.round((3 * sub.length) / (dt / 1000)));
}
