import { describe, expect, it } from 'vitest';
import { clipToLength } from './connect.js';
import {
  classifyReason,
  enjoyedObject,
  meetingNoun,
  readFacts,
  roleAtCompany,
  vagueGist,
} from './facts.js';
import { fnv1a, pickIndex } from './hash.js';
import {
  clean,
  dayOfMonth,
  firstToken,
  listNames,
  midSentence,
  tidyLines,
  wordCount,
} from './text.js';
import type { DraftContext } from './types.js';

function ctx(over: Partial<DraftContext> = {}): DraftContext {
  return {
    kind: 'thank_you',
    company: 'Acme',
    role: 'Designer',
    recipient: { contactId: 1, name: 'Dana Lee', email: null, kind: 'interviewer', title: null },
    sender: { name: 'Alex Kim', email: null, signature: null, openToFreelance: false },
    valued: null,
    lastInterview: {
      at: '2025-11-20T10:00:00Z',
      mode: 'video',
      participantNames: ['Dana'],
      finalRound: false,
    },
    interviewCount: 1,
    includeFeedbackAsk: false,
    touchBaseReason: null,
    vagueReply: null,
    seed: 's',
    ...over,
  };
}

describe('stable hash', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('picks an index inside the range', () => {
    for (let i = 0; i < 50; i += 1) {
      const n = pickIndex(`k${i}`, 3);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(3);
    }
    expect(pickIndex('x', 0)).toBe(0);
  });
});

describe('text helpers', () => {
  it('cleans whitespace and treats blank values as unknown', () => {
    expect(clean('  a   b ')).toBe('a b');
    expect(clean('   ')).toBeNull();
    expect(clean(null)).toBeNull();
  });

  it('takes the first word of a name as the first name', () => {
    expect(firstToken('Dana Lee')).toBe('Dana');
    expect(firstToken('  Lee, ')).toBe('Lee');
    expect(firstToken('Dr. Dana Lee')).toBe('Dana');
    expect(firstToken('')).toBeNull();
  });

  it('lists names the way a sentence would', () => {
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B'])).toBe('A and B');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listNames(['A', 'B', 'C', 'D'])).toBe('A, B, C and the rest of the team');
  });

  it('fits a phrase the user typed into the middle of a sentence', () => {
    expect(midSentence('The team’s focus on accessibility.')).toBe(
      'the team’s focus on accessibility',
    );
    expect(midSentence('Kubernetes at scale!')).toBe('Kubernetes at scale');
    expect(midSentence('IBM research')).toBe('IBM research');
    expect(midSentence('Team culture that values rest')).toBe('team culture that values rest');
    expect(midSentence(' . ')).toBeNull();
  });

  it('reads the calendar day of an instant in UTC, and nothing from a bad value', () => {
    expect(dayOfMonth('2025-03-03T15:00:00Z')).toBe('March 3');
    expect(dayOfMonth('2025-12-31T23:59:59Z')).toBe('December 31');
    expect(dayOfMonth('not a date')).toBeNull();
    expect(dayOfMonth(null)).toBeNull();
  });

  it('counts words and tidies lines', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount(' one two\nthree ')).toBe(3);
    expect(tidyLines('a  b \n\n\n\nc')).toBe('a b\n\nc');
  });
});

describe('facts for the templates', () => {
  it('knows the recipient was in the interview when a participant has their first name', () => {
    const f = readFacts(ctx());
    expect(f.met).toBe(true);
    expect(f.others).toEqual([]);
    expect(enjoyedObject(f)).toBe('our video call');
    expect(meetingNoun(f, { day: true })).toBe('our video call on November 20');
  });

  it('does not treat a namesake as the recipient', () => {
    const f = readFacts(
      ctx({ lastInterview: { ...ctx().lastInterview!, participantNames: ['Dana Smith'] } }),
    );
    expect(f.met).toBe(false);
    expect(enjoyedObject(f)).toBe('talking with Dana Smith over video');
    expect(meetingNoun(f)).toBe('my video call with Dana Smith');
  });

  it('describes the final round and in-person meetings', () => {
    const f = readFacts(
      ctx({
        lastInterview: {
          ...ctx().lastInterview!,
          mode: 'in_person',
          participantNames: ['Dana', 'Tom'],
          finalRound: true,
        },
      }),
    );
    expect(enjoyedObject(f)).toBe('meeting you and Tom in person');
    expect(meetingNoun(f, { final: true })).toBe('our final-round interview');
  });

  it('does not add "role" twice when the role already says so', () => {
    expect(roleAtCompany(readFacts(ctx({ role: 'Designer position' })))).toBe(
      'the Designer position at Acme',
    );
    expect(roleAtCompany(readFacts(ctx({ role: ' ', company: '' })))).toBe('the role');
  });

  it('signs with the signature, else the name, else nothing', () => {
    expect(
      readFacts(
        ctx({
          sender: {
            name: 'Alex Kim',
            email: null,
            signature: 'A. Kim\nDesigner',
            openToFreelance: false,
          },
        }),
      ).signOff,
    ).toBe('A. Kim\nDesigner');
    expect(readFacts(ctx()).signOff).toBe('Alex Kim');
    expect(
      readFacts(
        ctx({ sender: { name: null, email: null, signature: '  ', openToFreelance: false } }),
      ).signOff,
    ).toBeNull();
  });

  it('R7 reads the shape of a touch-base reason', () => {
    expect(classifyReason('the holidays')?.shape).toBe('occasion');
    expect(classifyReason('your promotion to Director of Engineering')?.shape).toBe('congrats');
    expect(classifyReason('Congratulations on your work anniversary!')).toEqual({
      shape: 'congrats',
      text: 'your work anniversary',
    });
    expect(classifyReason('an article on design systems you might like')?.shape).toBe('share');
    expect(classifyReason('I finished a course in Kubernetes')?.shape).toBe('own_news');
    expect(classifyReason('the launch of the new app')?.shape).toBe('other');
    expect(classifyReason('  ')).toBeNull();
  });

  it('R4 turns a vague reply into a kind gist, or nothing when unfamiliar', () => {
    expect(vagueGist('We decided to go in a different direction.')).toBe(
      'the team decided to go another way',
    );
    expect(vagueGist('The position has been filled.')).toBe('the role has been filled');
    expect(
      vagueGist('We went with a candidate whose experience more closely matches our needs'),
    ).toBe('the team chose another candidate');
    expect(vagueGist('We will not be moving forward with your application')).toBe(
      "the team won't be moving ahead with my application",
    );
    expect(vagueGist('Thanks for your patience')).toBeNull();
  });
});

describe('clipping', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(clipToLength('short', 10)).toBe('short');
    expect(clipToLength('one two three four', 10)).toBe('one two…');
    expect(clipToLength('one two three four', 10).length).toBeLessThanOrEqual(10);
  });
});
