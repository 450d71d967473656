// Keeping in touch (R7): rebound contact show|log|unlog|cadence|snooze|unsnooze|event|tag|draft,
// rebound touch, rebound cadence, rebound article, rebound milestone. Also how today's agenda
// shows touch-bases and silence (R11).
import type { Command } from 'commander';
import type { Agenda, ContactDetail, Ghosting, TouchBase } from '../../app/index.js';
import { invalid } from '../../core/errors.js';
import type { Milestone, SavedArticle } from '../../core/touch/index.js';
import { positiveInt } from '../args.js';
import type { CommandContext } from '../main.js';
import type { Style } from '../output.js';

/** "90d", "12w", "3m" (30-day months), "1y" or a bare number of days; null for "off". */
export function parseCadence(value: string): number | 'off' | 'default' {
  const v = value.trim().toLowerCase();
  if (v === 'off' || v === 'none') return 'off';
  if (v === 'default' || v === 'reset') return 'default';
  const m = /^(\d+)\s*(d|w|m|y)?$/.exec(v);
  if (!m) throw invalid(`The cadence must look like 90d, 12w, 3m or 1y (or "off", or "default"), not "${value}".`);
  const n = Number(m[1]);
  const per = { d: 1, w: 7, m: 30, y: 365 }[(m[2] ?? 'd') as 'd' | 'w' | 'm' | 'y'];
  return n * per;
}

const pretty = (d: string): string =>
  new Date(`${d}T12:00:00.000Z`).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });

function sourceLabel(t: Pick<TouchBase, 'source' | 'everyDays'> & { tag?: string | null }): string {
  const every = `every ${String(t.everyDays)} days`;
  if (t.source === 'contact') return `${every}, set for this person`;
  if (t.source === 'tag') return t.tag ? `${every}, from the tag "${t.tag}"` : `${every}, from a tag`;
  return `${every}, after a final round`;
}

/** One touch-base: who, when, why, and where the draft is. */
export function formatTouchBase(t: TouchBase, s: Style): string {
  const at = t.contact.company ? ` (${t.contact.company})` : '';
  const when = t.overdue
    ? `past the latest day (${pretty(t.latestOn)}); a note now is still welcome`
    : t.dueNow
      ? `ideally now, at the latest ${pretty(t.latestOn)}`
      : `ideally ${pretty(t.idealOn)}, at the latest ${pretty(t.latestOn)}`;
  const draft = t.stepId !== null ? `rebound draft ${String(t.stepId)}` : `rebound contact draft ${String(t.contact.id)}`;
  return [
    `${s.dim(`#${String(t.contact.id)}`.padStart(5))}  ${s.bold(`Touch base with ${t.contact.name}`)}${at}  ${s.dim(`${when} · R7`)}`,
    `         ${t.reason.text}`,
    s.dim(`         Draft: ${draft} · done it? rebound contact log ${String(t.contact.id)} --kind email`),
  ].join('\n');
}

export function formatGhosting(g: Ghosting, s: Style): string {
  const head =
    g.state === 'follow_up'
      ? s.bold(`Follow up with ${g.application.company}`)
      : s.bold(`${g.application.company}: marked ghosted`);
  const lines = [`${s.dim(`#${String(g.application.id)}`.padStart(5))}  ${head} · ${g.application.role}  ${s.dim('R11')}`, `         ${g.text}`];
  if (g.followUpStepId !== null && g.state === 'follow_up') lines.push(s.dim(`         Draft: rebound draft ${String(g.followUpStepId)}`));
  if (g.state === 'ghosted') lines.push(s.dim(`         The lighter plan: rebound plan ${String(g.application.id)}`));
  return lines.join('\n');
}

/** The agenda's R7 and R11 sections, for `rebound today`. Empty when there is nothing to show. */
export function formatTouchSections(a: Pick<Agenda, 'touchBases' | 'ghosting'>, s: Style): string[] {
  const lines: string[] = [];
  const due = a.touchBases.filter((t) => t.dueNow);
  const soon = a.touchBases.filter((t) => !t.dueNow);
  if (due.length > 0 || soon.length > 0) {
    lines.push('', s.bold('Keeping in touch'));
    for (const t of [...due, ...soon]) lines.push(formatTouchBase(t, s));
    lines.push(s.dim('         Nothing is sent until you send it.'));
  }
  if (a.ghosting.length > 0) {
    lines.push('', s.bold('Gone quiet'));
    for (const g of a.ghosting) lines.push(formatGhosting(g, s));
  }
  return lines;
}

/** One touch-base as the CLI prints it with --json. */
export function touchBaseJson(t: TouchBase) {
  return {
    contact: t.contact,
    every_days: t.everyDays,
    source: t.source,
    ideal_on: t.idealOn,
    latest_on: t.latestOn,
    due_now: t.dueNow,
    overdue: t.overdue,
    reason: t.reason,
    draft: { subject: t.draft.subject, body: t.draft.body, to_name: t.draft.toName, to_email: t.draft.toEmail },
    step_id: t.stepId,
  };
}

/** The JSON of the agenda's R7 and R11 parts, in the snake_case of the other `today` fields. */
export function touchJson(a: Pick<Agenda, 'touchBases' | 'ghosting'>) {
  return {
    touch_bases: a.touchBases.map(touchBaseJson),
    ghosting: a.ghosting.map((g) => ({
      application: g.application,
      state: g.state,
      last_interview_at: g.lastInterviewAt,
      days_silent: g.daysSilent,
      ghosts_on: g.ghostsOn,
      follow_up_step_id: g.followUpStepId,
      text: g.text,
    })),
  };
}

function formatDetail(d: ContactDetail, s: Style): string {
  const c = d.contact;
  const bits = [c.kind.replace('_', ' '), c.title, c.company, c.email].filter(Boolean).join(' · ');
  const lines = [`${s.bold(c.name)}  ${s.dim(`(contact ${String(c.id)}) ${bits}`)}`];
  lines.push(d.tags.length > 0 ? `Tags: ${d.tags.join(', ')}` : s.dim('No tags. Add some with: rebound contact tag ' + String(c.id) + ' TAG…'));
  if (d.cadence) {
    const cd = d.cadence;
    lines.push(`Touch base ${sourceLabel(cd)}: ideally ${pretty(cd.idealOn)}, at the latest ${pretty(cd.latestOn)} (last in touch ${pretty(cd.lastContactOn)}).`);
    if (cd.snoozedUntil) lines.push(s.dim(`Snoozed until ${pretty(cd.snoozedUntil)}.`));
  } else {
    lines.push(
      s.dim(
        d.cadenceOff
          ? `Touch-bases are off for ${c.name}. Turn them on with: rebound contact cadence ${String(c.id)} 90d`
          : `No touch-base cadence. Set one with: rebound contact cadence ${String(c.id)} 90d`,
      ),
    );
  }
  if (d.events.length > 0) {
    lines.push('', s.bold('News'));
    for (const e of d.events) lines.push(`  ${e.on}  ${e.kind.replace('_', ' ')}${e.note ? ` · ${e.note}` : ''}  ${s.dim(`#${String(e.id)}`)}`);
  }
  lines.push('', s.bold('Interactions'));
  if (d.interactions.length === 0) lines.push(s.dim(`  None logged yet. After you get in touch: rebound contact log ${String(c.id)} --kind email`));
  for (const i of d.interactions) lines.push(`  ${i.on}  ${i.kind}${i.note ? ` · ${i.note}` : ''}  ${s.dim(`#${String(i.id)}`)}`);
  return lines.join('\n');
}

function formatArticle(a: SavedArticle, s: Style): string {
  return `${s.dim(`#${String(a.id)}`.padStart(5))}  ${s.bold(a.title)}  ${s.dim([a.savedOn, a.tags.join(', ')].filter(Boolean).join(' · '))}\n         ${a.url}`;
}

function formatMilestone(m: Milestone, s: Style): string {
  return `${s.dim(`#${String(m.id)}`.padStart(5))}  ${m.on}  ${m.title}`;
}

const splitTags = (values: readonly string[]): string[] =>
  values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');

export function registerTouchCommands(program: Command, ctx: CommandContext): void {
  const contact = program.commands.find((c) => c.name() === 'contact') ?? program.command('contact').description('people met along the way');
  const contactId = (raw: string): number => positiveInt(raw, 'The contact id');

  contact
    .command('show <id>')
    .description('a contact with tags, touch-base cadence, interactions and news')
    .action(async (raw: string) => {
      const { useCases } = await ctx.app();
      const d = await useCases.getContactDetail(ctx.actor, contactId(raw));
      const out = ctx.out();
      out.result(d, () => formatDetail(d, out.style));
    });

  contact
    .command('log <id>')
    .description('log an interaction (it resets their touch-base cadence)')
    .requiredOption('--kind <kind>', 'email, call, meeting, message or other')
    .option('--on <date>', 'when, YYYY-MM-DD (default: today)')
    .option('--note <text>', 'what it was about')
    .action(async (raw: string, o: { kind: string; on?: string; note?: string }) => {
      const { useCases } = await ctx.app();
      const i = await useCases.logInteraction(ctx.actor, { contactId: contactId(raw), kind: o.kind as never, on: o.on, note: o.note });
      const d = await useCases.getContactDetail(ctx.actor, i.contactId);
      const out = ctx.out();
      out.result(i, () =>
        [
          `Logged ${i.kind === 'other' ? 'an interaction' : `a ${i.kind}`} with ${d.contact.name} on ${i.on}.`,
          d.cadence ? `Next touch-base: ideally ${pretty(d.cadence.idealOn)}, at the latest ${pretty(d.cadence.latestOn)}.` : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    });

  contact
    .command('unlog <interaction>')
    .description('remove an interaction logged by mistake')
    .action(async (raw: string) => {
      const { useCases } = await ctx.app();
      const gone = await useCases.deleteInteraction(ctx.actor, positiveInt(raw, 'The interaction id'));
      ctx.out().result(gone, () => `Removed the ${gone.kind} of ${gone.on}.`);
    });

  contact
    .command('cadence <id> <every>')
    .description('how often to touch base: 90d, 12w, 3m, 1y; "off" to stop; "default" to follow tags and defaults')
    .action(async (raw: string, every: string) => {
      const { useCases } = await ctx.app();
      const id = contactId(raw);
      const c = parseCadence(every);
      const d =
        c === 'default'
          ? await useCases.clearContactCadence(ctx.actor, id)
          : await useCases.setContactCadence(ctx.actor, id, { everyDays: c === 'off' ? null : c });
      const out = ctx.out();
      out.result(d, () =>
        d.cadence
          ? `Touch base with ${d.contact.name} ${sourceLabel(d.cadence)}: next ideally ${pretty(d.cadence.idealOn)}, at the latest ${pretty(d.cadence.latestOn)}.`
          : d.cadenceOff
            ? `Touch-bases with ${d.contact.name} are off.`
            : `No cadence applies to ${d.contact.name} now.`,
      );
    });

  contact
    .command('snooze <id>')
    .description('hide their touch-base until a day')
    .requiredOption('--until <date>', 'YYYY-MM-DD')
    .action(async (raw: string, o: { until: string }) => {
      const { useCases } = await ctx.app();
      const d = await useCases.snoozeContact(ctx.actor, contactId(raw), { until: o.until });
      ctx.out().result(d, () => `Snoozed ${d.contact.name} until ${pretty(d.cadence?.snoozedUntil ?? o.until)}.`);
    });

  contact
    .command('unsnooze <id>')
    .description('end a snooze')
    .action(async (raw: string) => {
      const { useCases } = await ctx.app();
      const d = await useCases.unsnoozeContact(ctx.actor, contactId(raw));
      ctx.out().result(d, () => `${d.contact.name} is back on your touch-base list.`);
    });

  contact
    .command('event <id> <kind>')
    .description('note their news: promotion, work_anniversary (the day they started), new_role or other')
    .requiredOption('--on <date>', 'YYYY-MM-DD')
    .option('--note <text>', 'a few words ("Director of Design")')
    .action(async (raw: string, kind: string, o: { on: string; note?: string }) => {
      const { useCases } = await ctx.app();
      const e = await useCases.addContactEvent(ctx.actor, { contactId: contactId(raw), kind: kind as never, on: o.on, note: o.note });
      ctx.out().result(e, () => `Noted: ${e.kind.replace('_', ' ')} on ${e.on}. It can give your next touch-base its reason.`);
    });

  contact
    .command('tag <id> [tags...]')
    .description('replace their tags (none clears them); a tag with a cadence gives it to everyone who has it')
    .action(async (raw: string, tags: string[] | undefined) => {
      const { useCases } = await ctx.app();
      const d = await useCases.setContactTags(ctx.actor, contactId(raw), { tags: splitTags(tags ?? []) });
      ctx.out().result(d, () => (d.tags.length > 0 ? `${d.contact.name}: ${d.tags.join(', ')}.` : `${d.contact.name} has no tags now.`));
    });

  contact
    .command('draft <id>')
    .description('the next touch-base with them: dates, reason and a draft')
    .action(async (raw: string) => {
      const { useCases } = await ctx.app();
      const t = await useCases.touchBaseWith(ctx.actor, contactId(raw));
      const out = ctx.out();
      out.result(touchBaseJson(t), () => {
        const to = t.draft.toName ? `${t.draft.toName}${t.draft.toEmail ? ` <${t.draft.toEmail}>` : ''}` : t.contact.name;
        return [
          formatTouchBase(t, out.style).split('\n').slice(0, 2).join('\n'),
          '',
          `${out.style.dim('To:')} ${to}`,
          `${out.style.dim('Subject:')} ${t.draft.subject}`,
          '',
          t.draft.body,
          '',
          out.style.dim('Nothing is sent until you send it.'),
        ].join('\n');
      });
    });

  program
    .command('touch')
    .description('everyone you keep in touch with, soonest first')
    .action(async () => {
      const { useCases } = await ctx.app();
      const list = await useCases.listTouchBases(ctx.actor);
      const out = ctx.out();
      out.result(list.map(touchBaseJson), () =>
        list.length === 0
          ? 'Nobody on your touch-base list yet. After a final round, Rebound adds the warm lead; or set a cadence: rebound contact cadence ID 90d'
          : list.map((t) => formatTouchBase(t, out.style)).join('\n'),
      );
    });

  const cadence = program.command('cadence').description('touch-base cadences per tag');
  cadence
    .command('list')
    .description('cadences set per tag')
    .action(async () => {
      const { useCases } = await ctx.app();
      const list = await useCases.listTagCadences(ctx.actor);
      const out = ctx.out();
      out.result(list, () =>
        list.length === 0
          ? 'No tag cadences. Set one with: rebound cadence tag TAG 60d'
          : list.map((t) => `  ${out.style.bold(t.tag)}  every ${String(t.everyDays)} days  ${out.style.dim(`${String(t.contacts)} ${t.contacts === 1 ? 'person' : 'people'}`)}`).join('\n'),
      );
    });
  cadence
    .command('tag <tag> <every>')
    .description('everyone with this tag: 60d, 8w, 2m, 1y; "off" removes it')
    .action(async (tag: string, every: string) => {
      const { useCases } = await ctx.app();
      const c = parseCadence(every);
      const out = ctx.out();
      if (c === 'off' || c === 'default') {
        const gone = await useCases.deleteTagCadence(ctx.actor, tag);
        out.result(gone, () => `Removed the cadence of "${gone.tag}".`);
        return;
      }
      const t = await useCases.setTagCadence(ctx.actor, { tag, everyDays: c });
      out.result(t, () => `Everyone tagged "${t.tag}" (${String(t.contacts)} now): a touch-base every ${String(t.everyDays)} days, unless they have their own.`);
    });

  const article = program.command('article').description('articles saved to share with the right person');
  article
    .command('add <url>')
    .description('save an article; its tags decide whom it suits (a contact tag, or a company name)')
    .requiredOption('--title <title>', 'its title')
    .option('--tags <tags...>', 'tags, comma or space separated')
    .option('--note <text>', 'why it is worth sharing')
    .action(async (url: string, o: { title: string; tags?: string[]; note?: string }) => {
      const { useCases } = await ctx.app();
      const a = await useCases.addArticle(ctx.actor, { url, title: o.title, note: o.note, tags: splitTags(o.tags ?? []) });
      ctx.out().result(a, () => `Saved article ${String(a.id)}: ${a.title}${a.tags.length ? ` (${a.tags.join(', ')})` : ''}.`);
    });
  article
    .command('list')
    .description('saved articles, newest first')
    .action(async () => {
      const { useCases } = await ctx.app();
      const list = await useCases.listArticles(ctx.actor);
      const out = ctx.out();
      out.result(list, () =>
        list.length === 0 ? 'No saved articles. Save one with: rebound article add URL --title TITLE --tags TAG' : list.map((a) => formatArticle(a, out.style)).join('\n'),
      );
    });
  article
    .command('remove <id>')
    .description('remove a saved article')
    .action(async (raw: string) => {
      const { useCases } = await ctx.app();
      const a = await useCases.deleteArticle(ctx.actor, positiveInt(raw, 'The article id'));
      ctx.out().result(a, () => `Removed "${a.title}".`);
    });

  const milestone = program.command('milestone').description('your own news: a new skill, a course, a project');
  milestone
    .command('add <title>')
    .description('add a milestone ("Finished the AWS Solutions Architect course")')
    .option('--on <date>', 'when, YYYY-MM-DD (default: today)')
    .action(async (title: string, o: { on?: string }) => {
      const { useCases } = await ctx.app();
      const m = await useCases.addMilestone(ctx.actor, { title, on: o.on });
      ctx.out().result(m, () => `Added: ${m.title} (${m.on}). It can give a touch-base its reason.`);
    });
  milestone
    .command('list')
    .description('your milestones, newest first')
    .action(async () => {
      const { useCases } = await ctx.app();
      const list = await useCases.listMilestones(ctx.actor);
      const out = ctx.out();
      out.result(list, () => (list.length === 0 ? 'No milestones yet. Add one with: rebound milestone add "…"' : list.map((m) => formatMilestone(m, out.style)).join('\n')));
    });
  milestone
    .command('remove <id>')
    .description('remove a milestone')
    .action(async (raw: string) => {
      const { useCases } = await ctx.app();
      const m = await useCases.deleteMilestone(ctx.actor, positiveInt(raw, 'The milestone id'));
      ctx.out().result(m, () => `Removed "${m.title}".`);
    });
}
