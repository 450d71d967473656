import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, MESSAGE_STEP_KINDS } from '../types.js';
import { addDays, addHours } from '../time.js';
import { buildPlan } from './engine.js';
import type { PlanFacts } from './facts.js';
import {
  DANA,
  LENA,
  MARCO,
  OMAR,
  RECEIVED,
  SAM,
  contact,
  facts,
  fromNoReply,
  fromPerson,
  interview,
  mood,
  ms,
  rejection,
  stepIn,
  vagueFeedback,
} from './test-facts.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A plan that has one of every message step: final round, vague feedback, low mood, a mentor. */
function busyFacts(over: Partial<PlanFacts> = {}): PlanFacts {
  const base = facts({
    rejection: fromPerson(SAM, { stage: 'final' }),
    interviews: [interview({ participantIds: [DANA.id, OMAR.id], mode: 'in_person', finalRound: true })],
    feedback: [vagueFeedback({ receivedAt: addHours(RECEIVED, 1) })],
    moods: [mood(1, addHours(RECEIVED, 1))],
    supportContacts: [MARCO],
  });
  return { ...base, ...over };
}

describe('R1 breathe first', () => {
  it('R1 puts a check-in first, due the moment the news arrived', () => {
    const [first] = buildPlan(facts()).steps;
    expect(first?.kind).toBe('check_in');
    expect(first?.rule).toBe('R1');
    expect(ms(first!.dueAt)).toBe(ms(RECEIVED));
    expect(first?.status).toBe('pending');
  });

  it('R1 says the decision is about fit, not about the person', () => {
    const step = stepIn(buildPlan(facts()).steps, 'check_in');
    expect(step.rationale).toMatch(/fit/);
    expect(step.rationale).toMatch(/not about your worth/);
    expect(step.draft).toBeNull();
  });

  it('R1 marks the check-in done once a mood is logged after the rejection', () => {
    const step = stepIn(buildPlan(facts({ moods: [mood(3, addHours(RECEIVED, 1))] })).steps, 'check_in');
    expect(step.status).toBe('done');
  });

  it('R1 keeps the check-in open when the only mood logged predates the rejection', () => {
    const step = stepIn(buildPlan(facts({ moods: [mood(4, addDays(RECEIVED, -2))] })).steps, 'check_in');
    expect(step.status).toBe('pending');
  });

  it('R1 holds every message step until 12 hours after the rejection by default', () => {
    const plan = buildPlan(busyFacts());
    const messages = plan.steps.filter((s) => MESSAGE_STEP_KINDS.includes(s.kind) && s.status !== 'skipped');
    expect(new Set(messages.map((s) => s.kind))).toEqual(
      new Set(['thank_you', 'feedback_request', 'escalate', 'connect', 'touch_base', 'support']),
    );
    for (const s of messages) {
      expect(s.notBefore, s.key).not.toBeNull();
      expect(ms(s.notBefore), s.key).toBeGreaterThanOrEqual(ms(RECEIVED) + 12 * HOUR);
      expect(ms(s.dueAt), s.key).toBeGreaterThanOrEqual(ms(s.notBefore));
    }
  });

  it('R1 honours a longer cool-off: at 48 hours every message waits, and a one-day thank-you moves out to it', () => {
    const f = busyFacts();
    const plan = buildPlan({ ...f, settings: { ...f.settings, coolOffHours: 48, thankYouDays: 1 } });
    for (const s of plan.steps.filter((x) => MESSAGE_STEP_KINDS.includes(x.kind) && x.status !== 'skipped')) {
      expect(ms(s.notBefore), s.key).toBeGreaterThanOrEqual(ms(RECEIVED) + 48 * HOUR);
      expect(ms(s.dueAt), s.key).toBeGreaterThanOrEqual(ms(RECEIVED) + 48 * HOUR);
    }
    expect(ms(stepIn(plan.steps, 'thank_you').dueAt)).toBe(ms(RECEIVED) + 48 * HOUR);
  });

  it('R1 pushes the thank-you past its usual two days when the cool-off is 72 hours', () => {
    const thanks = stepIn(buildPlan(facts({ settings: { coolOffHours: 72 } })).steps, 'thank_you');
    expect(ms(thanks.notBefore)).toBe(ms(RECEIVED) + 72 * HOUR);
    expect(ms(thanks.dueAt)).toBe(ms(RECEIVED) + 72 * HOUR);
  });

  it('R1 never holds back the check-in or the reflection', () => {
    const plan = buildPlan(facts({ settings: { coolOffHours: 72 } }));
    expect(stepIn(plan.steps, 'check_in').notBefore).toBeNull();
    expect(stepIn(plan.steps, 'reflect').notBefore).toBeNull();
  });
});

describe('R2 thank-you note', () => {
  it('R2 suggests a thank-you to the person who sent the news, due two days later', () => {
    const thanks = stepIn(buildPlan(facts()).steps, 'thank_you');
    expect(thanks.status).toBe('pending');
    expect(thanks.rule).toBe('R2');
    expect(thanks.contactId).toBe(SAM.id);
    expect(thanks.draft?.toName).toBe(SAM.name);
    expect(thanks.draft?.toEmail).toBe(SAM.email);
    expect(thanks.draft?.body).toMatch(/^(Hi|Hello|Dear) Sam,/);
    expect(thanks.rationale).toContain('Sam');
    expect(ms(thanks.dueAt)).toBe(ms(RECEIVED) + 2 * DAY);
    expect(ms(thanks.notBefore)).toBe(ms(RECEIVED) + 12 * HOUR);
  });

  it('R2 follows a custom thank-you delay', () => {
    const thanks = stepIn(buildPlan(facts({ settings: { thankYouDays: 4 } })).steps, 'thank_you');
    expect(ms(thanks.dueAt)).toBe(ms(RECEIVED) + 4 * DAY);
  });

  it('R2 thanks the hiring manager met when the news came from a no-reply address', () => {
    const thanks = stepIn(buildPlan(facts({ rejection: fromNoReply() })).steps, 'thank_you');
    expect(thanks.status).toBe('pending');
    expect(thanks.contactId).toBe(DANA.id);
    expect(thanks.draft?.toName).toBe(DANA.name);
  });

  it('R2 does not take a known contact as the sender when the message itself was automated', () => {
    const thanks = stepIn(
      buildPlan(facts({ rejection: fromPerson(SAM, { automatedSender: true }) })).steps,
      'thank_you',
    );
    expect(thanks.contactId).toBe(DANA.id);
  });

  it('R2 falls back to anyone met when no hiring manager was', () => {
    const thanks = stepIn(
      buildPlan(facts({ rejection: fromNoReply(), contacts: [OMAR], interviews: [interview({ participantIds: [OMAR.id] })] })).steps,
      'thank_you',
    );
    expect(thanks.contactId).toBe(OMAR.id);
  });

  it('R2 falls back to a contact linked to the application when no one was met', () => {
    const thanks = stepIn(
      buildPlan(facts({ rejection: fromNoReply({ stage: 'application' }), contacts: [SAM], interviews: [] })).steps,
      'thank_you',
    );
    expect(thanks.status).toBe('pending');
    expect(thanks.contactId).toBe(SAM.id);
  });

  it('R2 never sends the thank-you to a friend or family contact', () => {
    const friendAtCompany = contact(20, 'Ruth Kim', 'referral');
    const plan = buildPlan(
      facts({ rejection: fromNoReply({ stage: 'application' }), contacts: [friendAtCompany, LENA], interviews: [] }),
    );
    expect(stepIn(plan.steps, 'thank_you').status).toBe('skipped');
  });

  it('R2 skips the thank-you, saying why, when only a no-reply address wrote and no one is known', () => {
    const thanks = stepIn(
      buildPlan(facts({ rejection: fromNoReply({ stage: 'application' }), contacts: [], interviews: [] })).steps,
      'thank_you',
    );
    expect(thanks.status).toBe('skipped');
    expect(thanks.skipReason).toMatch(/automated/);
    expect(thanks.skipReason).toMatch(/no one to thank/);
    expect(thanks.draft).toBeNull();
    expect(thanks.contactId).toBeNull();
  });

  it('R2 does not blame an automated address when the news came some other way', () => {
    const thanks = stepIn(
      buildPlan(facts({ rejection: rejection({ channel: 'portal', stage: 'application' }), contacts: [], interviews: [] })).steps,
      'thank_you',
    );
    expect(thanks.status).toBe('skipped');
    expect(thanks.skipReason).not.toMatch(/automated/);
    expect(thanks.skipReason).toMatch(/contact/);
  });

  it('R2 thanks a person who wrote from their own address even before they are saved as a contact', () => {
    const thanks = stepIn(
      buildPlan(
        facts({
          rejection: rejection({ senderName: 'Avery Stone', senderEmail: 'avery.stone@northwind.example', stage: 'application' }),
          contacts: [],
          interviews: [],
        }),
      ).steps,
      'thank_you',
    );
    expect(thanks.status).toBe('pending');
    expect(thanks.contactId).toBeNull();
    expect(thanks.draft?.toName).toBe('Avery Stone');
    expect(thanks.draft?.toEmail).toBe('avery.stone@northwind.example');
    expect(thanks.rationale).toContain('Avery');
  });

  it('R2 comes back when a contact is added after it was skipped', () => {
    const before = buildPlan(facts({ rejection: fromNoReply({ stage: 'application' }), contacts: [], interviews: [] }));
    const after = buildPlan(facts({ rejection: fromNoReply({ stage: 'application' }), contacts: [SAM], interviews: [] }));
    expect(stepIn(before.steps, 'thank_you').status).toBe('skipped');
    expect(stepIn(after.steps, 'thank_you').status).toBe('pending');
  });

  it('R2 offers freelance help only when the profile says the user is open to it', () => {
    const closed = stepIn(buildPlan(facts()).steps, 'thank_you');
    const open = stepIn(
      buildPlan(facts({ profile: { ...DEFAULT_PROFILE, name: 'Alex Moreau', openToFreelance: true } })).steps,
      'thank_you',
    );
    expect(closed.draft?.body).not.toMatch(/freelance/i);
    expect(open.draft?.body).toMatch(/freelance/i);
  });

  it('R2 weaves in what the user valued about the company', () => {
    const f = facts();
    const thanks = stepIn(
      buildPlan({ ...f, application: { ...f.application, valued: 'how openly the team talked about trade-offs' } }).steps,
      'thank_you',
    );
    expect(thanks.draft?.body).toContain('how openly the team talked about trade-offs');
  });

  it('R2 keeps the thank-you brief and gracious', () => {
    const body = stepIn(buildPlan(facts()).steps, 'thank_you').draft?.body ?? '';
    expect(body.split(/\s+/).length).toBeLessThanOrEqual(170);
    expect(body).toMatch(/thank|grateful/i);
    expect(body).not.toMatch(/why didn'?t you|disappointed|unfair/i);
  });

  it('R2 is never due before it may be sent, even when the cool-off outlasts the thank-you delay', () => {
    const thanks = stepIn(buildPlan(facts({ settings: { coolOffHours: 36, thankYouDays: 1 } })).steps, 'thank_you');
    expect(ms(thanks.notBefore)).toBe(ms(RECEIVED) + 36 * HOUR);
    expect(ms(thanks.dueAt)).toBe(ms(thanks.notBefore));
  });
});
