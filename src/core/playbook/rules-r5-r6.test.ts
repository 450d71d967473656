import { describe, expect, it } from 'vitest';
import { addDays } from '../time.js';
import { buildPlan } from './engine.js';
import {
  DANA,
  OMAR,
  RECEIVED,
  SAM,
  facts,
  feedback,
  fromPerson,
  interview,
  ms,
  reflection,
  stepIn,
  vagueFeedback,
} from './test-facts.js';

const DAY = 86_400_000;

const planFor = (...args: Parameters<typeof facts>) => stepIn(buildPlan(facts(...args)).steps, 'action_plan');
const withReasons = (...reasons: string[]) => facts({ rejection: fromPerson(SAM, { wording: 'specific', reasons }) });

describe('R5 reflect', () => {
  it('R5 asks for a short reflection, due three days after the rejection', () => {
    const step = stepIn(buildPlan(facts()).steps, 'reflect');
    expect(step.rule).toBe('R5');
    expect(step.status).toBe('pending');
    expect(ms(step.dueAt)).toBe(ms(RECEIVED) + 3 * DAY);
    expect(step.rationale).toMatch(/went well/);
    expect(step.rationale).toMatch(/gave you pause/);
  });

  it('R5 follows a custom reflection delay', () => {
    const step = stepIn(buildPlan(facts({ settings: { reflectDays: 5 } })).steps, 'reflect');
    expect(ms(step.dueAt)).toBe(ms(RECEIVED) + 5 * DAY);
  });

  it('R5 is done once a reflection exists', () => {
    expect(stepIn(buildPlan(facts({ reflections: [reflection()] })).steps, 'reflect').status).toBe('done');
  });
});

describe('R6 turn feedback into a plan', () => {
  it('R6 proposes practice for interview performance, read from the feedback', () => {
    const step = planFor({ feedback: [feedback('Your answers were rambling and hard to follow.')] });
    expect(step.status).toBe('pending');
    expect(step.rule).toBe('R6');
    expect(step.rationale).toMatch(/mock interview/);
  });

  it('R6 names the skill to work on when the feedback names it', () => {
    const step = planFor({ feedback: [feedback('We needed more hands-on experience with Kubernetes.')] });
    expect(step.rationale).toContain('Kubernetes');
  });

  it('R6 turns a missing qualification from the reflection into work on that qualification', () => {
    const step = planFor({ reflections: [reflection({ missingQualifications: ['Terraform'] })] });
    expect(step.status).toBe('pending');
    expect(step.rationale).toContain('Terraform');
  });

  it('R6 proposes a resume or portfolio revision when that was the issue', () => {
    const step = planFor({ feedback: [feedback('Your portfolio did not show enough research work.')] });
    expect(step.rationale).toMatch(/portfolio/);
  });

  it('R6 sends the questions that gave pause to practice', () => {
    const step = planFor({
      reflections: [reflection({ pauseQuestions: ['Tell me about a time you disagreed with a PM'] })],
    });
    expect(step.rationale).toContain('Tell me about a time you disagreed with a PM');
  });

  it('R6 also sends the interview questions the user rated as poorly answered', () => {
    const step = planFor({
      interviews: [
        interview({
          participantIds: [DANA.id, OMAR.id],
          questions: [
            { text: 'Walk me through a failed launch', rating: 1 },
            { text: 'Why this company?', rating: 5 },
          ],
        }),
      ],
    });
    expect(step.rationale).toContain('Walk me through a failed launch');
    expect(step.rationale).not.toContain('Why this company?');
  });

  it('R6 skips the plan, saying the cause was outside your control, for an internal candidate', () => {
    const step = stepIn(buildPlan(withReasons('They chose an internal candidate')).steps, 'action_plan');
    expect(step.status).toBe('skipped');
    expect(step.skipReason).toMatch(/outside your control/);
    expect(step.skipReason).toMatch(/internal candidate/);
  });

  it('R6 treats a language requirement as outside your control', () => {
    const step = stepIn(buildPlan(withReasons('A language requirement')).steps, 'action_plan');
    expect(step.status).toBe('skipped');
    expect(step.skipReason).toMatch(/outside your control/);
  });

  it('R6 treats a cancelled position and a budget change as outside your control', () => {
    const step = stepIn(
      buildPlan(withReasons('The position was cancelled or put on hold', 'Budget or headcount changed')).steps,
      'action_plan',
    );
    expect(step.status).toBe('skipped');
    expect(step.skipReason).toMatch(/^The reasons given, the role being cancelled or put on hold and a budget or headcount change, were outside your control/);
  });

  it('R6 names culture fit as something to let go of, not work on', () => {
    const step = stepIn(buildPlan(withReasons('Culture fit')).steps, 'action_plan');
    expect(step.status).toBe('skipped');
    expect(step.skipReason).toMatch(/culture fit/);
    expect(step.skipReason).toMatch(/outside your control|let (it|this one) go/);
  });

  it('R6 suggests better-fitting roles when the user was overqualified', () => {
    const step = stepIn(buildPlan(withReasons('They felt you were overqualified')).steps, 'action_plan');
    expect(step.status).toBe('pending');
    expect(step.rationale).toMatch(/roles/);
    expect(step.rationale).not.toMatch(/outside your control/);
  });

  it('R6 reads "a more experienced candidate" as an experience gap', () => {
    const step = stepIn(buildPlan(withReasons('Wanted a more experienced candidate')).steps, 'action_plan');
    expect(step.status).toBe('pending');
    expect(step.rationale).toMatch(/experience/);
  });

  it('R6 works on what can change and names what could not when both appear', () => {
    const step = planFor({
      rejection: fromPerson(SAM, { reasons: ['They chose an internal candidate'] }),
      feedback: [feedback('You tended to ramble on the system design question.')],
    });
    expect(step.status).toBe('pending');
    expect(step.rationale).toMatch(/mock interview/);
    expect(step.rationale).toMatch(/internal candidate/);
    expect(step.rationale).toMatch(/outside your control/);
  });

  it('R6 ignores a vague reply: there is nothing in it to act on', () => {
    const step = planFor({ feedback: [vagueFeedback()] });
    expect(step.status).toBe('pending');
    expect(step.rationale).toMatch(/once you have reflected/i);
  });

  it('R6 waits for the reflection when nothing is known yet', () => {
    const step = planFor();
    expect(step.status).toBe('pending');
    expect(ms(step.dueAt)).toBeGreaterThan(ms(stepIn(buildPlan(facts()).steps, 'reflect').dueAt));
  });

  it('R6 comes back once a controllable theme appears after an outside-only reason', () => {
    const later = facts({
      rejection: fromPerson(SAM, { reasons: ['They chose an internal candidate'] }),
      reflections: [reflection({ wentBadly: 'I was unprepared for the case study' })],
      now: addDays(RECEIVED, 4),
    });
    expect(stepIn(buildPlan(later).steps, 'action_plan').status).toBe('pending');
  });
});
