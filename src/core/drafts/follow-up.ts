// R11: one polite follow-up after silence since the last interview, asking about timing in a
// way that is easy to answer.
import {
  enjoyedObject,
  interviewed,
  meetingNoun,
  roleAtCompany,
  thanksObject,
  theRole,
} from './facts.js';
import type { Phrasing } from './render.js';
import { para } from './render.js';

export const FOLLOW_UP: readonly Phrasing[] = [
  (f) => ({
    subject: f.role === null ? 'Following up on my application' : `Following up: ${f.role}`,
    greeting: 'Hi',
    closing: 'Thank you',
    paragraphs: [
      interviewed(f)
        ? `I hope your week is going well. I'm following up after ${meetingNoun(f, { day: true })} about ${roleAtCompany(f)}.`
        : `I hope your week is going well. I'm following up on my application for ${roleAtCompany(f)}.`,
      "I'm still very interested, and I'd be grateful for a quick update on timing when you have one. Even a rough idea of when you expect to decide would help me plan.",
    ],
  }),
  (f) => {
    const day = f.met && f.mode !== null && f.interviewDay !== null ? ` on ${f.interviewDay}` : '';
    const thanks = thanksObject(f);
    const role = f.company !== null && thanks.includes(f.company) ? theRole(f) : roleAtCompany(f);
    return {
      subject: 'Checking in on next steps',
      greeting: 'Hello',
      closing: 'Best',
      paragraphs: [
        para(
          interviewed(f) ? `Thank you again for ${thanks}${day}.` : null,
          "I wanted to check in, since it's been a little while.",
        ),
        `Is there any news on next steps for ${role}? A one-line answer is plenty.`,
        "I'm still keen on the role and the team.",
      ],
    };
  },
  (f) => {
    const enjoyed = enjoyedObject(f);
    return {
      subject:
        f.role === null ? 'Any update on next steps?' : `${f.role}: any update on next steps?`,
      greeting: 'Dear',
      closing: 'Many thanks',
      paragraphs: [
        para(
          `I'm writing to ask whether there's an update on ${roleAtCompany(f)}.`,
          enjoyed === null
            ? "My interest hasn't changed."
            : `I enjoyed ${enjoyed}, and my interest hasn't changed.`,
        ),
        "If a decision is still some way off, that's completely fine; knowing roughly when to expect news would really help.",
      ],
    };
  },
];
