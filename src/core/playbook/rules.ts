// The playbook rules, one function each, as pure functions of the facts. Each returns the
// steps it proposes (possibly skipped, with the reason) in the order the user meets them.
import type { Contact, IsoInstant, ProposedStep, Stage } from '../types.js';
import { EMPLOYER_CONTACT_KINDS, SUPPORT_CONTACT_KINDS } from '../types.js';
import { actionsFor, outsideLabel, sortIntoThemes, type ThemeFinding } from '../feedback/themes.js';
import { addDays, addHours, dayOf, daysBetween, maxInstant } from '../time.js';
import { draftFor } from './drafting.js';
import type { PlanFacts } from './facts.js';
import { cadenceFor, latestDay, touchDates } from '../touch/cadence.js';
import { occasionNear } from './holidays.js';
import { DRAFT_SHAPE, pickReason, rationalePhrase } from '../touch/reasons.js';
import { firstName, hiringManagerMet, mainInterviewer, type People, type Recipient } from './people.js';

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

const DAY = 86_400_000;
const t = (iso: IsoInstant): number => Date.parse(iso);
const nameOr = (c: { name: string | null } | null, fallback: string): string => firstName(c) ?? fallback;
const isEmployerSide = (c: Contact): boolean => EMPLOYER_CONTACT_KINDS.includes(c.kind);
const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const uncapitalize = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** R1: a check-in first; the decision is about fit, not worth. */
export function checkIn(c: RuleContext): Step {
  const logged = c.f.moods.some((m) => t(m.at) >= t(c.receivedAt));
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

/** R2: who receives the thank-you: the human sender, else the hiring manager met, else anyone met or linked. */
export function thankYouRecipient(p: People): Recipient | null {
  return p.sender ?? p.unsavedSender ?? hiringManagerMet(p) ?? p.met[0] ?? p.employer[0] ?? null;
}

/** R2 (with R3 folded in): a brief, gracious thank-you when a person is there to receive it. */
export function thankYou(c: RuleContext, feedbackEligible: boolean): Step {
  const { f, people } = c;
  const to = thankYouRecipient(people);
  const due = maxInstant(addDays(c.receivedAt, f.settings.thankYouDays), c.coolOffEnds);
  if (!to) {
    return step({
      key: 'thank_you',
      kind: 'thank_you',
      rule: 'R2',
      dueAt: due,
      status: 'skipped',
      rationale: 'A short thank-you keeps the door open with the people you dealt with.',
      skipReason: f.rejection?.automatedSender
        ? `The news came from an automated address and you have no contact at ${f.application.company} yet, so there is no one to thank. Add a contact and this step comes back.`
        : `You have no contact at ${f.application.company} yet, so there is no one to thank. Add a contact and this step comes back.`,
    });
  }
  const who = nameOr(to, 'the person who wrote to you');
  return step({
    key: 'thank_you',
    kind: 'thank_you',
    rule: 'R2',
    dueAt: due,
    notBefore: c.coolOffEnds,
    status: 'pending',
    contactId: to.id,
    rationale: feedbackEligible
      ? `When you're ready, a brief thank-you to ${who} leaves a good last impression, and it can carry your feedback question.`
      : `When you're ready, a brief thank-you to ${who} leaves a good last impression and keeps the door open.`,
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
    const name = nameOr(hm, 'the hiring manager');
    const times = people.hiringManagerMeetings.get(hm.id) ?? 1;
    const how = people.hiringManagerModes.get(hm.id)?.has('in_person') ? 'in person' : 'on video';
    const why =
      times >= 2
        ? `You met ${name} ${times === 2 ? 'twice' : `${times} times`}, so a reply is more likely than usual.`
        : `You met ${name} ${how}, so a short question has a fair chance of an answer.`;
    return { eligible: true, to: hm, why };
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

/** R3: the feedback question, best carried by the thank-you; done once that is sent or feedback arrives. */
export function feedbackRequest(c: RuleContext, e: FeedbackEligibility, thankYouStep: Step): Step {
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
  const thanks = c.f.previous.find((p) => p.key === 'thank_you');
  // The ask rides on the thank-you unless there is none, or the user chose not to send it.
  const folded = thankYouStep.status !== 'skipped' && thanks?.status !== 'skipped';
  const sent = folded && thanks?.status === 'done';
  const answered = c.f.feedback.length > 0;
  const thanksTo = firstName({ name: thankYouStep.draft?.toName ?? null });
  const where = !folded
    ? ''
    : thankYouStep.contactId === e.to.id || thanksTo === null
      ? 'The question sits at the end of your thank-you note; this standalone version is here if you prefer.'
      : `The question sits at the end of your thank-you to ${thanksTo}; this standalone version goes to ${nameOr(e.to, 'them')} if you'd rather ask directly.`;
  return step({
    key: 'feedback_request',
    kind: 'feedback_request',
    rule: 'R3',
    dueAt: due,
    notBefore: c.coolOffEnds,
    status: answered || sent ? 'done' : 'pending',
    contactId: e.to.id,
    rationale: [e.why, where, 'Many employers never reply to this, and silence is a normal outcome.']
      .filter((s) => s !== '')
      .join(' '),
    draft: draftFor('feedback_request', e.to, c.f),
  });
}

/** R4: one polite escalation after a vague reply, never a second. */
export function escalate(c: RuleContext): Step | null {
  const replies = [...c.f.feedback].sort((a, b) => t(a.receivedAt) - t(b.receivedAt));
  const vague = replies.find((fb) => fb.vague);
  if (!vague) return null;
  const to = mainInterviewer(c.people, c.f.interviews);
  const due = maxInstant(addDays(vague.receivedAt, 2), c.coolOffEnds);
  const closed = (skipReason: string): Step =>
    step({
      key: 'escalate',
      kind: 'escalate',
      rule: 'R4',
      dueAt: due,
      status: 'skipped',
      rationale: 'The reply was general, which is common.',
      skipReason,
    });
  if (replies.some((fb) => !fb.vague)) {
    return closed('Concrete feedback came in, so there is nothing more to ask. Skipped.');
  }
  if (!to) {
    return closed('There was no main interviewer to ask directly, so this step closes here. Nothing more to chase.');
  }
  return step({
    key: 'escalate',
    kind: 'escalate',
    rule: 'R4',
    dueAt: due,
    notBefore: maxInstant(c.coolOffEnds, new Date(vague.receivedAt).toISOString()),
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

/** R6's inputs: themes from feedback, stated reasons and reflections, and the questions to prepare. */
function lessons(f: PlanFacts): { findings: ThemeFinding[]; questions: string[]; mismatch: boolean } {
  const texts = [
    ...f.feedback.filter((fb) => !fb.vague).map((fb) => fb.text),
    ...(f.rejection?.reasons ?? []),
    ...f.reflections.map((r) => r.wentBadly ?? ''),
  ].filter((x) => x.trim() !== '');
  const missing: ThemeFinding[] = f.reflections
    .flatMap((r) => r.missingQualifications)
    .map((q) => q.trim())
    .filter((q) => q !== '')
    .map((q) => ({ theme: 'skill_gap', controllable: true, sentence: q, skill: q }));
  const questions = [
    ...f.reflections.flatMap((r) => r.pauseQuestions),
    // R5: questions answered poorly go to the question bank too.
    ...f.interviews.flatMap((i) => i.questions.filter((q) => q.rating !== null && q.rating <= 2).map((q) => q.text)),
  ]
    .map((q) => q.trim())
    .filter((q, i, all) => q !== '' && all.indexOf(q) === i);
  return {
    findings: [...texts.flatMap((x) => sortIntoThemes(x)), ...missing],
    questions,
    mismatch: f.reflections.some((r) => r.requirementsMatch === 'no'),
  };
}

/** R6: feedback and reflection become a small plan; outside causes are named and let go. */
export function actionPlan(c: RuleContext): Step {
  const { f } = c;
  const { findings, questions, mismatch } = lessons(f);
  const actions = actionsFor(findings, questions);
  if (mismatch && !actions.some((a) => a.theme === 'overqualified')) {
    actions.push({ theme: 'experience', title: 'Aim at roles whose requirements match your experience more closely' });
  }
  // Overqualified has its own action (aim elsewhere), so only the rest is named as let go.
  const outside = [...new Set(findings.filter((x) => !x.controllable && x.theme !== 'overqualified').map(outsideLabel))];
  const dueAt = addDays(c.receivedAt, f.settings.reflectDays + 2);
  if (findings.length > 0 && actions.length === 0 && findings.every((x) => !x.controllable)) {
    return step({
      key: 'action_plan',
      kind: 'action_plan',
      rule: 'R6',
      dueAt,
      status: 'skipped',
      rationale: 'What you learn becomes one or two concrete next steps.',
      skipReason: `${outside.length > 1 ? 'The reasons given' : 'The reason given'}, ${listOf(outside)}, ${outside.length > 1 ? 'were' : 'was'} outside your control. Nothing to fix here; let this one go.`,
    });
  }
  const letGo =
    outside.length > 0
      ? ` ${capitalize(listOf(outside))} ${outside.length > 1 ? 'were' : 'was'} outside your control, so let that part go.`
      : '';
  const rationale =
    actions.length > 0
      ? `Next steps from what you learned: ${actions
          .slice(0, 2)
          .map((a) => uncapitalize(a.title))
          .join('; ')}.${letGo}`
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
      rationale: `Send ${person.name} a connection request with a short personal note, so the relationship outlasts this role.`,
      draft: draftFor('connect', person, c.f),
    }),
  );
}

/** R7: after a final round the company is a warm lead: a touch-base each cadence, with a reason. */
export function touchBase(c: RuleContext): Step[] {
  const { f, people } = c;
  const finalRound = c.stage === 'final' || f.interviews.some((i) => i.finalRound);
  if (!finalRound) return [];
  const to = hiringManagerMet(people) ?? people.sender ?? people.met[0] ?? people.employer[0] ?? null;
  if (!to) return [];
  const who = nameOr(to, 'them');
  const warm = `You reached the final round, so ${f.application.company} is a warm lead.`;
  const steps: Step[] = [];
  let from = c.receivedAt;
  for (let n = 1; n < 50; n++) {
    const key = `touch_base:${n}`;
    const prior = f.previous.find((p) => p.key === key);
    if (prior?.status === 'done') {
      // A touch-base already made stays in the plan as it was scheduled, draft included.
      const dueAt = maxInstant(addDays(from, f.settings.touchBaseDays), c.coolOffEnds);
      const occasion = occasionNear(dayOf(dueAt), 21, f.touch?.locale ?? 'en-US');
      steps.push(
        step({
          key,
          kind: 'touch_base',
          rule: 'R7',
          dueAt,
          notBefore: c.coolOffEnds,
          status: 'pending',
          contactId: to.id,
          rationale: `${warm} A light note keeps you in mind if the role reopens.`,
          draft: draftFor('touch_base', to, f, { touchBaseReason: occasion?.label ?? null, touchBaseShape: occasion ? 'occasion' : null }),
        }),
      );
      from = prior.completedAt ?? dueAt;
      continue;
    }
    steps.push(nextTouchBase(c, to, key, from, warm, who));
    break;
  }
  return steps;
}

/**
 * The open touch-base with the warm lead. With the keeping-in-touch facts, its date and reason are
 * the person's cadence (their own, a tag's, or the default) counted from the last contact, the
 * same as today's agenda shows; without them, settings.touchBaseDays from the rejection or the
 * last touch-base made.
 */
function nextTouchBase(c: RuleContext, to: Contact, key: string, from: IsoInstant, warm: string, who: string): Step {
  const { f } = c;
  const person = f.touch?.people.find((p) => p.contactId === to.id);
  const base = { key, kind: 'touch_base' as const, rule: 'R7' as const, notBefore: c.coolOffEnds, contactId: to.id };
  if (person?.override.kind === 'off') {
    return step({
      ...base,
      dueAt: maxInstant(addDays(from, f.settings.touchBaseDays), c.coolOffEnds),
      status: 'skipped',
      rationale: `${warm} A light note now and then keeps you in mind.`,
      skipReason: `You turned off touch-bases with ${who}. Turn them back on from their contact whenever you like.`,
    });
  }
  const lastContactOn = latestDay([person?.lastContactOn, dayOf(from)]) ?? dayOf(from);
  const cadence = person
    ? cadenceFor({ ...person, lastContactOn }, f.settings.touchBaseDays)
    : null;
  const everyDays = cadence?.everyDays ?? f.settings.touchBaseDays;
  const dueAt = maxInstant(
    cadence ? `${cadence.idealOn}${c.receivedAt.slice(10)}` : addDays(from, everyDays),
    c.coolOffEnds,
  );
  const dates = cadence ?? { lastContactOn, ...touchDates(lastContactOn, everyDays) };
  const reason = pickReason({
    contact: to,
    person: person ?? { tags: [], events: [] },
    cadence: { ...dates, idealOn: dayOf(dueAt) },
    articles: f.touch?.articles ?? [],
    milestones: f.touch?.milestones ?? [],
    locale: f.touch?.locale ?? 'en-US',
    companies: [f.application.company],
  });
  const custom =
    cadence && cadence.source !== 'default'
      ? ` You asked for a touch-base every ${everyDays} days${cadence.tag ? ` with people tagged "${cadence.tag}"` : ` with ${who}`}.`
      : '';
  return step({
    ...base,
    dueAt,
    status: 'pending',
    rationale: `${warm} A light note (${rationalePhrase(reason)}) keeps you in mind if the role reopens.${custom}`,
    draft: draftFor('touch_base', to, f, { touchBaseReason: reason.draftText, touchBaseShape: DRAFT_SHAPE[reason.kind] }),
  });
}

/** R11: one polite follow-up when an interview is followed by silence. */
export function followUp(f: PlanFacts): Step | null {
  const last = [...f.interviews].sort((a, b) => t(b.at) - t(a.at))[0];
  if (!last) return null;
  const dueAt = addDays(last.at, f.settings.followUpDays);
  if (t(f.now) < t(dueAt) && !f.previous.some((p) => p.key === 'follow_up')) return null;
  const employer = f.contacts.filter(isEmployerSide);
  const byId = new Map(employer.map((x) => [x.id, x]));
  const present = last.participantIds.map((id) => byId.get(id)).filter((x): x is Contact => x !== undefined);
  const isRecruiter = (p: Contact): boolean => p.kind === 'recruiter' || p.kind === 'agency_recruiter';
  const to = present.find(isRecruiter) ?? present[0] ?? employer.find(isRecruiter) ?? employer[0] ?? null;
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
  const idle = p.lastAppliedOn === null ? null : Math.floor(daysBetween(p.lastAppliedOn, f.now));
  const stale = idle !== null && idle >= f.settings.staleSearchDays;
  const why = [
    low && stale
      ? `Your pipeline is below your target and your last application was ${idle} days ago, so a few new leads will help.`
      : low
        ? 'Your pipeline is below your target, so a few new leads will help.'
        : stale
          ? `Your last application was ${idle} days ago, so a new lead or two will help.`
          : p.interviewsUnderway
            ? ''
            : 'Add a new lead or two, with what you learned in hand.',
    p.interviewsUnderway ? 'Keep adding leads while your other interviews run, so no single answer carries too much weight.' : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
  return step({
    key: 'pipeline',
    kind: 'pipeline',
    rule: 'R8',
    dueAt: addDays(c.receivedAt, Math.min(3, f.settings.reflectDays)),
    status: 'pending',
    rationale: `Back to the search, without carrying this one with you. ${why}`,
  });
}

/**
 * R10's hard stretches: the busiest window of `windowMs` holding at least `threshold` rejections,
 * then the busiest among the rejections left, and so on. Each streak lists its instants in order.
 * A rejection recorded late, or dated before the others, still belongs to its stretch.
 */
export function supportStreaks(dates: readonly number[], windowMs: number, threshold: number): number[][] {
  let left = [...dates].sort((a, b) => a - b);
  const streaks: number[][] = [];
  const need = Math.max(1, threshold);
  for (;;) {
    // The window starting at each rejection, [from, to) in `left`, walked with two pointers; the
    // earliest of equally busy windows wins.
    let from = 0;
    let to = 0;
    let end = 0;
    for (let i = 0; i < left.length; i++) {
      const start = left[i] ?? 0;
      end = Math.max(end, i);
      while (end < left.length && (left[end] ?? 0) <= start + windowMs) end++;
      if (end - i > to - from) {
        from = i;
        to = end;
      }
    }
    if (to - from < need) return streaks;
    streaks.push(left.slice(from, to));
    // A window's rejections are consecutive in time: the rest lie before or after it.
    left = [...left.slice(0, from), ...left.slice(to)];
  }
}

/**
 * R10: when rejections pile up or the mood is low, lean on people. One step per hard stretch, on
 * the plan of its latest rejection, and one for a low mood, on the most recent plan: the same
 * suggestion is not repeated on every plan of the stretch.
 */
export function support(c: RuleContext): Step | null {
  const { f } = c;
  const received = t(c.receivedAt);
  const window = f.settings.supportWindowDays * DAY;
  const listed = f.rejectionDates.map(t);
  // This rejection counts whether or not the caller listed it.
  const dates = listed.includes(received) ? listed : [...listed, received];
  const streak = supportStreaks(dates, window, f.settings.supportThreshold).find((s) => s.includes(received));
  const closesStreak = streak !== undefined && streak[streak.length - 1] === received;
  const weekAgo = t(f.now) - 7 * DAY;
  const lows = f.moods.filter((m) => t(m.at) >= weekAgo && m.score <= 2);
  const lowMood = lows.length > 0 && received >= Math.max(...dates);
  if (!closesStreak && !lowMood) return null;
  const people = f.supportContacts.filter((x) => SUPPORT_CONTACT_KINDS.includes(x.kind));
  const to = people.find((x) => x.kind === 'mentor') ?? people[0] ?? null;
  const who = to ? to.name : 'a friend, a family member or a mentor';
  // A low mood noticed days later makes the step due from then, not in the past.
  const dueAt = lows.reduce(
    (due, m) => maxInstant(due, new Date(m.at).toISOString()),
    maxInstant(addHours(c.receivedAt, 24), c.coolOffEnds),
  );
  return step({
    key: 'support',
    kind: 'support',
    rule: 'R10',
    dueAt,
    notBefore: c.coolOffEnds,
    status: 'pending',
    contactId: to?.id ?? null,
    rationale: lowMood
      ? `You've been feeling low. A chat with ${who} can help, and they may know someone hiring. Rebound drafts the note; you decide whether to send it.`
      : `A few hard answers in a short time is a lot to carry alone. Talking to ${who} can help, and they may know someone hiring. Nothing is sent until you send it.`,
    draft: draftFor('support', to, f),
  });
}
