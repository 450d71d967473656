import { describe, expect, it } from 'vitest';
import { MESSAGE_STEP_KINDS } from '../types.js';
import { addDays } from '../time.js';
import { buildPlan, stageReached } from './engine.js';
import type { PlanFacts } from './facts.js';
import {
  DANA,
  MARCO,
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
  mood,
  ms,
  reflection,
  rejection,
  vagueFeedback,
} from './test-facts.js';

/** A spread of situations, so the invariants below are checked on every kind of step. */
const SCENARIOS: Record<string, PlanFacts> = {
  'a plain rejection after a video interview': facts(),
  'a final round, with feedback, a reflection and low mood': facts({
    rejection: fromPerson(DANA, { stage: 'final', reasons: ['They chose an internal candidate'] }),
    interviews: [
      interview({ participantIds: [SAM.id], kind: 'screen', mode: 'phone', at: addDays(RECEIVED, -20) }),
      interview({ participantIds: [DANA.id, OMAR.id], mode: 'in_person', finalRound: true }),
    ],
    feedback: [vagueFeedback()],
    reflections: [reflection({ wentBadly: 'I rambled on the system design question', pauseQuestions: ['Tell me about a conflict'] })],
    moods: [mood(2, addDays(NOW, -1))],
    supportContacts: [MARCO],
    previous: [decision('touch_base:1', { completedAt: addDays(RECEIVED, 95) })],
    now: addDays(RECEIVED, 100),
  }),
  'an application-stage rejection from a no-reply address': facts({
    rejection: fromNoReply({ stage: 'application' }),
    interviews: [],
    contacts: [],
  }),
  'an agency placement with specific feedback': facts({
    contacts: [PRIYA, OMAR],
    interviews: [interview({ participantIds: [OMAR.id], mode: 'phone' })],
    rejection: fromPerson(PRIYA),
    feedback: [feedback('They wanted more hands-on experience with Figma and clearer case studies.')],
    pipeline: { activeCount: 1, lastAppliedOn: addDays(RECEIVED, -20), interviewsUnderway: true },
  }),
  'a ghosted application': facts({
    rejection: rejection({ channel: 'silence', stage: 'interview' }),
    rejectionDates: [RECEIVED, addDays(RECEIVED, -3), addDays(RECEIVED, -9)],
  }),
  'silence after an interview, no rejection yet': facts({
    rejection: null,
    application: { ...facts().application, status: 'interviewing' },
    now: addDays(RECEIVED, 4),
  }),
};

const CAPS_WORD = /\b[A-Z]{2,}\b/;

describe('every plan', () => {
  for (const [name, f] of Object.entries(SCENARIOS)) {
    describe(name, () => {
      const plan = buildPlan(f);
      const texts = plan.steps.flatMap((s) => [s.rationale, s.skipReason ?? '', s.draft?.subject ?? '', s.draft?.body ?? '']);

      it('gives every step a non-empty rationale with no "undefined" or "null" in it', () => {
        for (const s of plan.steps) {
          expect(s.rationale.trim(), s.key).not.toBe('');
          expect(s.rationale, s.key).not.toMatch(/undefined|null|NaN|\[object/);
        }
      });

      it('gives every skipped step a reason, and no reason to a step that is not skipped', () => {
        for (const s of plan.steps) {
          if (s.status === 'skipped') expect(s.skipReason?.trim(), s.key).toBeTruthy();
          else expect(s.skipReason, s.key).toBeNull();
        }
      });

      it('dates every step with a full ISO instant', () => {
        for (const s of plan.steps) {
          expect(s.dueAt, s.key).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
          if (s.notBefore !== null) expect(s.notBefore, s.key).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        }
      });

      it('never shouts: no "!!" and no words in capitals', () => {
        for (const t of texts) {
          expect(t).not.toContain('!!');
          expect(t).not.toMatch(CAPS_WORD);
          expect(t).not.toMatch(/undefined|\bnull\b/);
        }
      });

      it('gives every step a unique key and the rule it comes from', () => {
        expect(new Set(keysOf(plan.steps)).size).toBe(plan.steps.length);
        for (const s of plan.steps) expect(s.rule, s.key).toMatch(/^R\d{1,2}$/);
      });

      it('drafts a message for every pending message step, and only for those', () => {
        for (const s of plan.steps) {
          const isMessage = MESSAGE_STEP_KINDS.includes(s.kind);
          if (isMessage && s.status !== 'skipped') expect(s.draft, s.key).not.toBeNull();
          if (!isMessage) expect(s.draft, s.key).toBeNull();
        }
      });

      it('never points at a contact the facts do not hold', () => {
        const ids = new Set([...f.contacts, ...f.supportContacts].map((c) => c.id));
        for (const s of plan.steps) {
          if (s.contactId !== null) expect(ids.has(s.contactId), s.key).toBe(true);
          if (s.draft?.toContactId != null) expect(s.draft.toContactId, s.key).toBe(s.contactId);
        }
      });
    });
  }
});

describe('buildPlan', () => {
  it('orders a rejection plan: breathe, thank, ask, reflect, plan, connect, back to the search', () => {
    expect(keysOf(buildPlan(facts()).steps)).toEqual([
      'check_in',
      'thank_you',
      'feedback_request',
      'reflect',
      'action_plan',
      `connect:${DANA.id}`,
      `connect:${OMAR.id}`,
      'pipeline',
    ]);
  });

  it('takes the stage from the rejection and reports the application as not ghosted', () => {
    const plan = buildPlan(facts({ rejection: fromPerson(SAM, { stage: 'screen' }) }));
    expect(plan.stage).toBe('screen');
    expect(plan.ghosted).toBe(false);
  });

  it('is deterministic and leaves its input untouched', () => {
    const f = SCENARIOS['a final round, with feedback, a reflection and low mood']!;
    const before = JSON.stringify(f);
    expect(buildPlan(f)).toEqual(buildPlan(f));
    expect(JSON.stringify(f)).toBe(before);
  });

  it('reads instants whatever their ISO spelling: an offset or missing milliseconds change nothing', () => {
    const plain = buildPlan(facts());
    const spelled = buildPlan(
      facts({
        rejection: fromPerson(SAM, { receivedAt: '2025-03-10T10:00:00+01:00' }),
        now: '2025-03-10T11:00:00Z',
      }),
    );
    expect(spelled.steps.map((s) => [s.key, ms(s.dueAt), ms(s.notBefore), s.status])).toEqual(
      plain.steps.map((s) => [s.key, ms(s.dueAt), ms(s.notBefore), s.status]),
    );
  });
});

describe('stageReached', () => {
  it('is the application stage with no interview', () => {
    expect(stageReached([])).toBe('application');
  });

  it('is the screen stage when every interview was a screen', () => {
    expect(stageReached([interview({ participantIds: [], kind: 'screen' })])).toBe('screen');
  });

  it('is the interview stage once a real interview happened', () => {
    expect(
      stageReached([interview({ participantIds: [], kind: 'screen' }), interview({ participantIds: [], kind: 'technical' })]),
    ).toBe('interview');
  });

  it('is the final stage when any interview was a final round', () => {
    expect(stageReached([interview({ participantIds: [], kind: 'panel', finalRound: true })])).toBe('final');
  });
});
