// rebound app …, rebound contact …, rebound interview …
import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { collect, positiveInt } from '../args.js';
import { formatApplication, formatContact, formatPlan } from '../format.js';

interface AppAddOpts {
  company: string;
  role: string;
  applied?: string;
  url?: string;
  source?: string;
  status?: string;
  resume?: string;
  notes?: string;
  valued?: string;
}

export function registerApplicationCommands(program: Command, ctx: CommandContext): void {
  const app = program.command('app').description('track applications');

  app
    .command('add')
    .description('add an application')
    .requiredOption('--company <name>', 'the hiring company')
    .requiredOption('--role <title>', 'the role applied for')
    .option('--applied <date>', 'when you applied, YYYY-MM-DD (default: today)')
    .option('--url <url>', 'the job posting')
    .option('--source <source>', 'where you found it (LinkedIn, referral, …)')
    .option('--status <status>', 'applied, screening, interviewing, … (default: applied)')
    .option('--resume <version>', 'which resume version you sent')
    .option('--notes <text>', 'anything worth remembering')
    .option('--valued <text>', 'something you valued about the company or its culture')
    .action(async (o: AppAddOpts) => {
      const { useCases } = await ctx.app();
      const created = await useCases.addApplication(ctx.actor, {
        company: o.company,
        role: o.role,
        appliedOn: o.applied,
        url: o.url,
        source: o.source,
        status: o.status as never,
        resumeVersion: o.resume,
        notes: o.notes,
        valued: o.valued,
      });
      const out = ctx.out();
      out.result(created, () => `Added application ${created.id}: ${created.company} · ${created.role}.`);
    });

  app
    .command('list')
    .description('list applications')
    .option('--status <status>', 'only this status')
    .option('--search <text>', 'company or role contains')
    .action(async (o: { status?: string; search?: string }) => {
      const { useCases } = await ctx.app();
      const list = await useCases.listApplications(ctx.actor, { status: o.status as never, search: o.search });
      const out = ctx.out();
      out.result(list, () =>
        list.length === 0
          ? 'No applications yet. Add one with: rebound app add --company NAME --role TITLE'
          : list.map((a) => formatApplication(a, out.style)).join('\n'),
      );
    });

  app
    .command('show <id>')
    .description('show an application with its interviews and plan')
    .action(async (rawId: string) => {
      const { useCases } = await ctx.app();
      const appId = positiveInt(rawId, 'The application id');
      const plan = await useCases.getPlan(ctx.actor, appId);
      const interviews = await useCases.listInterviews(ctx.actor, appId);
      const out = ctx.out();
      const now = (await ctx.app()).now();
      out.result({ ...plan, interviews }, () => {
        const lines = [formatPlan(plan, now, out.style)];
        if (interviews.length > 0) {
          lines.splice(1, 0, out.style.dim(`Interviews: ${interviews.map((i) => `${i.at.slice(0, 10)} ${i.kind} (${i.mode.replace('_', ' ')}${i.finalRound ? ', final' : ''})`).join('; ')}`));
        }
        return lines.join('\n');
      });
    });

  app
    .command('edit <id>')
    .description('change an application')
    .option('--company <name>')
    .option('--role <title>')
    .option('--applied <date>')
    .option('--url <url>')
    .option('--source <source>')
    .option('--status <status>')
    .option('--resume <version>')
    .option('--notes <text>')
    .option('--valued <text>', 'something you valued about the company or its culture')
    .action(async (rawId: string, o: Partial<AppAddOpts>) => {
      const { useCases } = await ctx.app();
      const updated = await useCases.updateApplication(ctx.actor, positiveInt(rawId, 'The application id'), {
        ...(o.company !== undefined && { company: o.company }),
        ...(o.role !== undefined && { role: o.role }),
        ...(o.applied !== undefined && { appliedOn: o.applied }),
        ...(o.url !== undefined && { url: o.url }),
        ...(o.source !== undefined && { source: o.source }),
        ...(o.status !== undefined && { status: o.status as never }),
        ...(o.resume !== undefined && { resumeVersion: o.resume }),
        ...(o.notes !== undefined && { notes: o.notes }),
        ...(o.valued !== undefined && { valued: o.valued }),
      });
      ctx.out().result(updated, () => `Updated application ${updated.id}.`);
    });

  const contact = program.command('contact').description('people met along the way, and people you lean on');
  contact
    .command('add')
    .description('add a contact')
    .requiredOption('--name <name>', 'their name')
    .requiredOption('--kind <kind>', 'recruiter, hr, hiring_manager, interviewer, agency_recruiter, referral, friend, family or mentor')
    .option('--email <email>')
    .option('--title <title>')
    .option('--company <company>')
    .option('--linkedin <url>', 'their LinkedIn profile')
    .option('--app <id>', 'link to an application')
    .option('--notes <text>')
    .action(async (o: { name: string; kind: string; email?: string; title?: string; company?: string; linkedin?: string; app?: string; notes?: string }) => {
      const { useCases } = await ctx.app();
      const c = await useCases.addContact(ctx.actor, {
        name: o.name,
        kind: o.kind as never,
        email: o.email,
        title: o.title,
        company: o.company,
        linkedinUrl: o.linkedin,
        notes: o.notes,
        applicationId: o.app !== undefined ? positiveInt(o.app, 'The application id') : null,
      });
      ctx.out().result(c, () => `Added contact ${c.id}: ${c.name} (${c.kind.replace('_', ' ')}).`);
    });
  contact
    .command('list')
    .description('list contacts')
    .action(async () => {
      const { useCases } = await ctx.app();
      const list = await useCases.listContacts(ctx.actor);
      const out = ctx.out();
      out.result(list, () =>
        list.length === 0 ? 'No contacts yet. Add one with: rebound contact add --name NAME --kind KIND' : list.map((c) => formatContact(c, out.style)).join('\n'),
      );
    });

  const interview = program.command('interview').description('interviews and who you met');
  interview
    .command('add <app>')
    .description('log an interview')
    .requiredOption('--date <date>', 'YYYY-MM-DD or an ISO date-time')
    .requiredOption('--kind <kind>', 'screen, technical, behavioral, hiring_manager, panel, case, onsite or other')
    .requiredOption('--mode <mode>', 'in_person, video or phone')
    .option('--with <contactIds...>', 'contact ids of the people you met')
    .option('--final', 'this was the final round')
    .option('--notes <text>')
    .option('--question <text>', 'a question asked; add ":N" to rate your answer 1-5 (repeatable)', collect)
    .action(async (rawApp: string, o: { date: string; kind: string; mode: string; with?: string[]; final?: boolean; notes?: string; question?: string[] }) => {
      const { useCases } = await ctx.app();
      const participantIds = (o.with ?? []).flatMap((v) => v.split(',')).filter((v) => v.trim() !== '').map((v) => positiveInt(v, 'A contact id'));
      const questions = (o.question ?? []).map((q) => {
        const m = /^(.*?):([1-5])$/.exec(q);
        return m ? { text: m[1] ?? q, rating: Number(m[2]) } : { text: q, rating: null };
      });
      const i = await useCases.addInterview(ctx.actor, {
        applicationId: positiveInt(rawApp, 'The application id'),
        at: o.date,
        kind: o.kind as never,
        mode: o.mode as never,
        participantIds,
        finalRound: o.final === true,
        notes: o.notes,
        questions,
      });
      ctx.out().result(i, () => `Logged interview ${i.id} on ${i.at.slice(0, 10)} (${i.kind}, ${i.mode.replace('_', ' ')}${i.finalRound ? ', final round' : ''}).`);
    });
}
