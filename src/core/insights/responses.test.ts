import { describe, expect, it } from 'vitest';
import { responsesSection } from './responses.js';
import { feedback, SAYS, step } from './test-data.js';

describe('responsesSection', () => {
  // 1  thank-you sent 1 Feb, the plan folded the feedback question into it; specific reply 5 Feb
  // 2  thank-you sent 10 Feb with the question; feedback had come on 8 Feb, before it: no reply
  // 3  thank-you sent 12 Feb; a vague reply the same day; no feedback request (not eligible)
  // 4  feedback request sent on its own 15 Feb; a vague reply 20 Feb
  // 5  feedback arrived unasked, so the plan closed the request itself: not a request sent
  // 6  thank-you still pending: not sent
  // 7  feedback request sent 20 Feb; no reply
  const steps = [
    step(1, 'thank_you', '2026-02-01T18:00:00.000Z'),
    step(1, 'feedback_request', '2026-02-01T18:00:00.000Z', 'engine'),
    step(2, 'thank_you', '2026-02-10T18:00:00.000Z'),
    step(2, 'feedback_request', '2026-02-10T18:00:00.000Z', 'engine'),
    step(3, 'thank_you', '2026-02-12T18:00:00.000Z'),
    step(4, 'feedback_request', '2026-02-15T09:00:00.000Z'),
    step(5, 'feedback_request', '2026-02-18T10:00:00.000Z', 'engine'),
    step(6, 'thank_you', null),
    step(7, 'feedback_request', '2026-02-20T09:00:00.000Z'),
  ];
  const replies = [
    feedback(1, '2026-02-05T10:00:00.000Z', SAYS.rambling),
    feedback(2, '2026-02-08T10:00:00.000Z', SAYS.experience),
    feedback(3, '2026-02-12T09:00:00.000Z', SAYS.vague, true),
    feedback(4, '2026-02-20T10:00:00.000Z', SAYS.vague, true),
    feedback(5, '2026-02-18T10:00:00.000Z', SAYS.internal),
  ];

  it('counts notes sent and the feedback that came on or after the day each was sent', () => {
    const r = responsesSection(steps, replies);
    // Thank-yous: 1, 2, 3 sent; replies after 1 and (same day) 3; only 1 specific.
    expect(r.thankYou).toEqual({ sent: 3, replied: 2, rate: 0.67, specific: 1 });
    // Requests: 1 and 2 (in the thank-you), 4 and 7 (on their own); replies on 1 and 4; 1 specific.
    expect(r.feedbackRequest).toEqual({ sent: 4, replied: 2, rate: 0.5, specific: 1 });
    expect(r.enoughData).toBe(true);
    expect(r.takeaway).toBe(
      '2 of your 4 feedback requests got an answer (50%), 1 with something specific: asking where you met the hiring manager is worth it, and silence is a normal answer too.',
    );
  });

  it('says plainly that silence is normal when no request has had an answer', () => {
    const r = responsesSection(
      [
        step(1, 'feedback_request', '2026-02-01T09:00:00.000Z'),
        step(2, 'feedback_request', '2026-02-02T09:00:00.000Z'),
        step(3, 'feedback_request', '2026-02-03T09:00:00.000Z'),
      ],
      [],
    );
    expect(r.feedbackRequest).toEqual({ sent: 3, replied: 0, rate: 0, specific: 0 });
    expect(r.takeaway).toBe(
      'None of your 3 feedback requests has had an answer yet. Many employers never reply, often for legal reasons, so silence is a normal answer and not about you.',
    );
  });

  it('speaks of thank-you notes when too few feedback requests went out, and waits for three notes', () => {
    const thanks = [1, 2, 3].map((id) =>
      step(id, 'thank_you', `2026-02-0${String(id)}T18:00:00.000Z`),
    );
    const r = responsesSection(thanks, [feedback(2, '2026-02-04T10:00:00.000Z', SAYS.rambling)]);
    expect(r.thankYou).toEqual({ sent: 3, replied: 1, rate: 0.33, specific: 1 });
    expect(r.takeaway).toBe(
      '1 of your 3 thank-you notes brought a reply with feedback (33%). Either way, a short thank-you keeps the door open.',
    );

    const early = responsesSection(thanks.slice(0, 2), []);
    expect(early.enoughData).toBe(false);
    expect(early.thankYou).toEqual({ sent: 2, replied: 0, rate: 0, specific: 0 });
    expect(early.feedbackRequest).toEqual({ sent: 0, replied: 0, rate: null, specific: 0 });
    expect(early.takeaway).toBe(
      'Too early to say how often people reply: it takes 3 notes sent. Many employers never reply, often for legal reasons, so silence is a normal answer and not about you.',
    );
  });
});
