// rebound feedback, reflect, mood, profile: what the user brings back, and who they are.
import readline from 'node:readline/promises';
import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { collect, positiveInt } from '../args.js';
import { CONFIG_DOCS } from '../../app/index.js';
import { invalid } from '../../core/errors.js';

interface ReflectOpts {
  wentWell?: string;
  wentBadly?: string;
  pause?: string[];
  inControl?: string;
  outOfControl?: string;
  match?: string;
  missing?: string[];
}

async function promptReflection(ctx: CommandContext): Promise<ReflectOpts> {
  const rl = readline.createInterface({ input: ctx.stdin, output: process.stdout });
  try {
    const ask = async (q: string): Promise<string> => (await rl.question(`${q}\n> `)).trim();
    process.stdout.write('A few short questions. Press Enter to skip any of them.\n\n');
    const wentWell = await ask('What went well?');
    const wentBadly = await ask('What did not go as you hoped?');
    const pause = await ask('Which questions gave you pause? (separate with ;)');
    const inControl = await ask('What was in your control?');
    const outOfControl = await ask('What was outside it?');
    const match = await ask('Did your experience match what the job asked for? (yes / partly / no)');
    const missing = await ask('Any specific qualification you were missing? (separate with ;)');
    const split = (s: string) => s.split(';').map((x) => x.trim()).filter(Boolean);
    return {
      wentWell,
      wentBadly,
      pause: split(pause),
      inControl,
      outOfControl,
      ...(match && { match }),
      missing: split(missing),
    };
  } finally {
    rl.close();
  }
}

export function registerJournalCommands(program: Command, ctx: CommandContext): void {
  const feedback = program.command('feedback').description('feedback you received');
  feedback
    .command('add <app>')
    .description('record feedback (a vague answer brings one polite follow-up, never more)')
    .requiredOption('--text <text>', 'what they said')
    .option('--date <date>', 'when it arrived (default: now)')
    .option('--from <contactId>', 'who said it')
    .option('--vague', 'mark it as a non-answer yourself')
    .action(async (rawApp: string, o: { text: string; date?: string; from?: string; vague?: boolean }) => {
      const app = await ctx.app();
      const f = await app.useCases.addFeedback(ctx.actor, {
        applicationId: positiveInt(rawApp, 'The application id'),
        text: o.text,
        receivedAt: o.date,
        fromContactId: o.from !== undefined ? positiveInt(o.from, 'The contact id') : null,
        vague: o.vague === true ? true : null,
      });
      ctx.out().result(f, () =>
        f.vague
          ? 'Saved. That reply is general, which is common. Your plan now has one short follow-up you could send, and that is the last one.'
          : 'Saved. Your plan picks it up: see rebound plan ' + String(f.applicationId),
      );
    });

  program
    .command('reflect <app>')
    .description('a short, structured reflection (asks on a terminal; flags otherwise)')
    .option('--went-well <text>')
    .option('--went-badly <text>')
    .option('--pause <question>', 'a question that gave you pause (repeatable)', collect)
    .option('--in-control <text>')
    .option('--out-of-control <text>')
    .option('--match <answer>', 'did your experience match the job: yes, partly or no')
    .option('--missing <qualification>', 'a qualification you were missing (repeatable)', collect)
    .action(async (rawApp: string, o: ReflectOpts) => {
      const applicationId = positiveInt(rawApp, 'The application id');
      const given = Object.values(o).some((v) => v !== undefined);
      const interactive = !given && ctx.stdin.isTTY === true && !ctx.globals().json;
      const app = await ctx.app();
      await app.useCases.getApplication(ctx.actor, applicationId);
      if (!given && !interactive) {
        throw invalid('Nothing to save: run rebound reflect on a terminal to be asked, or pass your answers (--went-well, --went-badly, --pause, …).');
      }
      const answers = interactive ? await promptReflection(ctx) : o;
      const r = await app.useCases.addReflection(ctx.actor, {
        applicationId,
        wentWell: answers.wentWell,
        wentBadly: answers.wentBadly,
        pauseQuestions: answers.pause ?? [],
        inControl: answers.inControl,
        outOfControl: answers.outOfControl,
        requirementsMatch: answers.match as never,
        missingQualifications: answers.missing ?? [],
      });
      ctx.out().result(r, () =>
        r.pauseQuestions.length > 0
          ? `Saved. ${r.pauseQuestions.length} question${r.pauseQuestions.length === 1 ? '' : 's'} went to your practice list.`
          : 'Saved. Thank you for taking the time.',
      );
    });

  program
    .command('mood <score>')
    .description('how you feel, 1 (rough) to 5 (good)')
    .option('--note <text>')
    .action(async (score: string, o: { note?: string }) => {
      const app = await ctx.app();
      const m = await app.useCases.logMood(ctx.actor, { score, note: o.note });
      ctx.out().result(m, () =>
        m.score <= 2
          ? "Thanks for telling me. Rough days happen in a search. Your plan now suggests talking to someone you trust; it's there when you want it."
          : 'Noted. Thank you for checking in.',
      );
    });

  const profile = program.command('profile').description('your name, signature and settings');
  profile
    .command('show')
    .description('show your profile and settings')
    .action(async () => {
      const app = await ctx.app();
      const p = await app.useCases.getProfile(ctx.actor);
      ctx.out().result(p, () =>
        [
          `Name: ${p.profile.name ?? '(not set)'}`,
          `Email: ${p.profile.email ?? '(not set)'}`,
          `Signature: ${p.profile.signature ? p.profile.signature.replace(/\n/g, ' / ') : '(not set)'}`,
          `Open to freelance work: ${p.profile.openToFreelance ? 'yes' : 'no'}`,
          ...Object.entries(p.settings).map(([k, v]) => `${k}: ${String(v)}`),
          '',
          `Data folder: ${app.config.dataDir}  (${CONFIG_DOCS.dataDir})`,
        ].join('\n'),
      );
    });
  profile
    .command('set')
    .description('change your profile or settings')
    .option('--name <name>')
    .option('--email <email>')
    .option('--signature <text>', 'how your messages are signed (use \\n for new lines)')
    .option('--freelance', 'open to freelance or contract work')
    .option('--no-freelance', 'not open to freelance work')
    .option('--target <n>', 'active applications to aim for (default 5)')
    .option('--cool-off-hours <n>', 'hours before any message is suggested (default 12)')
    .option('--thank-you-days <n>', 'days to send a thank-you (default 2)')
    .option('--reflect-days <n>', 'days to reflect (default 3)')
    .option('--touch-base-days <n>', 'days between touch-bases with warm leads (default 90)')
    .option('--follow-up-days <n>', 'days of silence before a follow-up (default 10)')
    .option('--ghost-days <n>', 'days of silence before marking ghosted (default 30)')
    .option('--stale-days <n>', 'days without a new application before a nudge (default 7)')
    .option('--support-threshold <n>', 'rejections in the window that suggest leaning on people (default 3)')
    .option('--support-window-days <n>', 'the window for that, in days (default 30)')
    .option('--strictness <mode>', 'live (in person or video) or in_person, for feedback requests')
    .action(async (o: Record<string, string | boolean | undefined>) => {
      const app = await ctx.app();
      const pick = (k: string) => (o[k] !== undefined ? o[k] : undefined);
      const input = Object.fromEntries(
        Object.entries({
          name: pick('name'),
          email: pick('email'),
          signature: typeof o.signature === 'string' ? o.signature.replace(/\\n/g, '\n') : undefined,
          openToFreelance: pick('freelance'),
          targetActiveApplications: pick('target'),
          coolOffHours: pick('coolOffHours'),
          thankYouDays: pick('thankYouDays'),
          reflectDays: pick('reflectDays'),
          touchBaseDays: pick('touchBaseDays'),
          followUpDays: pick('followUpDays'),
          ghostDays: pick('ghostDays'),
          staleSearchDays: pick('staleDays'),
          supportThreshold: pick('supportThreshold'),
          supportWindowDays: pick('supportWindowDays'),
          feedbackStrictness: pick('strictness'),
        }).filter(([, v]) => v !== undefined),
      );
      const p = await app.useCases.setProfile(ctx.actor, input);
      ctx.out().result(p, () => 'Saved your profile.');
    });
}
