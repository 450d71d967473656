// The playbook rules, one function each, as pure functions of the facts. Each returns the
// steps it proposes (possibly skipped, with the reason) in the order the user meets them.
import type { Contact, Feedback, IsoInstant, ProposedStep, Stage } from '../types.js';
import { actionsFor, sortIntoThemes } from '../feedback/themes.js';
import { addDays, addHours, dayOf, daysBetween, maxInstant } from '../time.js';
import { draftFor } from './drafting.js';
import type { PlanFacts } from './facts.js';
import { occasionNear } from './holidays.js';
import { firstName, hiringManagerMet, mainInterviewer, type People } from './people.js';

export interface RuleContext {
  f: PlanFacts;
  people: People;
  stage: Stage;
  /** When the news arrived (or, for silence, when the application was marked ghosted). */
  receivedAt: IsoInstant;
  /** R1: no message is suggested for sending before this. */
  coolOffEnds: IsoInstant;
}

type Step = ProposedStep;

const step = (s: Omit<Step, 'notBefore' | 'skipReason' | 'contactId' | 'draft'> & Partial<Step>): Step => ({
  notBefore: null,
  skipReason: null,
  contactId: null,
  draft: null,
  ...s,
});

const nameOr = (c: Contact | null, fallback: string): string => firstName(c) ?? fallback;

/** R1: a check-in first; the decision is about fit, not worth. */
export function checkIn(c: RuleContext): Step {
  const logged = c.f.moods.some((m) => m.at >= c.receivedAt);
  return step({
    key: 'check_in',
    kind: 'check_in',
    rule: 'R1',
    dueAt: c.receivedAt,
    status: logged ? 'done' : 'pending',
    rationale:
      'Take a breath and note how you feel, 1 to 5. This decision is about fit for one role, not about your worth.',
  });
}

/** R2 (with R3 folded in): a brief, gracious thank-you when a person is there to receive it. */
export function thankYou(c: RuleContext, feedbackEligible: boolean): Step {
  const { f, people } = c;
  const to = people.sender ?? hiringManagerMet(people) ?? people.met[0] ?? people.employer[0] ?? null;
  const due = maxInstant(addDays(c.receivedAt, f.settings.thankYouDays), c.coolOffEnds);
  if (!to) {
    return step({
      key: 'thank_you',
      kind: 'thank_you',
      rule: 'R2',
      dueAt: due,
      status: 'skipped',
      rationale: 'A short thank-you keeps the door open with the people you dealt with.',
      skipReason:
        'The news came from an automated address and you have no contact there yet, so there is no one to thank. Skipped.',
    });
  }
  return step({
    key: 'thank_you',
    kind: 'thank_you',
    rule: 'R2',
    dueAt: due,
    notBefore: c.coolOffEnds,
    status: 'pending',
    contactId: to.id,
    rationale: feedbackEligible
      ? `When you're ready, a brief thank-you to ${nameOr(to, 'them')} leaves a good last impression, and it can carry your feedback question.`
      : `When you're ready, a brief thank-you to ${nameOr(to, 'them')} leaves a good last impression and keeps the door open.`,
    draft: draftFor('thank_you', to, f, { includeFeedbackAsk: feedbackEligible }),
  });
}

export interface FeedbackEligibility {
  eligible: boolean;
  to: Contact | null;
  /** Why it is, or is not, worth asking: shown to the user. */
  why: string;
}

/** R3: ask only where an answer is likely. */
export function feedbackEligibility(c: RuleContext): FeedbackEligibility {
  const { f, people } = c;
  const strict = f.settings.feedbackStrictness === 'in_person';
  if (f.interviews.length === 0) {
    return {
      eligible: false,
      to: null,
      why: 'No interview yet, so asking for feedback is unlikely to get an answer. Skipped.',
    };
  }
  const hm = hiringManagerMet(people);
  if (hm) {
    const times = people.hiringManagerMeetings.get(hm.id) ?? 1;
    const odds = times >= 2 ? `You met ${nameOr(hm, 'the hiring manager')} ${times} times, so a reply is more likely than usual.` : `You met ${nameOr(hm, 'the hiring manager')} ${strict ? 'in person' : 'face to face'}, so a short question has a fair chance.`;
    return { eligible: true, to: hm, why: odds };
  }
  if (people.agencyRecruiter) {
    return {
      eligible: true,
      to: people.agencyRecruiter,
      why: `${nameOr(people.agencyRecruiter, 'Your agency recruiter')} gains from helping you land elsewhere, so feedback through them often comes back.`,
    };
  }
  return {
    eligible: false,
    to: null,
    why: strict
      ? "You didn't meet the hiring manager in person, and your settings ask for that before requesting feedback. Skipped."
      : "You didn't meet the hiring manager in person or on video, so a feedback request rarely gets a reply. Skipped.",
  };
}

export function feedbackRequest(c: RuleContext, e: FeedbackEligibility, thankYouStep: Step, thankYouDone: string | null): Step {
  const due = thankYouStep.dueAt;
  if (!e.eligible || !e.to) {
    return step({
      key: 'feedback_request',
      kind: 'feedback_request',
      rule: 'R3',
      dueAt: due,
      status: 'skipped',
      rationale: 'Feedback can show what to work on, when the employer is in a position to give it.',
      skipReason: e.why,
    });
  }
  const folded = thankYouStep.status !== 'skipped';
  const alreadyAnswered = c.f.feedback.length > 0;
  return step({
    key: 'feedback_request',
    kind: 'feedback_request',
    rule: 'R3',
    dueAt: due,
    notBefore: c.coolOffEnds,
    status: alreadyAnswered || (folded && thankYouDone !== null) ? 'done' : 'pending',
    contactId: e.to.id,
    rationale: `${e.why} ${folded ? 'The question sits at the end of your thank-you note; this is a standalone version if you prefer.' : ''} Many employers never reply to this, and silence is a normal outcome.`.replace(/\s+/g, ' ').trim(),
    draft: draftFor('feedback_request', e.to, c.f),
  });
}

/** R4: one polite escalation after a vague reply, never a second. */
export function escalate(c: RuleContext): Step | null {
  const vague: Feedback | undefined = c.f.feedback.find((fb) => fb.vague);
  if (!vague) return null;
  const to = mainInterviewer(c.people, c.f.interviews);
  const due = maxInstant(addDays(vague.receivedAt, 2), c.coolOffEnds);
  if (!to) {
    return step({
      key: 'escalate',
      kind: 'escalate',
      rule: 'R4',
      dueAt: due,
      status: 'skipped',
      rationale: 'The reply was general, which is common.',
      skipReason: 'There was no main interviewer to ask directly, so this step closes here. Nothing more to chase.',
    });
  }
  return step({
    key: 'escalate',
    kind: 'escalate',
    rule: 'R4',
    dueAt: due,
    notBefore: maxInstant(c.coolOffEnds, vague.receivedAt),
    status: 'pending',
    contactId: to.id,
    rationale: `The reply was general. One brief, grateful note to ${nameOr(to, 'your main interviewer')} may get something concrete. Send it once; after that, let it rest.`,
    draft: draftFor('escalate', to, c.f, { vagueReply: vague.text }),
  });
}

/** R5: a short structured reflection while it is fresh. */
export function reflect(c: RuleContext): Step {
  const done = c.f.reflections.length > 0;
  return step({
    key: 'reflect',
    kind: 'reflect',
    rule: 'R5',
    dueAt: addDays(c.receivedAt, c.f.settings.reflectDays),
    status: done ? 'done' : 'pending',
    rationale:
      'A few minutes on what went well, what did not, and which questions gave you pause. Those questions go to your practice list.',
  });
}

/** R6: feedback and reflection become a small plan; outside causes are named and let go. */
export function actionPlan(c: RuleContext): Step {
  const { f } = c;
  const texts = [
    ...f.feedback.filter((fb) => !fb.vague).map((fb) => fb.text),
    ...(f.rejection?.reasons ?? []),
    ...f.reflections.flatMap((r) => [r.wentBadly ?? '', ...r.missingQualifications.map((q) => `Missing skills: ${q}`)]),
  ].filter((t) => t.trim() !== '');
  const findings = texts.flatMap((t) => sortIntoThemes(t));
  const pause = f.reflections.flatMap((r) => r.pauseQuestions);
  const actions = actionsFor(findings, pause);
  const outside = findings.filter((x) => x.theme === 'outside_control');
  const dueAt = addDays(c.receivedAt, f.settings.reflectDays + 2);
  if (findings.length > 0 && actions.length === 0 && outside.length === findings.length) {
    return step({
      key: 'action_plan',
      kind: 'action_plan',
      rule: 'R6',
      dueAt,
      status: 'skipped',
      rationale: 'What you learn becomes one or two concrete next steps.',
      skipReason: `The reason given was outside your control (${outside[0]?.sentence ?? 'an outside factor'}). Nothing to fix here; let this one go.`,
    });
  }
  const rationale =
    actions.length > 0
      ? `Next steps from what you learned: ${actions
          .slice(0, 2)
          .map((a) => a.title.charAt(0).toLowerCase() + a.title.slice(1))
          .join('; ')}.`
      : 'Once you have reflected, and if any feedback comes, turn it into one or two concrete next steps.';
  return step({ key: 'action_plan', kind: 'action_plan', rule: 'R6', dueAt, status: 'pending', rationale });
}

/** R7: a personal connection note to each person met. */
export function connect(c: RuleContext): Step[] {
  return c.people.met.map((person) =>
    step({
      key: `connect:${person.id}`,
      kind: 'connect',
      rule: 'R7',
      dueAt: maxInstant(addDays(c.receivedAt, 4), c.coolOffEnds),
      notBefore: c.coolOffEnds,
      status: 'pending',
      contactId: person.id,
      rationale: `Connect with ${person.name} with a short personal note, so the relationship outlasts this role.`,
      draft: draftFor('connect', person, c.f),
    }),
  );
}

/** R7: after a final round the company is a warm lead: a touch-base each cadence, with a reason. */
export function touchBase(c: RuleContext): Step[] {
  if (c.stage !== 'final') return [];
  const { f, people } = c;
  const to = hiringManagerMet(people) ?? people.sender ?? people.met[0] ?? null;
  if (!to) return [];
  const cadence = f.settings.touchBaseDays;
  const steps: Step[] = [];
  let from = c.receivedAt;
  for (let n = 1; n < 50; n++) {
    const key = `touch_base:${n}`;
    const prior = f.previous.find((p) => p.key === key);
    const dueAt = addDays(from, cadence);
    const occasion = occasionNear(dayOf(dueAt));
    const reason = occasion ? `wishing them well for ${occasion.label}` : 'a short hello to stay on their radar';
    steps.push(
      step({
        key,
        kind: 'touch_base',
        rule: 'R7',
        dueAt,
        status: 'pending',
        contactId: to.id,
        rationale: `You reached the final round, so ${f.application.company} is a warm lead. A light note (${reason}) keeps you in mind if the role reopens.`,
        draft: draftFor('touch_base', to, f, { touchBaseReason: occasion ? occasion.label : null }),
      }),
    );
    if (!prior || prior.status !== 'done') break;
    from = prior.completedAt ?? dueAt;
  }
  return steps;
}

/** R11: one polite follow-up when an interview is followed by silence. */
export function followUp(f: PlanFacts): Step | null {
  const last = [...f.interviews].sort((a, b) => b.at.localeCompare(a.at))[0];
  if (!last) return null;
  const dueAt = addDays(last.at, f.settings.followUpDays);
  if (f.now < dueAt && !f.previous.some((p) => p.key === 'follow_up')) return null;
  const byId = new Map(f.contacts.map((x) => [x.id, x]));
  const people = last.participantIds.map((id) => byId.get(id)).filter((x): x is Contact => x !== undefined);
  const to = people.find((p) => p.kind === 'recruiter' || p.kind === 'agency_recruiter') ?? people[0] ?? f.contacts[0] ?? null;
  const days = Math.floor(daysBetween(last.at, f.now));
  return step({
    key: 'follow_up',
    kind: 'follow_up',
    rule: 'R11',
    dueAt,
    status: 'pending',
    contactId: to?.id ?? null,
    rationale: `It has been ${days} days since your last interview with no news. One polite question about timing is fair; silence often means delays, not a decision.`,
    draft: draftFor('follow_up', to, f),
  });
}

/**
 * R8: the plan ends with the search, not with this one role. The live pipeline figures are on
 * the agenda (they change daily); the step says what to do and, at planning time, why now.
 */
export function pipeline(c: RuleContext): Step {
  const { f } = c;
  const p = f.pipeline;
  const low = p.activeCount < f.settings.targetActiveApplications;
  const why = p.interviewsUnderway
    ? 'Keep adding leads while your other interviews run, so no single answer carries too much weight.'
    : low
      ? 'Your pipeline is below your target, so a few new leads will help.'
      : 'Add a new lead or two, with what you learned in hand.';
  return step({
    key: 'pipeline',
    kind: 'pipeline',
    rule: 'R8',
    dueAt: addDays(c.receivedAt, Math.min(3, f.settings.reflectDays)),
    status: 'pending',
    rationale: `Back to the search, without carrying this one with you. ${why}`,
  });
}

/** R10: when rejections pile up or the mood is low, lean on people. */
export function support(c: RuleContext): Step | null {
  const { f } = c;
  const windowStart = addDays(c.receivedAt, -f.settings.supportWindowDays);
  const recent = f.rejectionDates.filter((d) => d >= windowStart && d <= c.receivedAt).length;
  const weekAgo = addDays(f.now, -7);
  const lowMood = f.moods.some((m) => m.at >= weekAgo && m.score <= 2);
  if (recent < f.settings.supportThreshold && !lowMood) return null;
  const to = f.supportContacts.find((x) => x.kind === 'mentor') ?? f.supportContacts[0] ?? null;
  const who = to ? to.name : 'a friend, a family member or a mentor';
  return step({
    key: 'support',
    kind: 'support',
    rule: 'R10',
    dueAt: addHours(c.receivedAt, 24),
    status: 'pending',
    contactId: to?.id ?? null,
    rationale: lowMood
      ? `You've been feeling low. A chat with ${who} can help, and they may know someone hiring. Rebound drafts the note; you decide whether to send it.`
      : `A few hard answers in a short time is a lot to carry alone. Reach out to ${who}; they may also know someone hiring.`,
    draft: draftFor('support', to, f),
  });
}
