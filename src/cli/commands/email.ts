// rebound classify, ingest, review: finding the job mail in a mailbox.
import readline from 'node:readline';
import type { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import type { CommandContext } from '../main.js';
import { positiveInt, readSource } from '../args.js';
import { readEmailText, verdictFor, type IngestProgress, type IngestSummary } from '../../app/index.js';
import type { JobEmail } from '../../core/types.js';
import { invalid } from '../../core/errors.js';
import { parseDateInput } from '../../core/time.js';
import { addImapOptions, readImapAccount, type AccountFlags } from '../account.js';
import { timeLeft } from '../format.js';

function verdictLine(input: unknown, write: (s: string) => void): void {
  let row: unknown;
  try {
    row = JSON.parse(input as string);
  } catch (e) {
    write(JSON.stringify({ id: null, error: `not JSON: ${(e as Error).message}` }));
    return;
  }
  if (!row || typeof row !== 'object' || Array.isArray(row)) {
    write(JSON.stringify({ id: null, error: 'each line must be a JSON object with id, subject, from and body' }));
    return;
  }
  const r = row as Record<string, unknown>;
  const str = (k: string): string => (typeof r[k] === 'string' ? (r[k]) : '');
  const rowId = typeof r.id === 'string' || typeof r.id === 'number' ? r.id : null;
  if (typeof r.body !== 'string' && typeof r.subject !== 'string') {
    write(JSON.stringify({ id: rowId, error: 'the line has neither a subject nor a body' }));
    return;
  }
  const v = verdictFor({ subject: str('subject'), from: str('from'), body: str('body'), date: str('date') || null, html: str('html') || null });
  write(JSON.stringify({ id: rowId, label: v.label, confidence: v.confidence, company: v.company, role: v.role, contact_name: v.contact_name }));
}

function summaryText(s: IngestSummary): string {
  const lines = [
    `Read ${s.scanned} message${s.scanned === 1 ? '' : 's'}: ${s.jobMail} about your search, ${s.other} other mail (counted and forgotten)${s.alreadySeen ? `, ${s.alreadySeen} already seen` : ''}.`,
  ];
  if (s.jobMail > 0) {
    lines.push(`Updated your applications from ${s.applied}; ${s.applicationsCreated} new application${s.applicationsCreated === 1 ? '' : 's'}, ${s.rejectionsRecorded} rejection${s.rejectionsRecorded === 1 ? '' : 's'} recorded with a plan.`);
  }
  if (s.review > 0) lines.push(`${s.review} message${s.review === 1 ? '' : 's'} need a quick look: rebound review`);
  if (s.malformed > 0) lines.push(`Skipped ${s.malformed} message${s.malformed === 1 ? '' : 's'} that could not be read, e.g. ${s.problems[0] ?? ''}`);
  return lines.join('\n');
}

function emailLine(e: JobEmail): string {
  const who = e.fromName ?? e.fromEmail ?? 'unknown sender';
  return `#${e.id}  ${e.label} (${Math.round(e.confidence * 100)}%)  ${e.sentAt?.slice(0, 10) ?? ''}  ${who}: ${e.subject}${e.company ? `  [${e.company}${e.role ? ` · ${e.role}` : ''}]` : ''}`;
}

export function registerEmailCommands(program: Command, ctx: CommandContext): void {
  program
    .command('classify [file]')
    .description('say what a job email is (an .eml), or classify JSON Lines from stdin with --jsonl')
    .option('--jsonl', 'read JSON Lines {id, subject, from, body, date?} on stdin; write one verdict per line')
    .action(async (file: string | undefined, o: { jsonl?: boolean }) => {
      if (o.jsonl) {
        const rl = readline.createInterface({ input: ctx.stdin, crlfDelay: Infinity });
        const write = (s: string): void => ctx.write(`${s}\n`);
        for await (const line of rl) {
          if (line.trim() === '') continue;
          verdictLine(line, write);
        }
        return;
      }
      const raw = await readSource(file ?? '-', ctx.stdin);
      const m = await readEmailText(raw);
      const v = verdictFor({ subject: m.subject, from: m.from, body: m.text, date: m.date });
      const out = ctx.out();
      out.result(v, () =>
        [
          `${out.style.bold(v.label.replace('_', ' '))} (${Math.round(v.confidence * 100)}% sure)`,
          v.company || v.role ? `${v.company ?? 'unknown company'} · ${v.role ?? 'unknown role'}${v.contact_name ? ` · from ${v.contact_name}` : ''}` : null,
          v.reasons.length ? `Why: ${v.reasons.slice(0, 5).join('; ')}` : null,
        ]
          .filter(Boolean)
          .join('\n'),
      );
    });

  addImapOptions(
    program
      .command('ingest [path]')
      .description('find job mail in an mbox, a maildir, a folder of .eml files, one .eml, or an IMAP account (only job mail is kept)')
      .option('--imap', 'read an IMAP account instead of a local path')
      .option('--folder <name...>', 'IMAP folders to scan (default INBOX)')
      .option('--since <date>', 'IMAP: only mail received on or after this day')
      .option('--threshold <p>', 'below this confidence, mail waits in review (default 0.8)'),
  ).action(async (target: string | undefined, o: AccountFlags & { imap?: boolean; folder?: string[]; since?: string; threshold?: string }) => {
    const out = ctx.out();
    if (!o.imap && !target) throw invalid('Name a mailbox to read (rebound ingest PATH), or use --imap.');
    const threshold = o.threshold !== undefined ? Number(o.threshold) : undefined;
    if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw invalid('--threshold must be a number from 0 to 1.');
    const since = o.since !== undefined ? parseDateInput(o.since) : null;
    if (o.since !== undefined && since === null) throw invalid(`--since: "${o.since}" is not a date; use YYYY-MM-DD.`);
    const account = o.imap ? await readImapAccount(o, ctx) : null;
    const app = await ctx.app();
    const tty = process.stderr.isTTY === true && !out.json;
    const bar = tty
      ? new SingleBar({ format: 'Reading mail · {value} messages · {rate}/s · {left} · {job} about your search', hideCursor: true, stream: process.stderr })
      : null;
    const started = Date.now();
    bar?.start(0, 0, { rate: 0, job: 0, left: 'starting' });
    const options = {
      ...(threshold !== undefined && { reviewThreshold: threshold }),
      onProgress: (p: IngestProgress) => {
        const seconds = Math.max(0.001, (Date.now() - started) / 1000);
        bar?.setTotal(p.scanned);
        bar?.update(p.scanned, { rate: Math.round(p.scanned / seconds), job: p.jobMail, left: timeLeft(seconds, p.fraction) });
      },
    };
    try {
      const summary = account
        ? await app.useCases.ingestImap(ctx.actor, account, { folders: o.folder ?? ['INBOX'], ...(since && { since: new Date(since) }) }, options)
        : await app.useCases.ingestMailbox(ctx.actor, target ?? '', options);
      bar?.stop();
      out.result(summary, () => `${out.style.dim('Your mail stays on this computer.')}\n${summaryText(summary)}`);
    } finally {
      bar?.stop();
    }
  });

  const review = program.command('review').description('job mail waiting for a quick look');
  review
    .command('list', { isDefault: true })
    .description('list mail waiting for review')
    .action(async () => {
      const app = await ctx.app();
      const list = await app.useCases.listReview(ctx.actor);
      ctx.out().result(list, () =>
        list.length === 0
          ? 'Nothing to review.'
          : `${list.map(emailLine).join('\n')}\n\nFor each: rebound review accept|ignore ID, relabel ID --label L, link ID --app APP`,
      );
    });
  const decide = (action: 'accept' | 'relabel' | 'link' | 'ignore', description: string) =>
    review
      .command(`${action} <email>`)
      .description(description)
      .option('--label <label>', 'rejection, interview, application_received, assessment, offer, recruiter_outreach or other')
      .option('--app <id>', 'the application it belongs to')
      .action(async (rawId: string, o: { label?: string; app?: string }) => {
        const app = await ctx.app();
        const e = await app.useCases.reviewEmail(ctx.actor, {
          emailId: positiveInt(rawId, 'The email id'),
          action,
          label: o.label as never,
          applicationId: o.app !== undefined ? positiveInt(o.app, 'The application id') : null,
        });
        ctx.out().result(e, () => `${action === 'ignore' ? 'Ignored' : 'Done'}: ${emailLine(e)}${action !== 'accept' ? '\nMail like this from the same sender will be handled the same way.' : ''}`);
      });
  decide('accept', 'accept the label and link');
  decide('relabel', 'correct the label (remembered for this sender and template)');
  decide('link', 'link to another application (remembered)');
  decide('ignore', 'not about your search (remembered)');
}
