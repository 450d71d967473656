// npm run bench:ingest [-- --count 50000 --job-share 0.03 --runs 3]
// Generates a mailbox (varied sizes, some HTML and attachments, a few per cent job mail written
// for the project), then measures in one run, side by side: the full ingest, a parse-only loop
// with the same MIME parser, and `notmuch new` on the same mail as a maildir where installed.
// Ingest and parse-only run in turns, `runs` times each, and the median of each is compared: on
// a shared 2-core machine one run of either can be 10% off.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateMessages, writeMaildir, writeMbox } from '../test/support/mailgen.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
};
const count = arg('count', 50_000);
const jobShare = arg('job-share', 0.03);
const small = arg('small-count', Math.max(1000, Math.round(count / 5)));
const runs = Math.round(arg('runs', 3));

interface Run {
  mode: string;
  messages: number;
  bytes: number;
  ms: number;
  cpuMs: number;
  maxRssMb: number;
}

function child(mode: 'ingest' | 'parse', mailbox: string, dataDir: string): Run {
  const r = spawnSync(process.execPath, [path.join(here, 'bench', 'ingest-child.mjs'), mode, mailbox, dataDir], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`${mode} run failed: ${r.stderr}`);
  const line = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as Run;
}

/** The run with the median time (the lower middle one for an even count). */
function median(list: Run[]): Run {
  const sorted = [...list].sort((a, b) => a.ms - b.ms);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!mid) throw new Error('no runs');
  return mid;
}

function notmuch(maildir: string): { ms: number } | null {
  const which = spawnSync('sh', ['-c', 'command -v notmuch'], { encoding: 'utf8' });
  if (which.status !== 0) return null;
  const cfg = path.join(path.dirname(maildir), 'notmuch-config');
  fs.writeFileSync(cfg, `[database]\npath=${maildir}\n[user]\nname=Bench\nprimary_email=bench@example.net\n[new]\ntags=new\n[maildir]\nsynchronize_flags=false\n`);
  const t = process.hrtime.bigint();
  execFileSync('notmuch', ['--config', cfg, 'new', '--quiet'], { stdio: 'ignore' });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6 };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-bench-ingest-'));
try {
  process.stdout.write(`Generating ${count.toLocaleString('en-US')} messages (${Math.round(jobShare * 100)}% job mail)… `);
  const mbox = path.join(tmp, 'inbox.mbox');
  await writeMbox(mbox, generateMessages({ seed: 2026, count, jobShare }), { variant: 'mboxrd' });
  const smallMbox = path.join(tmp, 'small.mbox');
  await writeMbox(smallMbox, generateMessages({ seed: 2027, count: small, jobShare }), { variant: 'mboxrd' });
  const mb = fs.statSync(mbox).size / 1e6;
  process.stdout.write(`${mb.toFixed(0)} MB\n`);

  const parses: Run[] = [];
  const ingests: Run[] = [];
  let again: Run | null = null;
  for (let i = 0; i < runs; i++) {
    parses.push(child('parse', mbox, path.join(tmp, 'unused')));
    const store = path.join(tmp, `store-${i}`);
    ingests.push(child('ingest', mbox, store));
    // The same mailbox again into the same store: every message is known by its key.
    if (i === 0) again = child('ingest', mbox, store);
    fs.rmSync(store, { recursive: true, force: true });
  }
  const parse = median(parses);
  const ingest = { ...median(ingests), maxRssMb: Math.max(...ingests.map((r) => r.maxRssMb)) };
  const ingestSmall = child('ingest', smallMbox, path.join(tmp, 'store-small'));

  let nm: { ms: number } | null = null;
  const maildir = path.join(tmp, 'Maildir');
  if (spawnSync('sh', ['-c', 'command -v notmuch']).status === 0) {
    await writeMaildir(maildir, generateMessages({ seed: 2026, count, jobShare }));
    nm = notmuch(maildir);
  }

  const seconds = (list: Run[]) => list.map((r) => (r.ms / 1000).toFixed(1)).join(', ');
  const rate = (r: { messages: number; ms: number }) => r.messages / (r.ms / 1000);
  const mbps = (r: { bytes: number; ms: number }) => r.bytes / 1e6 / (r.ms / 1000);
  const row = (name: string, r: Run): string[] => [
    name,
    String(r.messages),
    (r.ms / 1000).toFixed(1),
    rate(r).toFixed(0),
    mbps(r).toFixed(1),
    ((r.cpuMs * 1000) / r.messages).toFixed(0),
    r.maxRssMb.toFixed(0),
  ];
  const rows: string[][] = [
    ['run', 'messages', 'seconds', 'msgs/s', 'MB/s', 'CPU µs/msg', 'peak RSS MB'],
    row(`rebound ingest (median of ${runs})`, ingest),
    row(`parse-only, same parser (median of ${runs})`, parse),
    row(`rebound ingest, ${small} msgs`, ingestSmall),
    ...(again ? [row('rebound ingest, second run (adds nothing)', again)] : []),
    nm
      ? ['notmuch new (maildir)', String(count), (nm.ms / 1000).toFixed(1), (count / (nm.ms / 1000)).toFixed(0), (ingest.bytes / 1e6 / (nm.ms / 1000)).toFixed(1), '—', '—']
      : ['notmuch new', 'not installed (apt-get install notmuch)', '', '', '', '', ''],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  console.log('');
  console.log(
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} — other work on the machine slows every row alike.`,
  );
  console.log('');
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));
  console.log('');
  console.log(`Every run, in seconds: ingest ${seconds(ingests)}; parse-only ${seconds(parses)} (peak RSS is the highest of the ingest runs).`);

  const ratio = ingest.ms / parse.ms;
  const checks: Array<[string, boolean, string]> = [
    ['ingest throughput ≥ 3,000 msgs/s', rate(ingest) >= 3000, `${rate(ingest).toFixed(0)} msgs/s`],
    ['ingest time ≤ 1.5× parse-only', ratio <= 1.5, `${ratio.toFixed(2)}×`],
    ['peak RSS < 300 MB', ingest.maxRssMb < 300, `${ingest.maxRssMb.toFixed(0)} MB`],
    ['peak RSS independent of size', Math.abs(ingest.maxRssMb - ingestSmall.maxRssMb) < 60, `${ingestSmall.maxRssMb.toFixed(0)} MB at ${small}, ${ingest.maxRssMb.toFixed(0)} MB at ${count}`],
  ];
  console.log('');
  for (const [what, ok, figure] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}: ${figure}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
