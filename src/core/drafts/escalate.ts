// R4: one brief, grateful note to the main interviewer after a vague reply. It asks for one
// concrete thing and says plainly that there will be no second push.
import type { Facts } from './facts.js';
import { interviewed, meetingNoun, roleAtCompany, thanksObject } from './facts.js';
import type { Phrasing } from './render.js';
import { para } from './render.js';

/**
 * The vague reply in spirit, never quoted: "I heard back from Acme that the team decided to go
 * another way", or a neutral line about the decision when the reply matched no known pattern.
 */
function heardBack(f: Facts, variant: 0 | 1 | 2): string {
  if (variant === 0) {
    const from = f.company === null ? '' : ` from ${f.company}`;
    return f.vagueGist === null
      ? `I heard back${from} about the decision`
      : `I heard back${from} that ${f.vagueGist}`;
  }
  if (variant === 1) {
    if (f.vagueGist !== null) return `I was told ${f.vagueGist}`;
    return f.company === null
      ? "I've had the news about the decision"
      : `${f.company} let me know about the decision`;
  }
  return f.vagueGist === null
    ? 'I received a short reply about the decision'
    : `The reply I received said ${f.vagueGist}`;
}

export const ESCALATE: readonly Phrasing[] = [
  (f) => ({
    subject: 'Thank you, and one small question',
    greeting: 'Hi',
    closing: 'Best',
    paragraphs: [
      para(
        `Thank you again for ${f.met ? thanksObject(f) : 'your time during the process'}.`,
        `${heardBack(f, 0)}, and I understand.`,
      ),
      "If you have a moment, is there one thing you'd suggest I work on, for example in how I present my experience? Even a sentence would help.",
      "If you'd rather not, that's completely fine, and I won't follow up again.",
    ],
  }),
  (f) => ({
    subject: 'A short note of thanks',
    greeting: 'Hello',
    closing: 'With thanks',
    paragraphs: [
      f.met && interviewed(f)
        ? `I wanted to thank you personally for your time during ${meetingNoun(f)} about ${roleAtCompany(f)}.`
        : `I wanted to thank you personally for your help during the process for ${roleAtCompany(f)}.`,
      para(
        `${heardBack(f, 1)}, and I respect that.`,
        f.met
          ? "As you saw my interview first-hand, I'd value one pointer on what I could do better next time."
          : "I'd value one pointer on what I could do better next time.",
      ),
      "No pressure at all: if you can't share anything, I'll take that as an answer and won't ask again.",
    ],
  }),
  (f) => ({
    subject: 'One question, with thanks for your time',
    greeting: 'Dear',
    closing: 'Kind regards',
    paragraphs: [
      para(
        `I'm grateful for the time you gave me during ${f.met && interviewed(f) ? meetingNoun(f, { final: true }) : 'the process'}.`,
        `${heardBack(f, 2)}, and I know that is often all that can be shared.`,
      ),
      "If there's a single area you think I should strengthen, I'd be glad to hear it.",
      "And if not, that's no problem at all. This is the only time I'll ask, and thank you either way.",
    ],
  }),
];
