// R9 applied to our own drafts: every phrasing of every draft kind must pass the full tone
// check with no finding at all, with both rich and sparse sample facts.
import { describe, expect, it } from 'vitest';
import { composeAllPhrasings } from '../drafts/index.js';
import type { DraftContext, DraftKind } from '../drafts/index.js';
import { DRAFT_KINDS } from '../drafts/index.js';
import { checkTone } from './index.js';

interface Sample {
  label: string;
  ctx: (kind: DraftKind) => DraftContext;
  knownWords: string[];
}

const SAMPLES: Sample[] = [
  {
    label: 'rich facts',
    knownWords: ['Northwind Health', 'Dana Okafor', 'Tom Berg', 'Alex Rivera'],
    ctx: (kind) => ({
      kind,
      company: 'Northwind Health',
      role: 'Senior UX Designer',
      recipient: {
        contactId: 7,
        name: 'Dana Okafor',
        email: 'dana@northwind.example',
        kind: kind === 'support' ? 'friend' : 'hiring_manager',
        title: 'Design Lead',
      },
      sender: {
        name: 'Alex Rivera',
        email: 'alex@example.com',
        signature: 'Alex Rivera\nalex@example.com',
        openToFreelance: true,
      },
      valued: 'The way the team tests every flow with real patients.',
      lastInterview: {
        at: '2025-03-03T15:00:00Z',
        mode: 'video',
        participantNames: ['Dana Okafor', 'Tom Berg'],
        finalRound: true,
      },
      interviewCount: 2,
      includeFeedbackAsk: true,
      touchBaseReason: 'your promotion to Director of Engineering',
      vagueReply: 'We decided to go in a different direction.',
      seed: 'application-12',
    }),
  },
  {
    label: 'another company and person',
    knownWords: ['Kestrel Logistics', 'Priyanka Raman', 'Jordan Blake'],
    ctx: (kind) => ({
      kind,
      company: 'Kestrel Logistics',
      role: 'Operations Analyst',
      recipient: {
        contactId: 3,
        name: 'Priyanka Raman',
        email: null,
        kind: kind === 'support' ? 'mentor' : 'recruiter',
        title: null,
      },
      sender: { name: 'Jordan Blake', email: null, signature: null, openToFreelance: false },
      valued: 'how openly the team talked about its mistakes',
      lastInterview: {
        at: '2025-05-12T09:30:00Z',
        mode: 'in_person',
        participantNames: ['Priyanka Raman'],
        finalRound: false,
      },
      interviewCount: 1,
      includeFeedbackAsk: false,
      touchBaseReason: 'an article on warehouse robotics I thought you would enjoy',
      vagueReply: 'The panel felt another candidate was a closer match.',
      seed: 'application-40',
    }),
  },
  {
    label: 'sparse facts',
    knownWords: [],
    ctx: (kind) => ({
      kind,
      company: '',
      role: '',
      recipient: { contactId: null, name: null, email: null, kind: null, title: null },
      sender: { name: null, email: null, signature: null, openToFreelance: false },
      valued: null,
      lastInterview: null,
      interviewCount: 0,
      includeFeedbackAsk: false,
      touchBaseReason: null,
      vagueReply: null,
      seed: 'bare',
    }),
  },
];

describe('R9 tone check on the drafts Rebound writes', () => {
  for (const sample of SAMPLES) {
    for (const kind of DRAFT_KINDS) {
      it(`R9 every ${kind} phrasing passes the tone check clean (${sample.label})`, async () => {
        const drafts = composeAllPhrasings(sample.ctx(kind));
        expect(drafts.length).toBeGreaterThan(0);
        for (const [i, draft] of drafts.entries()) {
          for (const part of [draft.subject, draft.body]) {
            if (!part) continue;
            const findings = await checkTone(part, { kind, knownWords: sample.knownWords });
            const shown = findings.map((f) => `${f.rule}: "${f.excerpt}"`);
            expect(shown, `phrasing ${i}: ${part}`).toEqual([]);
          }
        }
      });
    }
  }
});
