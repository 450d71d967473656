// R2 thank-you note, with the R3 feedback ask folded in as its closing part when the plan says
// the ask is likely to work, and the freelance offer only when the profile says so.
import type { Facts } from './facts.js';
import { companyOr, enjoyedObject, interviewed, meetingNoun, roleAtCompany } from './facts.js';
import type { Phrasing } from './render.js';
import { para } from './render.js';
import { capitalize } from './text.js';

/**
 * The R3 ask as the closing part of a thank-you: positive, specific, and honest that no reply
 * is a normal outcome. Each one contains "work on", which the base phrasings never do.
 */
export const THANK_YOU_FEEDBACK_ASKS: readonly string[] = [
  "If you have a moment, is there anything you'd suggest I work on in how I present my experience? Many employers can't share feedback, so please don't feel you need to reply.",
  "One last question, only if it's easy to answer: is there one thing I could work on, in my interviews or in how I talk about my experience, that would make me a stronger candidate next time? If you can't share that, I completely understand.",
  "I'm keen to keep improving, so if anything comes to mind that I could work on, such as how I talk about my experience, even a sentence would help. And if it isn't something you're able to share, no reply is needed.",
];

/** The R2 freelance offer; only used when the profile says the user is open to it. */
export const FREELANCE_OFFERS: readonly string[] = [
  "If your team ever needs extra help on a freelance or contract basis, I'd be glad to pitch in.",
  'And if a freelance or contract project comes up where I could be useful, please think of me.',
  "I'd also be happy to take on freelance or contract work for you if the need arises.",
];

function ask(f: Facts, i: number): string | null {
  return f.feedbackAsk ? (THANK_YOU_FEEDBACK_ASKS[i] ?? null) : null;
}

function offer(f: Facts, i: number): string | null {
  return f.freelance ? (FREELANCE_OFFERS[i] ?? null) : null;
}

function chanceTo(f: Facts): string {
  return interviewed(f) ? 'interview for' : 'be considered for';
}

function interviewSubject(f: Facts): string {
  if (!interviewed(f)) return 'Thank you for considering me';
  const what = f.interviewCount > 1 ? 'interviews' : 'interview';
  return f.role === null ? `Thank you for the ${what}` : `Thank you for the ${f.role} ${what}`;
}

export const THANK_YOU: readonly Phrasing[] = [
  (f) => {
    const enjoyed = enjoyedObject(f);
    return {
      subject: interviewSubject(f),
      greeting: 'Hi',
      closing: 'Best',
      paragraphs: [
        para(
          `Thank you for your time, and for the chance to ${chanceTo(f)} ${roleAtCompany(f)}.`,
          "I understand the decision, and I'm glad I had the opportunity.",
        ),
        f.valued !== null
          ? `I especially valued ${f.valued}.`
          : enjoyed !== null
            ? `I enjoyed ${enjoyed}.`
            : null,
        para(
          `I'd still be glad to work with ${f.company === null ? 'your team' : `the team at ${f.company}`} one day, so please keep me in mind for future openings. I'd like to stay in touch.`,
          offer(f, 0),
        ),
        ask(f, 0),
      ],
    };
  },
  (f) => {
    const enjoyed = enjoyedObject(f);
    const thanks =
      f.met && f.mode !== null
        ? `Thank you for the time you spent with me during ${meetingNoun(f)}, and for the chance to be considered for ${roleAtCompany(f)}.`
        : `I wanted to thank you for considering me for ${roleAtCompany(f)}, and for the time you put into the process.`;
    return {
      subject: 'Thank you, and staying in touch',
      greeting: 'Hello',
      closing: 'With thanks',
      paragraphs: [
        thanks,
        para(
          f.valued !== null
            ? `What stood out to me most was ${f.valued}.`
            : enjoyed !== null && !(f.met && f.mode !== null)
              ? `I really appreciated ${enjoyed}.`
              : null,
          f.finalRound && 'Reaching the final round meant a lot to me.',
        ),
        para(
          `Although it didn't work out this time, I'm still very interested in ${companyOr(f, 'your team')} and would welcome hearing about future openings. I hope we can keep in touch.`,
          offer(f, 1),
        ),
        ask(f, 1),
      ],
    };
  },
  (f) => {
    const enjoyed = enjoyedObject(f);
    const opening = f.met
      ? `Thank you for taking the time to speak with me about ${roleAtCompany(f)}, and for the chance to be part of the process.`
      : `I'm grateful for the time you gave me, and for the chance to be part of the process for ${roleAtCompany(f)}.`;
    const verb = enjoyed !== null && /s$/.test(enjoyed) ? 'were' : 'was';
    return {
      subject: f.role === null ? 'Thank you for your time' : `Thank you: ${f.role}`,
      greeting: 'Dear',
      closing: 'Kind regards',
      paragraphs: [
        para(opening, 'I fully respect the decision, and I appreciate having been considered.'),
        f.valued !== null
          ? `I came away admiring ${f.valued}.`
          : enjoyed !== null
            ? `${capitalize(enjoyed)} ${verb} a pleasure.`
            : null,
        para(
          `${f.company === null ? 'Your team' : f.company} is still somewhere I'd be glad to work, so I hope you'll think of me if a suitable role opens up. It would be good to stay in touch.`,
          offer(f, 2),
        ),
        ask(f, 2),
      ],
    };
  },
];
