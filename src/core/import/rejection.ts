// A row whose stage says "rejected" carries a rejection: how it came (email, a call, a letter, the
// application portal) is read from what the row says, and the portal is assumed when it says
// nothing, since that is how most trackers learn of one.
import type { RejectionChannel } from '../types.js';

/** What a rejected row says about its rejection; the app layer records it. */
export interface ImportedRejection {
  /** The day the rejection came, when the row has it (a mapped `rejected` column). */
  receivedOn: string | null;
  channel: RejectionChannel;
}

// Interview formats mention a phone or a letter without saying how the news came.
const NOT_A_CHANNEL = /\b(?:phone|video|zoom|teams)[\s-]+(?:screen(?:ing)?|interview|call\s+with\s+the\s+team)\b|\bcover\s+letter\b|\bmotivation\s+letter\b/gi;

const CHANNELS: ReadonlyArray<readonly [RejectionChannel, RegExp]> = [
  ['email', /\b(?:e-?mail(?:ed)?|mail|inbox)\b/i],
  ['call', /\b(?:call(?:ed)?|phone(?:d)?|rang|voicemail)\b/i],
  ['letter', /\b(?:letter|by post)\b/i],
  ['portal', /\b(?:portal|ats|dashboard|website|workday|greenhouse|lever|applicant tracking)\b/i],
];

/**
 * How the rejection came, from the row's own words: the first cell that names a channel wins
 * (pass the explicit channel column first, then the stage, then the notes). When one cell names
 * several, email is taken before a call, a letter or the portal.
 */
export function readRejectionChannel(cells: readonly string[]): RejectionChannel | null {
  for (const cell of cells) {
    const text = cell.replace(NOT_A_CHANNEL, ' ');
    for (const [channel, pattern] of CHANNELS) if (pattern.test(text)) return channel;
  }
  return null;
}
