// rebound practice: drill the questions that gave you pause, with spaced repetition; list, add,
// review and remove them from scripts.
import readline from 'node:readline';
import type { Command } from 'commander';
import type { PracticeList } from '../../app/index.js';
import { invalid } from '../../core/errors.js';
import { PRACTICE_RATINGS, type PracticeItem, type PracticeRating } from '../../core/practice/index.js';
import { positiveInt } from '../args.js';
import type { CommandContext } from '../main.js';
import type { Style } from '../output.js';

const DAY = 86_400_000;

/** "today", "tomorrow (Wed, Mar 11)", "in 3 days (Fri, Mar 13)", "3 days ago (Sat, Mar 7)". */
export function whenDue(dueOn: string, today: string, locale = 'en-US'): string {
  const days = Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
  const date = new Date(`${dueOn}T12:00:00Z`).toLocaleDateString(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
  if (days === 0) return `today (${date})`;
  if (days === 1) return `tomorrow (${date})`;
  if (days > 1) return `in ${days} days (${date})`;
  return days === -1 ? `yesterday (${date})` : `${-days} days ago (${date})`;
}

function sourceLabel(i: PracticeItem): string {
  const where = i.source.company ? ` · ${i.source.company}${i.source.role ? `, ${i.source.role}` : ''}` : '';
  const kind = { interview: 'from an interview', reflection: 'from a reflection', manual: 'added by you' }[i.source.kind];
  return `${kind}${where}`;
}

function indent(text: string, by = '    '): string {
  return text
    .split('\n')
    .map((l) => `${by}${l}`)
    .join('\n');
}

export function formatPracticeItem(i: PracticeItem, today: string, s: Style): string {
  const reviewed = i.reviews === 0 ? 'not practised yet' : `practised ${i.reviews} time${i.reviews === 1 ? '' : 's'}, last rated ${i.rating ?? '-'}`;
  return [
    `${s.bold(`#${i.id}`)} ${i.question}`,
    `    ${s.dim(`${sourceLabel(i)} · ${reviewed} · due ${whenDue(i.dueOn, today)}`)}`,
    ...(i.outline ? [s.dim(indent(i.outline, '    │ '))] : []),
  ].join('\n');
}

export function formatPracticeList(l: PracticeList, all: boolean, s: Style): string {
  if (l.items.length === 0) {
    if (all) {
      return 'Your practice list is empty. Questions arrive when you rate an interview answer 2 or lower, or name one in rebound reflect; add your own with rebound practice add "…".';
    }
    return 'Nothing to practise today. rebound practice list --all shows every question and when it comes back.';
  }
  const head = all
    ? `${l.items.length} question${l.items.length === 1 ? '' : 's'} in your practice list, ${l.dueCount} due today.`
    : `${l.dueCount} question${l.dueCount === 1 ? '' : 's'} to practise today. Run rebound practice on a terminal to go through them.`;
  return [head, '', ...l.items.map((i) => formatPracticeItem(i, l.today, s))].join('\n');
}

/** Lines from a stream, one at a time; null at the end of input. */
function lineReader(input: NodeJS.ReadableStream): { next(): Promise<string | null>; close(): void } {
  const rl = readline.createInterface({ input, crlfDelay: Infinity, terminal: false });
  const it = rl[Symbol.asyncIterator]();
  return {
    async next() {
      const r = await it.next();
      return r.done ? null : r.value;
    },
    close: () => rl.close(),
  };
}

const RATING_KEYS: Readonly<Record<string, PracticeRating>> = { a: 'again', h: 'hard', g: 'good', e: 'easy' };

function readRating(answer: string): PracticeRating | null {
  const a = answer.trim().toLowerCase();
  if ((PRACTICE_RATINGS as readonly string[]).includes(a)) return a as PracticeRating;
  return RATING_KEYS[a] ?? null;
}

/** The interactive drill: one question at a time until none is due or the user types q. */
async function drill(ctx: CommandContext): Promise<void> {
  const app = await ctx.app();
  const s = ctx.out().style;
  const w = (line = ''): void => ctx.write(`${line}\n`);
  const list = await app.useCases.listPractice(ctx.actor);
  if (list.items.length === 0) {
    const all = await app.useCases.listPractice(ctx.actor, { all: true });
    const next = all.items[0];
    w(
      next
        ? `Nothing to practise today. The next question comes back ${whenDue(next.dueOn, all.today, app.config.locale)}.`
        : 'Nothing to practise yet. Questions arrive when you rate an interview answer 2 or lower, or name one in rebound reflect; add your own with rebound practice add "…".',
    );
    return;
  }
  const lines = lineReader(ctx.stdin);
  let done = 0;
  try {
    w(`${list.items.length} question${list.items.length === 1 ? '' : 's'} to practise. Sketch an answer in a few lines: notes to speak from, not a script.`);
    w(s.dim('End your outline with an empty line. Type q on its own line to stop; what you finished is saved.'));
    for (const [n, item] of list.items.entries()) {
      w();
      w(s.bold(`${n + 1}/${list.items.length}  ${item.question}`));
      w(s.dim(`     ${sourceLabel(item)}`));
      if (item.outline) {
        w('Your last outline:');
        w(s.dim(indent(item.outline, '  │ ')));
        w('Your outline now (an empty line right away keeps the last one):');
      } else {
        w('Your outline:');
      }
      const typed: string[] = [];
      for (;;) {
        const line = await lines.next();
        if (line === null || (typed.length === 0 && line.trim().toLowerCase() === 'q')) {
          finish(w, done);
          return;
        }
        if (line.trim() === '') break;
        typed.push(line.replace(/\s+$/, ''));
      }
      let rating: PracticeRating | null = null;
      while (rating === null) {
        w('How did it go? again, hard, good or easy (a/h/g/e; q stops)');
        const answer = await lines.next();
        if (answer === null || answer.trim().toLowerCase() === 'q') {
          finish(w, done);
          return;
        }
        rating = readRating(answer);
        if (rating === null) w(s.dim(`"${answer.trim()}" is not one of them.`));
      }
      const saved = await app.useCases.reviewPractice(ctx.actor, {
        id: item.id,
        rating,
        ...(typed.length > 0 && { outline: typed.join('\n') }),
      });
      done++;
      w(s.ok(`Saved. It comes back ${whenDue(saved.dueOn, list.today, app.config.locale)}.`));
    }
    finish(w, done);
  } finally {
    lines.close();
  }
}

function finish(w: (line?: string) => void, done: number): void {
  w();
  w(
    done === 0
      ? 'Stopped. Nothing was changed; the questions wait for you.'
      : `You practised ${done} question${done === 1 ? '' : 's'}. That is how answers get easier.`,
  );
}

export function registerPracticeCommands(program: Command, ctx: CommandContext): void {
  const practice = program
    .command('practice')
    .description('drill the questions that gave you pause, spaced out over days (asks on a terminal)')
    .action(async () => {
      if (ctx.globals().json) {
        const app = await ctx.app();
        const l = await app.useCases.listPractice(ctx.actor);
        ctx.out().result(l, () => '');
        return;
      }
      if (ctx.stdin.isTTY !== true) {
        throw invalid(
          'rebound practice asks you questions, so it needs a terminal. From a script: rebound practice list --json, then rebound practice review ID --rating good --outline "…".',
        );
      }
      await drill(ctx);
    });

  practice
    .command('list')
    .description('the questions due today (--all: every question and when it comes back)')
    .option('--all', 'every question in your practice list')
    .action(async (o: { all?: boolean }) => {
      const app = await ctx.app();
      const all = o.all === true;
      const l = await app.useCases.listPractice(ctx.actor, { all });
      const out = ctx.out();
      out.result(l, () => formatPracticeList(l, all, out.style));
    });

  practice
    .command('add <question>')
    .description('add a question to practise, due today')
    .option('--app <id>', 'the application it came up in')
    .action(async (question: string, o: { app?: string }) => {
      const app = await ctx.app();
      const item = await app.useCases.addPractice(ctx.actor, {
        question,
        applicationId: o.app !== undefined ? positiveInt(o.app, 'The application id') : null,
      });
      ctx.out().result(item, () => `Added as #${item.id}. It is due today: rebound practice when you have ten minutes.`);
    });

  practice
    .command('review <id>')
    .description('record a review without the drill (for scripts): how it went, and your outline')
    .requiredOption('--rating <rating>', 'again, hard, good or easy')
    .option('--outline <text>', 'your answer outline (replaces the last one; "" clears it)')
    .action(async (rawId: string, o: { rating: string; outline?: string }) => {
      const app = await ctx.app();
      const item = await app.useCases.reviewPractice(ctx.actor, {
        id: positiveInt(rawId, 'The question id'),
        rating: o.rating as PracticeRating,
        ...(o.outline !== undefined && { outline: o.outline }),
      });
      ctx.out().result(item, () => `Saved. #${item.id} comes back ${whenDue(item.dueOn, app.useCases.practiceToday(), app.config.locale)}.`);
    });

  practice
    .command('remove <id>')
    .description('take a question out of your practice list')
    .action(async (rawId: string) => {
      const app = await ctx.app();
      const item = await app.useCases.removePractice(ctx.actor, positiveInt(rawId, 'The question id'));
      ctx.out().result(item, () => `Removed #${item.id}. It will not come back from its interview or reflection; rebound practice add brings it back.`);
    });
}
