// rebound import …, rebound export …, rebound restore: applications in from LinkedIn or another
// tracker's CSV, everything out as one JSON file and back into an empty store, applications as CSV.
import fs from 'node:fs';
import type { Command } from 'commander';
import { ReboundError, invalid, isReboundError } from '../../core/errors.js';
import { REBOUND_CSV_MAPPING, decodeText, parseCsv } from '../../core/import/index.js';
import type { ImportMappingInput, ImportSummary, RestoreSummary } from '../../app/use-cases/transfer.js';
import type { CommandContext } from '../main.js';
import { readSource } from '../args.js';
import type { Output } from '../output.js';

const plural = (n: number, one: string, many = `${one}s`): string => `${String(n)} ${n === 1 ? one : many}`;

/** Export files hold notes and messages: readable by their owner only. */
function writePrivately(target: string, data: string): void {
  try {
    fs.writeFileSync(target, data, { mode: 0o600 });
  } catch (e) {
    throw invalid(`Could not write ${target} (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}

export function formatImport(s: ImportSummary, file: string, linkedIn: boolean): string {
  const lines: string[] = [];
  if (s.created > 0) lines.push(`Imported ${plural(s.created, 'application')} from ${file}.`);
  else if (s.duplicates > 0) lines.push(`Nothing new in ${file}.`);
  else lines.push(`Nothing was imported from ${file}.`);
  if (s.duplicates > 0) {
    lines.push(`${plural(s.duplicates, 'row was', 'rows were')} already in Rebound, so ${s.duplicates === 1 ? 'it was' : 'they were'} left as ${s.duplicates === 1 ? 'it is' : 'they are'}.`);
  }
  if (s.rejections > 0) {
    lines.push(
      `${plural(s.rejections, 'of them was a rejection', 'of them were rejections')}: recorded, so your insights count ${s.rejections === 1 ? 'it' : 'them'}. ` +
        'A plan was made for each; for ones from more than a month ago, the time-bound steps are skipped.',
    );
  }
  if (linkedIn && s.created > 0) lines.push('Contact details and screening answers in the file were not kept.');
  if (s.errors.length > 0) {
    lines.push(`${plural(s.errors.length, 'row', 'rows')} could not be read and ${s.errors.length === 1 ? 'was' : 'were'} skipped:`);
    for (const e of s.errors) lines.push(`  line ${String(e.line)}: ${e.message}`);
    lines.push('Fix those lines and import the file again: rows already imported are not added twice.');
  }
  return lines.join('\n');
}

/** The tables a person would recognise, in the words they would use. */
const RESTORED: ReadonlyArray<readonly [keyof RestoreSummary['tables'], string, string?]> = [
  ['applications', 'application'],
  ['contacts', 'contact'],
  ['interviews', 'interview'],
  ['rejections', 'rejection'],
  ['plan_steps', 'plan step'],
  ['feedback', 'piece of feedback', 'pieces of feedback'],
  ['reflections', 'reflection'],
  ['moods', 'mood check-in'],
  ['emails', 'email'],
];

export function formatRestore(s: RestoreSummary, file: string): string {
  const parts = RESTORED.filter(([t]) => s.tables[t] > 0).map(([t, one, many]) => plural(s.tables[t], one, many));
  return `Restored ${plural(s.rows, 'row')} from ${file}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
}

export function registerTransferCommands(program: Command, ctx: CommandContext): void {
  const runImport = async (file: string, mapping: ImportMappingInput | undefined, linkedIn: boolean): Promise<void> => {
    const text = decodeText(await readSource(file, ctx.stdin));
    const { useCases } = await ctx.app();
    const summary = await useCases.importApplicationsCsv(ctx.actor, text, mapping);
    const out = ctx.out();
    out.result(summary, () => formatImport(summary, file === '-' ? 'standard input' : file, linkedIn));
    // Exit 2 when not one row could be used; some good rows beside bad ones is a success.
    if (summary.created + summary.duplicates === 0) {
      throw invalid(`No row of ${file === '-' ? 'the input' : file} could be imported.`);
    }
  };

  const imp = program.command('import').description('add applications from LinkedIn or another tracker (your data stays on this computer)');
  imp
    .command('linkedin <file>')
    .description("LinkedIn's Jobs/Job Applications.csv, from Settings > Data privacy > Get a copy of your data")
    .action((file: string) => runImport(file, undefined, true));
  imp
    .command('csv <file>')
    .description("any tracker's CSV export (Huntr, Teal, a spreadsheet), or Rebound's own")
    .option(
      '--map <fields>',
      'which column holds what, e.g. "company=Company,role=Title,applied=Date Applied,url=Link,source=Source,status=Stage" ' +
        '(fields: company, role, applied, url, source, status, resume, notes, rejected (the day a rejection came), channel (how it came); ' +
        'default: the columns of rebound export csv)',
    )
    .action((file: string, o: { map?: string }) => runImport(file, o.map ?? REBOUND_CSV_MAPPING, false));

  const exp = program.command('export').description('your data out of Rebound, as a file you keep');
  exp
    .command('json <file>')
    .description('everything, as one JSON file (or - for stdout) that rebound restore reads back')
    .action(async (file: string) => {
      const { useCases } = await ctx.app();
      const data = await useCases.exportAll(ctx.actor);
      const text = `${JSON.stringify(data, null, 2)}\n`;
      if (file === '-') {
        ctx.write(text);
        return;
      }
      writePrivately(file, text);
      const rows = Object.values(data.tables).reduce((n, r) => n + r.length, 0);
      const counts = Object.fromEntries(Object.entries(data.tables).map(([t, r]) => [t, r.length]));
      ctx.out().result({ file, rows, tables: counts }, () =>
        `Saved everything (${plural(rows, 'row')}) to ${file}. It holds your notes and messages, so keep it somewhere private.`,
      );
    });
  exp
    .command('csv <file>')
    .description('your applications as CSV (or - for stdout), for a spreadsheet')
    .action(async (file: string) => {
      const { useCases } = await ctx.app();
      const csv = await useCases.exportApplicationsCsv(ctx.actor);
      const rows = Math.max(0, parseCsv(csv).records.length - 1);
      const out: Output = ctx.out();
      if (file === '-') {
        // With --json the CSV travels inside JSON, so stdout stays one JSON document.
        if (out.json) out.result({ rows, csv }, () => csv);
        else ctx.write(csv);
        return;
      }
      writePrivately(file, csv);
      out.result({ file, rows }, () => `Saved ${plural(rows, 'application')} to ${file}.`);
    });

  program
    .command('restore <file>')
    .description('bring back a rebound export json file, into an empty data folder')
    .action(async (file: string) => {
      const text = decodeText(await readSource(file, ctx.stdin));
      const { useCases } = await ctx.app();
      const summary = await useCases.restoreAll(ctx.actor, text).catch((e: unknown) => {
        // Say how to get an empty store from the command line.
        if (isReboundError(e) && e.code === 'conflict') {
          throw new ReboundError('conflict', `${e.message} For example: rebound --data-dir NEW_FOLDER restore ${file}`);
        }
        throw e;
      });
      ctx.out().result(summary, () => formatRestore(summary, file === '-' ? 'standard input' : file));
    });
}
