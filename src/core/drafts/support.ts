// R10: a note to a friend, family member or mentor. Honest that the search is hard right now,
// asks for a chat and whether they know anyone hiring. No drama, no counting rejections.
import type { Facts } from './facts.js';
import type { Phrasing } from './render.js';
import { para } from './render.js';

/** Family notes close with love; others with the phrasing's own closing word. */
function closingFor(f: Facts, usual: string): string {
  return f.recipientKind === 'family' ? 'Love' : usual;
}

/** "for Product Designer roles", when the role is known. */
function kindOfWork(f: Facts): string {
  return f.role === null ? '' : ` for ${f.role} roles`;
}

export const SUPPORT: readonly Phrasing[] = [
  (f) => ({
    subject: 'Could we catch up soon?',
    greeting: 'Hi',
    closing: closingFor(f, 'Thanks'),
    paragraphs: [
      para(
        "I hope you're well. I wanted to be honest with you: the job search is hard going at the moment,",
        f.recipientKind === 'mentor'
          ? 'and your perspective would help me think it through.'
          : 'and it would help to talk it over with someone I trust.',
      ),
      'Would you have time for a call or a coffee in the next couple of weeks?',
      `Also, if you know anyone who is hiring${kindOfWork(f)}, or someone worth talking to, I'd be grateful to hear about it.`,
    ],
  }),
  (f) => ({
    subject: 'A chat, when you have time',
    greeting: 'Hi',
    closing: closingFor(f, 'Thank you'),
    paragraphs: [
      f.recipientKind === 'mentor'
        ? "My job search is taking longer than I'd like, and I'd really value your advice right now."
        : "My job search is taking longer than I'd like, and I could do with a good conversation.",
      'Could we find half an hour to talk sometime soon? Whatever suits you is fine by me.',
      `And if you hear of a team that's hiring${kindOfWork(f)}, I'd be glad to know.`,
    ],
  }),
  (f) => ({
    subject: 'Asking for a little help',
    greeting: 'Hi',
    closing: closingFor(f, 'Take care'),
    paragraphs: [
      "A quick, honest note: I'm finding the job search hard right now, and I'd love to catch up.",
      'Are you free for a chat this week or next?',
      "One more thing: if anyone you know is hiring, or might know someone who is, I'd appreciate a pointer. No pressure either way.",
    ],
  }),
];
