// How often thank-you notes and feedback requests brought a reply: steps the user marked done,
// against feedback that arrived on or after the day they were sent.
import type { Feedback } from '../types.js';
import { groupBy, percent, rate, type StepOutcome } from './data.js';
import { ENOUGH, plural } from './words.js';

export interface ResponseRow {
  /** Notes marked as sent. */
  sent: number;
  /** Of them, followed by feedback from that employer (on the day sent or later). */
  replied: number;
  rate: number | null;
  /** Replies that said something specific (not a vague non-answer). */
  specific: number;
}

export interface ResponsesSection {
  takeaway: string;
  enoughData: boolean;
  thankYou: ResponseRow;
  feedbackRequest: ResponseRow;
}

interface Sent {
  applicationId: number;
  day: string;
}

/** A thank-you counts once the user marked it done. */
function thankYous(steps: readonly StepOutcome[]): Sent[] {
  return steps
    .filter((s) => s.kind === 'thank_you' && s.status === 'done' && s.completedAt !== null)
    .map((s) => ({ applicationId: s.applicationId, day: (s.completedAt ?? '').slice(0, 10) }));
}

/**
 * A feedback request counts when the user marked it done, or when it rode along in a thank-you
 * they sent (the plan folds the question into the note). A request the plan closed only because
 * feedback arrived unasked was never sent, so it does not count.
 */
function feedbackRequests(steps: readonly StepOutcome[]): Sent[] {
  const thanks = new Map(thankYous(steps).map((t) => [t.applicationId, t.day]));
  const out: Sent[] = [];
  for (const s of steps) {
    if (s.kind !== 'feedback_request' || s.status !== 'done') continue;
    const day = s.decidedBy === 'user' ? s.completedAt?.slice(0, 10) : thanks.get(s.applicationId);
    if (day) out.push({ applicationId: s.applicationId, day });
  }
  return out;
}

function row(sent: readonly Sent[], feedback: ReadonlyMap<number, Feedback[]>): ResponseRow {
  let replied = 0;
  let specific = 0;
  for (const s of sent) {
    const after = (feedback.get(s.applicationId) ?? []).filter(
      (f) => f.receivedAt.slice(0, 10) >= s.day,
    );
    if (after.length > 0) replied += 1;
    if (after.some((f) => !f.vague)) specific += 1;
  }
  return { sent: sent.length, replied, rate: rate(replied, sent.length), specific };
}

export function responsesSection(
  steps: readonly StepOutcome[],
  feedback: readonly Feedback[],
): ResponsesSection {
  const byApp = groupBy(feedback, (f) => f.applicationId);
  const thankYou = row(thankYous(steps), byApp);
  const feedbackRequest = row(feedbackRequests(steps), byApp);
  const normal =
    'Many employers never reply, often for legal reasons, so silence is a normal answer and not about you.';
  let takeaway: string;
  if (feedbackRequest.sent >= ENOUGH) {
    const r = feedbackRequest;
    takeaway =
      r.replied === 0
        ? `None of your ${plural(r.sent, 'feedback request')} has had an answer yet. ${normal}`
        : `${String(r.replied)} of your ${plural(r.sent, 'feedback request')} got an answer (${String(percent(r.replied, r.sent))}%), ${String(r.specific)} with something specific: asking where you met the hiring manager is worth it, and silence is a normal answer too.`;
  } else if (thankYou.sent >= ENOUGH) {
    const r = thankYou;
    takeaway = `${String(r.replied)} of your ${plural(r.sent, 'thank-you note')} brought a reply with feedback (${String(percent(r.replied, r.sent))}%). Either way, a short thank-you keeps the door open.`;
  } else {
    takeaway = `Too early to say how often people reply: it takes ${String(ENOUGH)} notes sent. ${normal}`;
  }
  return {
    takeaway,
    enoughData: feedbackRequest.sent >= ENOUGH || thankYou.sent >= ENOUGH,
    thankYou,
    feedbackRequest,
  };
}
