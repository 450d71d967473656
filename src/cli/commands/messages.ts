// rebound tone, rebound calendar: checking a message before it leaves, and the plan as a calendar.
import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { readSource, writeFileSafely } from '../args.js';
import type { ToneReport } from '../../app/index.js';
import type { Style } from '../output.js';
import { invalid } from '../../core/errors.js';

export function formatTone(report: ToneReport, s: Style): string {
  if (report.findings.length === 0) return s.ok('Reads calmly. Nothing here should burn a bridge.');
  const lines = [report.bridgeBurning ? 'A few things here could land badly. Worth a second look before sending:' : 'Reads fine. A few small things you could polish:'];
  for (const f of report.findings) {
    lines.push(`  ${f.severity === 'warning' ? '•' : '·'} "${f.excerpt}" — ${f.explanation}`);
    if (f.alternative) lines.push(s.dim(`    Try: ${f.alternative}`));
  }
  return lines.join('\n');
}

export function registerMessageCommands(program: Command, ctx: CommandContext): void {
  program
    .command('tone <file>')
    .description('check a message before you send it (a file, or - for stdin)')
    .option('--kind <kind>', 'thank_you, feedback_request, escalate, connect, touch_base, follow_up, support or other')
    .action(async (file: string, o: { kind?: string }) => {
      const raw = await readSource(file, ctx.stdin);
      const app = await ctx.app();
      const report = await app.useCases.checkMessageTone(ctx.actor, { text: raw.toString('utf8'), kind: o.kind as never });
      const out = ctx.out();
      out.result({ findings: report.findings }, () => formatTone(report, out.style));
    });

  const calendar = program.command('calendar').description('your pending steps in a calendar');
  calendar
    .command('export <file>')
    .description('write pending steps and touch-bases as an .ics file (or - for stdout)')
    .action(async (file: string) => {
      const app = await ctx.app();
      const ics = await app.useCases.calendarIcs(ctx.actor);
      if (file === '-') {
        ctx.write(ics);
        return;
      }
      writeFileSafely(file, ics);
      const events = (ics.match(/BEGIN:VEVENT/g) ?? []).length;
      ctx.out().result({ file, events }, () => `Saved ${events} step${events === 1 ? '' : 's'} to ${file}. Import it into your calendar; each event names its step.`);
    });
  calendar
    .command('feed')
    .description('print the address to subscribe to in your calendar app (served by rebound serve)')
    .option('--rotate', 'make a new secret address; the old one stops working')
    .option('--port <n>', 'the port rebound serve listens on (default 5178)')
    .action(async (o: { rotate?: boolean; port?: string }) => {
      const port = o.port ?? '5178';
      if (!/^\d{1,5}$/.test(port.trim()) || Number(port) > 65535) throw invalid(`--port must be a whole number from 1 to 65535, not "${port}".`);
      const app = await ctx.app();
      const token = await app.useCases.calendarFeedToken(ctx.actor, { rotate: o.rotate === true });
      const url = `http://127.0.0.1:${Number(port)}/calendar/${token}.ics`;
      ctx.out().result({ url, rotated: o.rotate === true }, () =>
        [
          o.rotate ? 'A new calendar address; the old one no longer works:' : 'Subscribe to this address in your calendar app:',
          `  ${url}`,
          'It works while rebound serve runs on this computer. Keep it to yourself: anyone with it can read your pending steps.',
        ].join('\n'),
      );
    });
}
