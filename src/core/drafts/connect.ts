// R7 connection note for a person met. Professional networks cap these notes (LinkedIn: 300
// characters, greeting included), so each phrasing has a rich form and plainer fallbacks: it
// drops the interview mode, then the company, then the role, until the note fits.
import type { Facts } from './facts.js';
import { interviewed, theRole } from './facts.js';
import { greetingLine, signOffLines } from './render.js';

export const CONNECT_MAX_LENGTH = 300;
export const CONNECT_SUBJECT = 'Connection note';

/** Which facts a connect sentence may mention; fallbacks switch them off one by one. */
export interface ConnectDetail {
  mode: boolean;
  role: boolean;
  company: boolean;
}

export interface ConnectPhrasing {
  closing: string;
  text: (f: Facts, d: ConnectDetail) => string;
}

const PLAINEST: ConnectDetail = { mode: false, role: false, company: false };

const DETAIL_LEVELS: readonly ConnectDetail[] = [
  { mode: true, role: true, company: true },
  { mode: false, role: true, company: true },
  { mode: false, role: true, company: false },
  { mode: false, role: false, company: true },
  PLAINEST,
];

function roleRef(f: Facts, d: ConnectDetail): string {
  const role = d.role ? theRole(f) : 'the role';
  return d.company && f.company !== null ? `${role} at ${f.company}` : role;
}

function metBy(f: Facts, d: ConnectDetail): boolean {
  return d.mode && f.met && f.mode !== null;
}

export const CONNECT: readonly ConnectPhrasing[] = [
  {
    closing: 'Best',
    text: (f, d) => {
      if (!interviewed(f)) {
        return `Thank you for your help with my application for ${roleRef(f, d)}. I'd be glad to stay connected here.`;
      }
      if (!f.met) {
        return `It was good to be in touch while I was interviewing for ${roleRef(f, d)}. I'd be glad to stay connected here.`;
      }
      const meet = !metBy(f, d)
        ? 'talk with you'
        : f.mode === 'in_person'
          ? 'meet you in person'
          : f.mode === 'video'
            ? 'talk with you over video'
            : 'speak with you by phone';
      return `It was a pleasure to ${meet} while interviewing for ${roleRef(f, d)}. I'd be glad to stay connected here.`;
    },
  },
  {
    closing: 'Thanks',
    text: (f, d) => {
      if (!interviewed(f)) {
        return `Thank you for your time on my application for ${roleRef(f, d)}. Although it didn't work out this time, I'd like to keep in touch.`;
      }
      const what = !metBy(f, d)
        ? 'your time'
        : f.mode === 'in_person'
          ? 'meeting me in person'
          : f.mode === 'video'
            ? 'our video call'
            : 'our phone call';
      const when = f.finalRound ? 'the final round for' : 'my interviews for';
      return `Thank you for ${what} during ${when} ${roleRef(f, d)}. Although it didn't work out this time, I'd like to keep in touch.`;
    },
  },
  {
    closing: 'All the best',
    text: (f, d) => {
      if (!interviewed(f) || !f.met) {
        return `I appreciated your part in the process for ${roleRef(f, d)}, and I'd welcome staying in touch, here and for future openings.`;
      }
      const talk = !metBy(f, d)
        ? 'our conversation'
        : f.mode === 'in_person'
          ? 'our conversation in person'
          : f.mode === 'video'
            ? 'our video call'
            : 'our phone call';
      return `I enjoyed ${talk} about ${roleRef(f, d)}, and I'd welcome staying in touch, here and for future openings.`;
    },
  },
];

/** Cuts text at a word boundary so it fits in max characters, ending with an ellipsis. */
export function clipToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, Math.max(0, max));
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The note for one phrasing, always within CONNECT_MAX_LENGTH characters: the richest detail
 * level that fits, then a neutral greeting, then (for absurdly long input) a clipped sentence.
 */
export function renderConnect(f: Facts, p: ConnectPhrasing, max = CONNECT_MAX_LENGTH): string {
  const signOff = signOffLines(p.closing, f.senderFirst);
  const build = (greeting: string, text: string): string => `${greeting}\n\n${text}\n\n${signOff}`;
  const named = greetingLine(f, 'Hi');
  for (const d of DETAIL_LEVELS) {
    const note = build(named, p.text(f, d));
    if (note.length <= max) return note;
  }
  const plainest = p.text(f, PLAINEST);
  const neutral = build('Hello,', plainest);
  if (neutral.length <= max) return neutral;
  const room = max - build('Hello,', '').length;
  if (room >= 20) return build('Hello,', clipToLength(plainest, room));
  return clipToLength(plainest, max);
}
