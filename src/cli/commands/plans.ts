// rebound reject, plan, today, step, draft: the recovery plan and its messages.
import type { Command } from 'commander';
import type { CommandContext } from '../main.js';
import { positiveInt, readSource, writeFileSafely } from '../args.js';
import { formatAgenda, formatPlan, formatStep } from '../format.js';
import type { PlanStep } from '../../core/types.js';
import type { AgendaStep } from '../../app/index.js';
import { invalid } from '../../core/errors.js';
import { formatTone } from './messages.js';
import { touchJson } from './contacts-touch.js';
import { addImapOptions, confirmSend, readImapAccount, readSmtpAccount, type AccountFlags } from '../account.js';

/** The JSON shape of a step: the contract automated checks read. */
export function stepJson(s: PlanStep) {
  return {
    ...stepFields(s),
    draft: s.draft
      ? { subject: s.draft.subject, body: s.draft.body, to_name: s.draft.toName, to_email: s.draft.toEmail, max_length: s.draft.maxLength, edited: s.draftEdited }
      : null,
  };
}

/** A step as `today` lists it: the draft's subject and recipient; `rebound draft ID` has the text. */
function agendaStepJson(s: AgendaStep) {
  return { ...stepFields(s), draft: s.draft ? { subject: s.draft.subject, to_name: s.draft.toName } : null };
}

function stepFields(s: PlanStep | AgendaStep) {
  return {
    id: s.id,
    key: s.key,
    kind: s.kind,
    rule: s.rule,
    status: s.status,
    due_at: s.dueAt,
    not_before: s.notBefore,
    rationale: s.rationale,
    skip_reason: s.skipReason,
    contact_id: s.contactId,
    snoozed_until: s.snoozedUntil,
    completed_at: s.completedAt,
    decided_by: s.decidedBy,
  };
}

export function registerPlanCommands(program: Command, ctx: CommandContext): void {
  program
    .command('reject <app>')
    .description('record a rejection and get your recovery plan')
    .option('--email <file>', 'the rejection email: an .eml or pasted text file, or - for stdin')
    .option('--date <date>', 'when it arrived (default: the email date, else now)')
    .option('--channel <channel>', 'email, call, letter, portal or silence (default: email)')
    .option('--stage <stage>', 'how far you got: application, screen, interview or final (default: from your interviews)')
    .option('--reason <text...>', 'reasons they gave, if any')
    .option('--valued <text>', 'something you valued about the company, for the thank-you note')
    .action(async (rawApp: string, o: { email?: string; date?: string; channel?: string; stage?: string; reason?: string[]; valued?: string }) => {
      const applicationId = positiveInt(rawApp, 'The application id');
      const rawEmail = o.email !== undefined ? await readSource(o.email, ctx.stdin) : null;
      const app = await ctx.app();
      const view = await app.useCases.recordRejection(ctx.actor, {
        applicationId,
        rawEmail,
        receivedAt: o.date,
        channel: o.channel as never,
        stage: o.stage as never,
        reasons: o.reason ?? [],
        valued: o.valued,
      });
      const out = ctx.out();
      out.result({ application: view.application, rejection: view.rejection, steps: view.steps.map(stepJson) }, () =>
        [
          "I'm sorry. That's a hard message to get. Here is a short plan, one step at a time.",
          '',
          formatPlan(view, app.now(), out.style),
        ].join('\n'),
      );
    });

  program
    .command('plan <app>')
    .description("show an application's recovery plan")
    .action(async (rawApp: string) => {
      const app = await ctx.app();
      const view = await app.useCases.getPlan(ctx.actor, positiveInt(rawApp, 'The application id'));
      const out = ctx.out();
      out.result({ application: view.application, rejection: view.rejection, steps: view.steps.map(stepJson) }, () =>
        formatPlan(view, app.now(), out.style),
      );
    });

  program
    .command('today')
    .description('what is worth doing today, across all your plans')
    .action(async () => {
      const app = await ctx.app();
      const agenda = await app.useCases.today(ctx.actor);
      const out = ctx.out();
      out.result(
        {
          now: agenda.now,
          due: agenda.due.map((i) => ({ ...agendaStepJson(i.step), application: i.application, ready_now: i.readyNow })),
          upcoming: agenda.upcoming.map((i) => ({ ...agendaStepJson(i.step), application: i.application, ready_now: i.readyNow })),
          pipeline: agenda.pipeline,
          last_mood: agenda.lastMood,
          practice_due: agenda.practiceDue,
          ...touchJson(agenda),
        },
        () => formatAgenda(agenda, out.style),
      );
    });

  const step = program.command('step').description('mark a plan step done, skipped or snoozed');
  const act = (action: 'done' | 'skip' | 'snooze' | 'reopen', description: string) =>
    step
      .command(`${action} <step>`)
      .description(description)
      .option('--until <date>', 'snooze until this date (default: two days)')
      .option('--reason <text>', 'why you are skipping it')
      .action(async (rawStep: string, o: { until?: string; reason?: string }) => {
        const app = await ctx.app();
        const s = await app.useCases.changeStep(ctx.actor, {
          stepId: positiveInt(rawStep, 'The step id'),
          action,
          until: o.until,
          reason: o.reason,
        });
        const out = ctx.out();
        out.result(stepJson(s), () => formatStep(s, app.now(), out.style));
      });
  act('done', 'mark a step done');
  act('skip', 'skip a step (it stays visible, with your reason)');
  act('snooze', 'put a step off for a while');
  act('reopen', 'undo done, skip or snooze');

  addImapOptions(
    program
      .command('draft <step>')
      .description("show a step's draft message with its tone check; save it as .eml, put it in your IMAP Drafts, or send it")
      .option('--eml <file>', 'write the draft as an .eml file to open in your mail app')
      .option('--to-imap', "put the draft in your mail account's Drafts folder (account options below)")
      .option('--send', 'send it now over SMTP, after showing it and asking you to confirm')
      .option('--smtp-host <host>', 'SMTP server for --send (or REBOUND_SMTP_HOST)')
      .option('--smtp-port <port>', 'SMTP port (default 465 with TLS; or REBOUND_SMTP_PORT)')
      .option('--smtp-user <user>', 'SMTP account (or REBOUND_SMTP_USER; password from REBOUND_SMTP_PASSWORD)')
      .option('--anyway', 'export even if the tone check found something that could burn a bridge'),
  ).action(async (rawStep: string, o: AccountFlags & { eml?: string; toImap?: boolean; send?: boolean; smtpHost?: string; smtpPort?: string; smtpUser?: string; anyway?: boolean }) => {
      const app = await ctx.app();
      const stepId = positiveInt(rawStep, 'The step id');
      const { step: s, draft } = await app.useCases.getDraft(ctx.actor, stepId);
      const tone = await app.useCases.checkDraftTone(ctx.actor, stepId);
      const out = ctx.out();
      if ((o.eml || o.toImap || o.send) && tone.bridgeBurning && !o.anyway) {
        out.error(formatTone(tone, out.style));
        throw invalid('The tone check found something that could burn a bridge. Edit the draft, or add --anyway.');
      }
      if (o.send) {
        const smtp = readSmtpAccount(o, ctx.env);
        await confirmSend(ctx, draft);
        const sent = await app.useCases.sendDraftNow(ctx.actor, stepId, smtp);
        out.result({ step: s.id, sent: true, ...sent }, () => `Sent to ${sent.accepted.join(', ')}. You can mark the step done: rebound step done ${s.id}`);
        return;
      }
      if (o.toImap) {
        const account = await readImapAccount(o, ctx);
        const placed = await app.useCases.draftToImap(ctx.actor, stepId, account);
        out.result({ step: s.id, ...placed }, () => `Put the draft in ${placed.mailbox}. Review and send it from your mail app; nothing was sent.`);
        return;
      }
      if (o.eml) {
        const eml = await app.useCases.draftAsEml(ctx.actor, stepId);
        writeFileSafely(o.eml, eml);
        out.result({ step: s.id, file: o.eml, bytes: eml.length, findings: tone.findings }, () => `Saved the draft to ${o.eml}. Open it in your mail app to review and send; nothing is sent from here.`);
        return;
      }
      out.result({ step: s.id, kind: s.kind, ...draft, findings: tone.findings }, () => {
        const to = draft.toName ? `${draft.toName}${draft.toEmail ? ` <${draft.toEmail}>` : ''}` : 'choose a recipient';
        const limit = draft.maxLength ? out.style.dim(`\n(${draft.body.length}/${draft.maxLength} characters)`) : '';
        return `${out.style.dim('To:')} ${to}\n${out.style.dim('Subject:')} ${draft.subject}\n\n${draft.body}${limit}\n\n${formatTone(tone, out.style)}\n${out.style.dim('Nothing is sent until you send it.')}`;
      });
    });
}
