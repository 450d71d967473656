// One measured run for bench:ingest, in its own process so peak RSS is its own. Runs the built
// product (dist/), as users run it: `ingest` is the whole use case (parse, classify, match,
// store); `parse` only reads and parses with the same MIME parser. Prints one JSON line.
import { performance } from 'node:perf_hooks';

const [mode, mailbox, dataDir] = process.argv.slice(2);
if (!mode || !mailbox) throw new Error('usage: ingest-child.mjs ingest|parse MAILBOX [DATA_DIR]');
const dist = new URL('../../dist/', import.meta.url);
const { readMailbox } = await import(new URL('mail/mailbox.js', dist).href);
const { parseEmailFast } = await import(new URL('mail/parse-fast.js', dist).href);
const { LOCAL_USER, loadConfig, openApp } = await import(new URL('app/index.js', dist).href);

let messages = 0;
let bytes = 0;
let started;
let cpu;
if (mode === 'parse') {
  started = performance.now();
  cpu = process.cpuUsage();
  let chars = 0;
  for await (const m of readMailbox(mailbox)) {
    messages++;
    bytes += m.raw.length;
    const p = parseEmailFast(m.raw);
    chars += p.text.length + p.subject.length;
  }
  if (chars < 0) console.error('unreachable');
} else {
  const app = await openApp(loadConfig({ ...process.env, REBOUND_HOME: dataDir }));
  started = performance.now();
  cpu = process.cpuUsage();
  const s = await app.useCases.ingestMailbox(LOCAL_USER, mailbox);
  messages = s.scanned;
  bytes = s.bytes;
  await app.close();
}
const ms = performance.now() - started;
// CPU of every thread of the process (the ingest's worker threads included).
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
process.stdout.write(`${JSON.stringify({ mode, messages, bytes, ms, cpuMs, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
