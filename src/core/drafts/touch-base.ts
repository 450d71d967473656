// R7 touch-base with a warm lead: a light note built around one concrete reason (an occasion,
// their news, something to share, the user's own news), asking to be kept in mind. No grudge.
import type { Facts, ReasonShape } from './facts.js';
import { companyOr, interviewed, meetingNoun, roleAtCompany, theRole } from './facts.js';
import type { Phrasing } from './render.js';
import { para } from './render.js';
import { capitalize } from './text.js';

type Variants = readonly [(r: string) => string, (r: string) => string, (r: string) => string];

const REASON_SENTENCES: Record<ReasonShape, Variants> = {
  congrats: [
    (r) => `Congratulations on ${r}.`,
    (r) => `I saw the news about ${r}, and I wanted to say congratulations.`,
    (r) => `I was glad to hear about ${r}. Congratulations.`,
  ],
  occasion: [
    (r) => `I wanted to send you warm wishes for ${r}.`,
    (r) => `I'm writing with my best wishes for ${r}.`,
    (r) => `Just a short note to wish you all the best for ${r}.`,
  ],
  share: [
    (r) => `I came across ${r} and thought of you.`,
    (r) => `I wanted to pass along ${r}.`,
    (r) => `Here's something that made me think of you: ${r}.`,
  ],
  own_news: [
    (r) => `A bit of news from my side: ${r}.`,
    (r) => `I wanted to share a small update: ${r}.`,
    (r) => `Some news since we last spoke: ${r}.`,
  ],
  other: [
    (r) => `I'm getting in touch about ${r}.`,
    (r) => `I wanted to reach out about ${r}.`,
    (r) => `${capitalize(r)} made me think of you, so I wanted to say hello.`,
  ],
};

const NO_REASON = [
  'I wanted to check in and see how things are going.',
  "It's been a while, so I thought I'd get in touch.",
  'I wanted to say a quick hello.',
] as const;

const SUBJECTS: Record<ReasonShape | 'none', readonly [string, string, string]> = {
  congrats: ['Congratulations', 'Congratulations on the news', 'Some good news to celebrate'],
  occasion: ['Warm wishes', 'Best wishes', 'Wishing you well'],
  share: ['Thought you might like this', 'Something you might enjoy', 'This made me think of you'],
  own_news: ['A quick update', 'A small update from me', 'News from my side'],
  other: ['Checking in', 'Saying hello', 'Keeping in touch'],
  none: ['Checking in', 'Saying hello', 'Keeping in touch'],
};

function reasonSentence(f: Facts, i: 0 | 1 | 2): string {
  return f.reason === null ? NO_REASON[i] : REASON_SENTENCES[f.reason.shape][i](f.reason.text);
}

function subject(f: Facts, i: 0 | 1 | 2): string {
  return SUBJECTS[f.reason?.shape ?? 'none'][i];
}

export const TOUCH_BASE: readonly Phrasing[] = [
  (f) => ({
    subject: subject(f, 0),
    greeting: 'Hi',
    closing: 'All the best',
    paragraphs: [
      para("I hope you're doing well.", reasonSentence(f, 0)),
      interviewed(f)
        ? `It was good to get to know ${companyOr(f, 'your team')} during ${f.interviewCount > 1 ? 'the interviews' : 'the interview'} for ${theRole(f)}, and I'd be glad if you kept me in mind for future openings.`
        : `I'd be glad if you kept me in mind for future openings${f.company === null ? '' : ` at ${f.company}`}.`,
      'No need to reply; I just wanted to say hello.',
    ],
  }),
  (f) => ({
    subject: subject(f, 1),
    greeting: 'Hello',
    closing: 'Best wishes',
    paragraphs: [
      reasonSentence(f, 1),
      `I'm still very interested in ${companyOr(f, 'your team')}, so if a role opens up that fits my background, I'd love to hear about it.`,
      'I hope all is well with you and the team.',
    ],
  }),
  (f) => ({
    subject: subject(f, 2),
    greeting: 'Hi',
    closing: 'Warm regards',
    paragraphs: [
      para(
        reasonSentence(f, 2),
        interviewed(f)
          ? `It's been a while since ${f.met ? meetingNoun(f, { final: true }) : f.interviewCount > 1 ? 'my interviews' : 'my interview'} about ${roleAtCompany(f)}, and I hope things are going well on your side.`
          : 'I hope things are going well on your side.',
      ),
      `If anything comes up${f.company === null ? '' : ` at ${f.company}`} that might suit me, please keep me in mind. I'd be glad to hear from you.`,
    ],
  }),
];
