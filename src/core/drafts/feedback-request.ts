// R3 feedback request on its own: short, positive, specific, and honest that many employers
// cannot answer. (When a thank-you is due, the plan folds the ask into it instead.)
import type { Facts } from './facts.js';
import { enjoyedObject, interviewed, meetingNoun, roleAtCompany, thanksObject } from './facts.js';
import type { Phrasing } from './render.js';
import { para } from './render.js';

// Agency recruiters place candidates elsewhere too, so feedback helps them as much as the user.
function agencyNote(f: Facts): string | null {
  return f.recipientKind === 'agency_recruiter'
    ? 'It would also help me focus on roles that suit me better from here.'
    : null;
}

export const FEEDBACK_REQUEST: readonly Phrasing[] = [
  (f) => ({
    subject: interviewed(f)
      ? `A quick question about my ${f.role === null ? '' : `${f.role} `}interview`
      : 'A quick question about my application',
    greeting: 'Hi',
    closing: 'Thank you',
    paragraphs: [
      para(
        `Thank you again for ${thanksObject(f)}.`,
        interviewed(f)
          ? "I'm working on getting better at interviews, and your view would really help."
          : "I'm working on making my applications stronger, and your view would really help.",
      ),
      para(
        `Is there anything you'd suggest I work on, whether in how I present my experience or in ${interviewed(f) ? 'the interview itself' : 'my application'}?`,
        agencyNote(f),
      ),
      "I know many companies aren't able to share feedback, so if that's the case here, no reply is needed.",
    ],
  }),
  (f) => {
    const enjoyed = enjoyedObject(f);
    return {
      subject: 'One question, if you have a minute',
      greeting: 'Hello',
      closing: 'Best',
      paragraphs: [
        enjoyed === null
          ? `I appreciated the chance to be considered for ${roleAtCompany(f)}.`
          : `I appreciated ${enjoyed}, and the chance to be considered for ${roleAtCompany(f)}.`,
        para(
          "If you're able to, I'd value one or two pointers on what would have made me a stronger candidate, for example in how I described my experience.",
          agencyNote(f),
        ),
        "There's no pressure at all. I understand feedback isn't always possible, and I'm grateful for the time you've already given me.",
      ],
    };
  },
  (f) => ({
    subject: 'A small request, with thanks',
    greeting: 'Dear',
    closing: 'Many thanks',
    paragraphs: [
      interviewed(f)
        ? `I hope you're well. I'm writing with one small request after ${meetingNoun(f, { final: true })} about ${roleAtCompany(f)}.`
        : `I hope you're well. I'm writing with one small request about my application for ${roleAtCompany(f)}.`,
      para(
        "Looking back, I'd like to understand where I could improve. Was there a part of my experience, or of the way I presented it, that you'd suggest I strengthen?",
        agencyNote(f),
      ),
      "If that isn't something you can share, that's completely fine, and thanks again for your help along the way.",
    ],
  }),
];
