import { describe, expect, it } from 'vitest';
import { addDays, addHours } from '../time.js';
import { buildPlan } from './engine.js';
import { mergeDecisions } from './merge.js';
import {
  DANA,
  NOW,
  OMAR,
  PRIYA,
  RECEIVED,
  SAM,
  decision,
  facts,
  feedback,
  fromNoReply,
  fromPerson,
  interview,
  keysOf,
  ms,
  stepIn,
  vagueFeedback,
} from './test-facts.js';

/** Every R3 ask folded into a thank-you contains "work on"; the plain notes never do. */
const ASK = /work on/;

const withDana = (mode: 'in_person' | 'video' | 'phone', times = 1) =>
  Array.from({ length: times }, (_, i) => interview({ participantIds: [DANA.id, OMAR.id], mode, at: addDays(RECEIVED, -7 - i * 5) }));

describe('R3 ask for feedback only where it is likely to work', () => {
  it('R3 is worth asking after a video interview with the hiring manager', () => {
    const ask = stepIn(buildPlan(facts({ interviews: withDana('video') })).steps, 'feedback_request');
    expect(ask.status).toBe('pending');
    expect(ask.rule).toBe('R3');
    expect(ask.contactId).toBe(DANA.id);
    expect(ask.draft?.toName).toBe(DANA.name);
    expect(ask.rationale).toMatch(/video/);
    expect(ask.rationale).not.toMatch(/in person/);
  });

  it('R3 is worth asking after meeting the hiring manager in person', () => {
    const ask = stepIn(buildPlan(facts({ interviews: withDana('in_person') })).steps, 'feedback_request');
    expect(ask.status).toBe('pending');
    expect(ask.rationale).toMatch(/in person/);
  });

  it('R3 says a reply is more likely after two or more meetings with the hiring manager', () => {
    const ask = stepIn(buildPlan(facts({ interviews: withDana('video', 2) })).steps, 'feedback_request');
    expect(ask.rationale).toMatch(/twice/);
    expect(ask.rationale).toMatch(/more likely/);
  });

  it('R3 skips the request after phone calls only, saying why', () => {
    const ask = stepIn(buildPlan(facts({ interviews: withDana('phone', 2) })).steps, 'feedback_request');
    expect(ask.status).toBe('skipped');
    expect(ask.skipReason).toMatch(/in person or on video/);
    expect(ask.draft).toBeNull();
  });

  it('R3 with the strict setting skips the request when the hiring manager was met on video only', () => {
    const ask = stepIn(
      buildPlan(facts({ interviews: withDana('video', 2), settings: { feedbackStrictness: 'in_person' } })).steps,
      'feedback_request',
    );
    expect(ask.status).toBe('skipped');
    expect(ask.skipReason).toMatch(/in person/);
    expect(ask.skipReason).toMatch(/settings/);
  });

  it('R3 with the strict setting still asks after an in-person meeting', () => {
    const ask = stepIn(
      buildPlan(facts({ interviews: [...withDana('video'), ...withDana('in_person')], settings: { feedbackStrictness: 'in_person' } })).steps,
      'feedback_request',
    );
    expect(ask.status).toBe('pending');
    expect(ask.rationale).toMatch(/in person/);
  });

  it('R3 skips the feedback request after an application-stage rejection, saying why', () => {
    const ask = stepIn(
      buildPlan(facts({ rejection: fromPerson(SAM, { stage: 'application' }), interviews: [] })).steps,
      'feedback_request',
    );
    expect(ask.status).toBe('skipped');
    expect(ask.skipReason).toMatch(/^No interview yet/);
    expect(ask.skipReason).toMatch(/Skipped\.$/);
  });

  it('R3 counts on an agency recruiter, who gains from placing the user elsewhere', () => {
    const ask = stepIn(
      buildPlan(
        facts({
          contacts: [PRIYA, OMAR],
          rejection: fromPerson(PRIYA),
          interviews: [interview({ participantIds: [OMAR.id], mode: 'phone' })],
        }),
      ).steps,
      'feedback_request',
    );
    expect(ask.status).toBe('pending');
    expect(ask.contactId).toBe(PRIYA.id);
    expect(ask.rationale).toContain('Priya');
  });

  it('R3 folds the ask into the thank-you when it is worth asking', () => {
    const plan = buildPlan(facts({ interviews: withDana('video') }));
    expect(stepIn(plan.steps, 'thank_you').draft?.body).toMatch(ASK);
    expect(stepIn(plan.steps, 'feedback_request').rationale).toMatch(/end of your thank-you/);
  });

  it('R3 leaves the ask out of the thank-you when it is not worth asking', () => {
    const plan = buildPlan(facts({ interviews: withDana('phone') }));
    expect(stepIn(plan.steps, 'thank_you').draft?.body).not.toMatch(ASK);
  });

  it('R3 phrases the ask positively, never as "why didn\'t you hire me"', () => {
    const plan = buildPlan(facts({ interviews: withDana('in_person') }));
    expect(stepIn(plan.steps, 'thank_you').draft?.body).toMatch(ASK);
    for (const key of ['thank_you', 'feedback_request']) {
      const body = stepIn(plan.steps, key).draft?.body ?? '';
      expect(body, key).not.toMatch(/why (didn'?t|did not|wasn'?t)/i);
    }
  });

  it('R3 sets expectations: many employers never reply, and silence is normal', () => {
    const ask = stepIn(buildPlan(facts({ interviews: withDana('video') })).steps, 'feedback_request');
    expect(ask.rationale).toMatch(/never reply|no reply|silence/);
    expect(ask.rationale).toMatch(/normal/);
  });

  it('R3 waits for the cool-off and falls due with the thank-you', () => {
    const plan = buildPlan(facts({ interviews: withDana('video') }));
    const ask = stepIn(plan.steps, 'feedback_request');
    expect(ask.dueAt).toBe(stepIn(plan.steps, 'thank_you').dueAt);
    expect(ms(ask.notBefore)).toBe(ms(addHours(RECEIVED, 12)));
  });

  it('R3 is done once the thank-you carrying the ask is done', () => {
    const ask = stepIn(
      buildPlan(facts({ interviews: withDana('video'), previous: [decision('thank_you')] })).steps,
      'feedback_request',
    );
    expect(ask.status).toBe('done');
  });

  it('R3 is done once the thank-you is done even when the completion time was not recorded', () => {
    const ask = stepIn(
      buildPlan(facts({ interviews: withDana('video'), previous: [decision('thank_you', { completedAt: null })] })).steps,
      'feedback_request',
    );
    expect(ask.status).toBe('done');
  });

  it('R3 is done once feedback has arrived', () => {
    const ask = stepIn(
      buildPlan(facts({ interviews: withDana('video'), feedback: [feedback('Your case study was strong; the SQL exercise less so.')] })).steps,
      'feedback_request',
    );
    expect(ask.status).toBe('done');
  });

  it('R3 stays open, as a standalone note, when the user skipped the thank-you', () => {
    const ask = stepIn(
      buildPlan(facts({ interviews: withDana('video'), previous: [decision('thank_you', { status: 'skipped', completedAt: null })] })).steps,
      'feedback_request',
    );
    expect(ask.status).toBe('pending');
    expect(ask.rationale).not.toMatch(/end of your thank-you/);
  });

  it('R3 stays open while the thank-you is only pending', () => {
    const ask = stepIn(
      buildPlan(facts({ interviews: withDana('video'), previous: [decision('thank_you', { status: 'pending', decidedBy: 'engine', completedAt: null })] })).steps,
      'feedback_request',
    );
    expect(ask.status).toBe('pending');
  });
});

describe('R4 one polite escalation after a vague answer', () => {
  it('R4 suggests exactly one escalation to the main interviewer after a vague reply', () => {
    const plan = buildPlan(facts({ feedback: [vagueFeedback()] }));
    const escalations = plan.steps.filter((s) => s.kind === 'escalate');
    expect(escalations).toHaveLength(1);
    const esc = escalations[0]!;
    expect(esc.rule).toBe('R4');
    expect(esc.status).toBe('pending');
    expect(esc.contactId).toBe(DANA.id);
    expect(esc.draft?.toName).toBe(DANA.name);
    expect(esc.rationale).toMatch(/once/i);
  });

  it('R4 takes the interviewer met most often as the main interviewer when no hiring manager was met', () => {
    const grace = { ...OMAR, id: 9, name: 'Grace Liu' };
    const plan = buildPlan(
      facts({
        contacts: [OMAR, grace, SAM],
        interviews: [
          interview({ participantIds: [grace.id], at: addDays(RECEIVED, -12) }),
          interview({ participantIds: [OMAR.id, grace.id], at: addDays(RECEIVED, -6) }),
        ],
        feedback: [vagueFeedback()],
      }),
    );
    expect(stepIn(plan.steps, 'escalate').contactId).toBe(grace.id);
  });

  it('R4 still suggests only one escalation after a second vague reply', () => {
    const first = vagueFeedback({ receivedAt: addDays(RECEIVED, 3) });
    const second = vagueFeedback({ receivedAt: addDays(RECEIVED, 8), text: 'We are not able to share individual feedback.' });
    const plan = buildPlan(facts({ feedback: [second, first], now: addDays(RECEIVED, 9) }));
    const escalations = plan.steps.filter((s) => s.kind === 'escalate');
    expect(escalations).toHaveLength(1);
    expect(ms(escalations[0]!.dueAt)).toBe(ms(addDays(first.receivedAt, 2)));
  });

  it('R4 never adds a second escalation after the first was sent, whatever comes back', () => {
    const now = addDays(RECEIVED, 12);
    const f = facts({
      feedback: [vagueFeedback(), vagueFeedback({ receivedAt: addDays(RECEIVED, 10), text: 'Thanks again, we wish you the best.' })],
      previous: [decision('escalate', { completedAt: addDays(RECEIVED, 5) })],
      now,
    });
    const plan = buildPlan(f);
    expect(plan.steps.filter((s) => s.kind === 'escalate')).toHaveLength(1);
    const merged = mergeDecisions(plan.steps, f.previous, now);
    const esc = merged.filter((s) => s.kind === 'escalate');
    expect(esc).toHaveLength(1);
    expect(esc[0]?.status).toBe('done');
    expect(merged.filter((s) => s.kind === 'escalate' && s.status === 'pending')).toHaveLength(0);
  });

  it('R4 closes the step, saying why, when there was no main interviewer', () => {
    const plan = buildPlan(
      facts({
        rejection: fromNoReply(),
        contacts: [SAM],
        interviews: [interview({ participantIds: [SAM.id], kind: 'screen', mode: 'phone' })],
        feedback: [vagueFeedback()],
      }),
    );
    const esc = stepIn(plan.steps, 'escalate');
    expect(esc.status).toBe('skipped');
    expect(esc.skipReason).toMatch(/no main interviewer/);
    expect(esc.draft).toBeNull();
  });

  it('R4 adds no escalation when the feedback was specific', () => {
    const plan = buildPlan(facts({ feedback: [feedback('Your answers were long; try leading with the result.')] }));
    expect(keysOf(plan.steps)).not.toContain('escalate');
  });

  it('R4 adds no escalation before any feedback arrives', () => {
    expect(keysOf(buildPlan(facts()).steps)).not.toContain('escalate');
  });

  it('R4 stands down, saying why, once concrete feedback arrives after a vague reply', () => {
    const plan = buildPlan(
      facts({
        feedback: [vagueFeedback(), feedback('Dana felt your portfolio lacked research work.', { receivedAt: addDays(RECEIVED, 6) })],
        now: addDays(RECEIVED, 7),
      }),
    );
    const esc = stepIn(plan.steps, 'escalate');
    expect(esc.status).toBe('skipped');
    expect(esc.skipReason).toMatch(/concrete feedback/i);
  });

  it('R4 waits for the reply and the cool-off before the note can go', () => {
    const early = vagueFeedback({ receivedAt: addHours(RECEIVED, 3) });
    const esc = stepIn(buildPlan(facts({ feedback: [early], now: NOW })).steps, 'escalate');
    expect(ms(esc.notBefore)).toBe(ms(addHours(RECEIVED, 12)));
    expect(ms(esc.dueAt)).toBeGreaterThanOrEqual(ms(esc.notBefore));
  });

  it('R4 sits right after the feedback request in the plan', () => {
    const keys = keysOf(buildPlan(facts({ feedback: [vagueFeedback()] })).steps);
    expect(keys.indexOf('escalate')).toBe(keys.indexOf('feedback_request') + 1);
  });
});
