import { describe, expect, it } from 'vitest';
import type { Draft } from '../types.js';
import {
  BODY_WORD_BUDGET,
  PHRASINGS_PER_KIND,
  composeAllPhrasings,
  composeDraft,
  connectionNote,
  phrasingIndex,
} from './index.js';
import { wordCount } from './text.js';
import type { DraftContext, DraftKind } from './types.js';
import { DRAFT_KINDS } from './types.js';

// ---- Sample facts ---------------------------------------------------------------------------

const SIGNATURE = 'Alex Rivera\nalex@example.com';

/** Every optional fact filled in, every option on: the longest drafts we expect. */
function sample(kind: DraftKind, over: Partial<DraftContext> = {}): DraftContext {
  return {
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
      signature: SIGNATURE,
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
    ...over,
  };
}

/** Every optional fact unknown: no names, no interview, no profile. */
function bare(kind: DraftKind): DraftContext {
  return {
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
  };
}

const EMAIL_KINDS = DRAFT_KINDS.filter((k) => k !== 'connect');
const fullText = (d: Draft): string => `${d.subject}\n${d.body}`;
const paragraphs = (body: string): string[] => body.split('\n\n');

/** Problems a rendered draft must never have, whatever the facts. */
function renderingProblems(d: Draft): string[] {
  const problems: string[] = [];
  const text = fullText(d);
  if (/undefined|null|NaN/.test(text)) problems.push('leaked undefined/null/NaN');
  if (/[{}$]/.test(text)) problems.push('template syntax left over');
  if (/ {2}/.test(text)) problems.push('double space');
  if (/ [,.;:?]/.test(text)) problems.push('space before punctuation');
  if (/\.\.|,,|\.,|,\./.test(text)) problems.push('doubled punctuation');
  if (/\bthe the\b|\ba a\b/i.test(text)) problems.push('doubled word');
  if (d.subject.trim() === '') problems.push('empty subject');
  return problems;
}

const GREETING = /^(Hi|Hello|Dear)( [^\s,]+)?,$/;

// ---- Determinism and choice -----------------------------------------------------------------

describe('choosing a phrasing', () => {
  it('gives the same draft for the same context, every time', () => {
    for (const kind of DRAFT_KINDS) {
      const ctx = sample(kind);
      expect(composeDraft(ctx)).toEqual(composeDraft(structuredClone(ctx)));
      expect(composeDraft(ctx)).toEqual(composeAllPhrasings(ctx)[phrasingIndex(ctx)]);
    }
  });

  it('keeps a known choice stable across runs and machines (FNV-1a of seed, kind and recipient)', () => {
    // Pinned values: if these change, every user's drafts would change wording on upgrade.
    const pinned: Record<DraftKind, number[]> = {
      thank_you: [1, 0, 2],
      feedback_request: [2, 0, 1],
      escalate: [1, 1, 1],
      connect: [0, 2, 0],
      touch_base: [1, 2, 1],
      follow_up: [2, 2, 0],
      support: [2, 1, 0],
    };
    for (const kind of DRAFT_KINDS) {
      const got = ['application-12', 'app-1', 'app-2'].map((seed) =>
        phrasingIndex(sample(kind, { seed })),
      );
      expect(got, kind).toEqual(pinned[kind]);
    }
  });

  it('reaches every phrasing of every kind as the seed changes', () => {
    for (const kind of DRAFT_KINDS) {
      const seen = new Set<number>();
      for (let i = 0; i < 60; i += 1) seen.add(phrasingIndex(sample(kind, { seed: `app-${i}` })));
      expect(seen.size, kind).toBe(PHRASINGS_PER_KIND[kind]);
    }
  });

  it('varies the phrasing between kinds and between people for the same seed', () => {
    let kindsDiffer = 0;
    let peopleDiffer = 0;
    for (let i = 0; i < 30; i += 1) {
      const seed = `app-${i}`;
      const a = phrasingIndex(sample('thank_you', { seed }));
      const b = phrasingIndex(sample('follow_up', { seed }));
      if (a !== b) kindsDiffer += 1;
      const tom = sample('connect', {
        seed,
        recipient: { ...sample('connect').recipient, name: 'Tom Berg' },
      });
      if (phrasingIndex(tom) !== phrasingIndex(sample('connect', { seed }))) peopleDiffer += 1;
    }
    expect(kindsDiffer).toBeGreaterThan(5);
    expect(peopleDiffer).toBeGreaterThan(5);
  });

  it('offers at least three genuinely different phrasings of each kind', () => {
    for (const kind of DRAFT_KINDS) {
      expect(PHRASINGS_PER_KIND[kind], kind).toBeGreaterThanOrEqual(3);
      for (const ctx of [sample(kind), bare(kind)]) {
        const bodies = composeAllPhrasings(ctx).map((d) =>
          d.body
            .split('\n')
            .slice(1, -2) // greeting and sign-off are shared on purpose
            .join(' ')
            .replace(
              /Senior UX Designer|Northwind Health|Dana Okafor|Tom Berg|the way the team tests every flow with real patients|the team decided to go another way|your promotion to Director of Engineering/g,
              'X',
            )
            .toLowerCase()
            .split(/[^a-z']+/)
            .filter(Boolean),
        );
        expect(bodies.length).toBe(PHRASINGS_PER_KIND[kind]);
        // No two phrasings of a kind share a run of seven words (facts masked out).
        const runs = bodies.map(
          (w) => new Set(w.slice(0, -6).map((_, i) => w.slice(i, i + 7).join(' '))),
        );
        for (let i = 0; i < runs.length; i += 1) {
          for (let j = i + 1; j < runs.length; j += 1) {
            const shared = [...runs[i]!].filter((r) => runs[j]!.has(r) && !r.includes('x'));
            expect(shared, `${kind} #${i} vs #${j}`).toEqual([]);
          }
        }
      }
    }
  });
});

// ---- Every draft, every phrasing ------------------------------------------------------------

describe('every phrasing of every kind', () => {
  it('renders cleanly with sample facts: no undefined, null, braces or double spaces', () => {
    for (const kind of DRAFT_KINDS) {
      composeAllPhrasings(sample(kind)).forEach((d, i) => {
        expect(renderingProblems(d), `${kind} #${i}`).toEqual([]);
      });
    }
  });

  it('renders cleanly when every optional fact is unknown', () => {
    for (const kind of DRAFT_KINDS) {
      composeAllPhrasings(bare(kind)).forEach((d, i) => {
        expect(renderingProblems(d), `${kind} #${i}`).toEqual([]);
      });
    }
  });

  it('has a subject, a greeting with the first name, and a sign-off with the signature', () => {
    for (const kind of EMAIL_KINDS) {
      composeAllPhrasings(sample(kind)).forEach((d, i) => {
        expect(d.subject.length, `${kind} #${i}`).toBeGreaterThan(3);
        expect(d.body.split('\n')[0], `${kind} #${i}`).toMatch(/^(Hi|Hello|Dear) Dana,$/);
        const signOff = kind === 'support' ? 'Alex' : SIGNATURE;
        expect(d.body.endsWith(`,\n${signOff}`), `${kind} #${i}`).toBe(true);
      });
    }
  });

  it('R10 signs a note to a friend with the first name, not an email signature block', () => {
    for (const d of composeAllPhrasings(sample('support'))) {
      expect(d.body.endsWith(',\nAlex')).toBe(true);
      expect(d.body).not.toContain('@');
    }
  });

  it('greets neutrally and ends on the closing word alone when names are unknown', () => {
    for (const kind of DRAFT_KINDS) {
      composeAllPhrasings(bare(kind)).forEach((d, i) => {
        const lines = d.body.split('\n');
        expect(lines[0], `${kind} #${i}`).toBe('Hello,');
        expect(lines[lines.length - 1], `${kind} #${i}`).toMatch(/^[A-Z][a-z]+( [a-z]+)*,$/);
      });
    }
  });

  it('signs with the name when there is no signature', () => {
    for (const kind of EMAIL_KINDS) {
      const ctx = sample(kind, {
        sender: { name: 'Alex Rivera', email: null, signature: null, openToFreelance: false },
      });
      for (const d of composeAllPhrasings(ctx))
        expect(d.body.endsWith(kind === 'support' ? ',\nAlex' : ',\nAlex Rivera')).toBe(true);
    }
  });

  it('greets the recipient by the first word of their name', () => {
    const ctx = sample('thank_you', {
      recipient: { ...sample('thank_you').recipient, name: '  Mary-Jane   van der Berg ' },
    });
    for (const d of composeAllPhrasings(ctx)) expect(d.body.split('\n')[0]).toMatch(/ Mary-Jane,$/);
  });

  it('addresses the draft to the recipient and sets a length limit only for connection notes', () => {
    for (const kind of DRAFT_KINDS) {
      const d = composeDraft(sample(kind));
      expect(d.toContactId).toBe(7);
      expect(d.toName).toBe('Dana Okafor');
      expect(d.toEmail).toBe('dana@northwind.example');
      expect(d.maxLength).toBe(kind === 'connect' ? 300 : null);
    }
  });

  it('R9 uses at most one exclamation mark and no word in capitals except acronyms from the facts', () => {
    const acronyms = sample('thank_you', { company: 'IBM', role: 'UX Lead, AI tooling' });
    for (const kind of DRAFT_KINDS) {
      for (const ctx of [sample(kind), bare(kind), { ...acronyms, kind }]) {
        const facts = `${ctx.company} ${ctx.role}`;
        composeAllPhrasings(ctx).forEach((d, i) => {
          const text = fullText(d);
          expect((text.match(/!/g) ?? []).length, `${kind} #${i}`).toBeLessThanOrEqual(1);
          for (const word of text.match(/\b[A-Z]{2,}\b/g) ?? []) {
            expect(facts, `${kind} #${i}: ${word}`).toContain(word);
          }
        });
      }
    }
  });

  it('R9 never pleads, blames or demands a justification', () => {
    const banned =
      /why didn'?t you|please,? please|beg|desperate|unfair|disappointed in|you should have|must reply|as soon as possible|asap/i;
    for (const kind of DRAFT_KINDS) {
      for (const d of composeAllPhrasings(sample(kind))) expect(fullText(d)).not.toMatch(banned);
    }
  });

  it('stays within the body word budget of each kind, even with every option on', () => {
    for (const kind of EMAIL_KINDS) {
      composeAllPhrasings(sample(kind)).forEach((d, i) => {
        expect(wordCount(d.body), `${kind} #${i}`).toBeLessThanOrEqual(BODY_WORD_BUDGET[kind]);
      });
    }
    expect(BODY_WORD_BUDGET).toEqual({
      thank_you: 170,
      feedback_request: 120,
      escalate: 100,
      touch_base: 120,
      follow_up: 100,
      support: 130,
    });
  });

  it('never invents an interview when there was none', () => {
    for (const kind of DRAFT_KINDS) {
      for (const d of composeAllPhrasings(bare(kind))) {
        expect(d.body).not.toMatch(/in person|video|phone|our call|final round|meeting you/i);
      }
    }
  });
});

// ---- R2 thank-you ----------------------------------------------------------------------------

describe('thank-you note', () => {
  it('R2 thank-you thanks the contact by first name and mentions what the user valued', () => {
    for (const d of composeAllPhrasings(sample('thank_you'))) {
      expect(d.body).toMatch(/^(Hi|Hello|Dear) Dana,/);
      expect(d.body).toMatch(/thank/i);
      expect(d.body).toMatch(/time/);
      expect(d.body).toContain('the way the team tests every flow with real patients.');
      expect(d.body).not.toContain('..');
    }
  });

  it('R2 thank-you names the role and company and shows no hard feelings', () => {
    for (const d of composeAllPhrasings(sample('thank_you'))) {
      expect(d.body).toContain('Senior UX Designer');
      expect(d.body).toContain('Northwind Health');
      expect(d.body).toMatch(/decision|didn't work out/);
    }
  });

  it('R2 thank-you asks to be kept in mind for future openings and to stay in touch', () => {
    for (const ctx of [sample('thank_you'), bare('thank_you')]) {
      for (const d of composeAllPhrasings(ctx)) {
        expect(d.body).toMatch(/future openings|role opens up/);
        expect(d.body).toMatch(/in touch/);
      }
    }
  });

  it('R2 thank-you draws on the people met when the user named nothing they valued', () => {
    const ctx = sample('thank_you', {
      valued: null,
      recipient: { ...sample('thank_you').recipient, name: 'Priya Shah', kind: 'recruiter' },
      lastInterview: {
        at: '2025-03-03T15:00:00Z',
        mode: 'in_person',
        participantNames: ['Dana Okafor', 'Tom Berg'],
        finalRound: false,
      },
    });
    for (const d of composeAllPhrasings(ctx)) {
      expect(d.body).toContain('Dana Okafor and Tom Berg in person');
      expect(d.body).not.toMatch(/final round|video/);
    }
  });

  it('R2 thank-you speaks of meeting the recipient when they were in the interview', () => {
    const ctx = sample('thank_you', {
      valued: null,
      lastInterview: {
        ...sample('thank_you').lastInterview!,
        mode: 'in_person',
        participantNames: ['Dana'],
      },
    });
    const bodies = composeAllPhrasings(ctx).map((d) => d.body);
    expect(bodies.some((b) => b.includes('meeting you in person'))).toBe(true);
  });

  it('R2 thank-you mentions reaching the final round in at least one phrasing', () => {
    const bodies = composeAllPhrasings(sample('thank_you')).map((d) => d.body);
    expect(bodies.some((b) => /final round/.test(b))).toBe(true);
  });

  it('R2 thank-you offers freelance help if and only if the profile is open to it', () => {
    for (const open of [true, false]) {
      const ctx = sample('thank_you', {
        sender: { ...sample('thank_you').sender, openToFreelance: open },
      });
      for (const d of composeAllPhrasings(ctx)) {
        expect(/freelance or contract/.test(d.body)).toBe(open);
      }
    }
  });

  it('R2 no other kind of draft mentions freelance work', () => {
    for (const kind of DRAFT_KINDS.filter((k) => k !== 'thank_you')) {
      for (const d of composeAllPhrasings(sample(kind))) expect(d.body).not.toMatch(/freelance/i);
    }
  });

  it('R3 thank-you folds in the feedback ask, as its closing part, if and only if asked to', () => {
    for (const include of [true, false]) {
      const ctx = sample('thank_you', { includeFeedbackAsk: include });
      for (const d of composeAllPhrasings(ctx)) {
        expect(/\bwork on\b/.test(d.body)).toBe(include);
        const parts = paragraphs(d.body);
        const lastBeforeSignOff = parts[parts.length - 2] ?? '';
        if (include) expect(lastBeforeSignOff).toMatch(/\bwork on\b/);
      }
    }
  });

  it('R3 thank-you frames the feedback ask positively and says no answer is fine', () => {
    for (const d of composeAllPhrasings(sample('thank_you'))) {
      const parts = paragraphs(d.body);
      const ask = parts[parts.length - 2] ?? '';
      expect(ask).toMatch(/experience/);
      expect(ask).toMatch(/no reply is needed|completely understand|don't feel you need to reply/);
      expect(ask).not.toMatch(/why/i);
    }
  });
});

// ---- R3 feedback request, R4 escalation -------------------------------------------------------

describe('feedback request', () => {
  it('R3 feedback request asks one positive, specific question and says silence is fine', () => {
    for (const d of composeAllPhrasings(sample('feedback_request'))) {
      expect(d.body).toMatch(/experience/);
      expect(d.body).toMatch(/no reply is needed|no pressure|completely fine/i);
      expect(d.body).not.toMatch(/why/i);
    }
  });

  it('R3 feedback request to an agency recruiter says the answer helps the search go on', () => {
    const ctx = sample('feedback_request', {
      recipient: { ...sample('feedback_request').recipient, kind: 'agency_recruiter' },
    });
    for (const d of composeAllPhrasings(ctx)) expect(d.body).toMatch(/roles that suit me/);
  });
});

describe('escalation after a vague reply', () => {
  it('R4 escalation is grateful, asks one thing and promises not to push again', () => {
    for (const d of composeAllPhrasings(sample('escalate'))) {
      expect(d.body).toMatch(/thank|grateful/i);
      expect(d.body).toMatch(/one thing|one pointer|single area/);
      expect(d.body).toMatch(/won't follow up again|won't ask again|only time I'll ask/);
    }
  });

  it('R4 escalation gives the gist of the vague reply without quoting it back', () => {
    for (const d of composeAllPhrasings(sample('escalate'))) {
      expect(d.body).toContain('the team decided to go another way');
      expect(d.body).not.toContain('different direction');
      expect(d.body).not.toContain('"');
    }
  });

  it('R4 escalation speaks of the decision in neutral terms when the reply is unfamiliar', () => {
    const ctx = sample('escalate', { vagueReply: 'Thanks for your patience.' });
    for (const d of composeAllPhrasings(ctx)) expect(d.body).toContain('about the decision');
  });
});

// ---- R7 connect and touch-base -----------------------------------------------------------------

const LONG = {
  name: 'Maximiliana-Alexandrina-Konstantina Wolfeschlegelsteinhausenbergerdorff-Papadopoulou',
  company:
    'The International Consolidated Amalgamated Holdings and Subsidiaries of Greater North America and Europe, Incorporated',
  role: 'Principal Staff Senior Lead Distinguished Software Engineering Architect for Platform Reliability and Developer Experience',
};

describe('connection note', () => {
  it('R7 connection note fits in 300 characters with the greeting in every phrasing', () => {
    for (const d of composeAllPhrasings(sample('connect'))) {
      expect(d.body.length).toBeLessThanOrEqual(300);
      expect(d.maxLength).toBe(300);
      expect(d.subject).toBe('Connection note');
    }
  });

  it('R7 connection note names the conversation, the role and the company when they fit', () => {
    for (const d of composeAllPhrasings(sample('connect'))) {
      expect(d.body).toMatch(/^Hi Dana,\n/);
      expect(d.body).toContain('the Senior UX Designer role at Northwind Health');
      expect(d.body).toMatch(/video/);
    }
  });

  it('R7 connection note signs with the first name only, no signature block', () => {
    for (const d of composeAllPhrasings(sample('connect'))) {
      expect(d.body).toMatch(/,\nAlex$/);
      expect(d.body).not.toContain('alex@example.com');
      expect(d.body).not.toContain('Rivera');
    }
  });

  it('R7 connection note shrinks gracefully for very long names, roles and companies', () => {
    const ctx = sample('connect', {
      company: LONG.company,
      role: LONG.role,
      recipient: { ...sample('connect').recipient, name: LONG.name },
      sender: { ...sample('connect').sender, name: 'Bartholomew-Maximilian Featherstonehaugh' },
      lastInterview: { ...sample('connect').lastInterview!, participantNames: [LONG.name] },
    });
    for (const d of composeAllPhrasings(ctx)) {
      expect(d.body.length).toBeLessThanOrEqual(300);
      expect(d.body).toMatch(/^Hi Maximiliana-Alexandrina-Konstantina,\n/);
      expect(d.body).toMatch(/Bartholomew-Maximilian$/);
      expect(renderingProblems(d)).toEqual([]);
      expect(d.body).not.toContain('…');
    }
  });

  it('R7 connection note stays within 300 characters even for absurdly long input', () => {
    const huge = 'Z'.repeat(400);
    const ctx = sample('connect', {
      company: `${huge} Inc`,
      role: `${huge} engineer`,
      recipient: { ...sample('connect').recipient, name: `${huge} Smith` },
      sender: { ...sample('connect').sender, name: `${huge} Jones` },
    });
    for (const d of composeAllPhrasings(ctx)) expect(d.body.length).toBeLessThanOrEqual(300);
    for (let i = 0; i < 20; i += 1) {
      expect(connectionNote({ ...ctx, seed: `s${i}` }).length).toBeLessThanOrEqual(300);
    }
  });

  it('R7 connectionNote returns the connect draft body for any kind of context', () => {
    const ctx = sample('thank_you');
    expect(connectionNote(ctx)).toBe(composeDraft({ ...ctx, kind: 'connect' }).body);
    expect(connectionNote(ctx).length).toBeLessThanOrEqual(300);
  });
});

describe('touch-base with a warm lead', () => {
  const reasons: [string, RegExp][] = [
    ['the holidays', /wishes for the holidays|best for the holidays/],
    ['your promotion to Director of Engineering', /your promotion to Director of Engineering/],
    ['an article on design systems you might like', /an article on design systems you might like/],
    ['I finished a course in Kubernetes', /I finished a course in Kubernetes\./],
    ['Congratulations on your work anniversary!', /your work anniversary/],
    ['the launch of the new patient app', /the launch of the new patient app/i],
  ];

  it('R7 touch-base names the concrete reason naturally in every phrasing', () => {
    for (const [reason, expected] of reasons) {
      composeAllPhrasings(sample('touch_base', { touchBaseReason: reason })).forEach((d, i) => {
        expect(d.body, `${reason} #${i}`).toMatch(expected);
        expect(renderingProblems(d), `${reason} #${i}`).toEqual([]);
        expect(fullText(d)).not.toContain('!');
      });
    }
  });

  it('R7 touch-base asks to be kept in mind for future openings, without a grudge', () => {
    for (const d of composeAllPhrasings(sample('touch_base'))) {
      expect(d.body).toMatch(/keep me in mind|kept me in mind|I'd love to hear about it/);
      expect(d.body).not.toMatch(/reject|unfortunately|decision/i);
    }
  });
});

// ---- R11 follow-up, R10 support ------------------------------------------------------------------

describe('follow-up after silence', () => {
  it('R11 follow-up asks about timing in a way that is easy to answer', () => {
    for (const d of composeAllPhrasings(sample('follow_up'))) {
      expect(d.body).toMatch(/timing|when to expect|next steps|update/);
      expect(d.body).toMatch(/rough|one-line|completely fine/);
      expect(d.body).toContain('Senior UX Designer');
    }
  });

  it('R11 follow-up can name the day of the last interview', () => {
    const bodies = composeAllPhrasings(sample('follow_up')).map((d) => d.body);
    expect(bodies.some((b) => b.includes('on March 3'))).toBe(true);
  });
});

describe('support note', () => {
  it('R10 support note is honest that the search is hard and asks for a chat and leads', () => {
    for (const d of composeAllPhrasings(sample('support'))) {
      expect(d.body).toMatch(/hard|longer than I'd like/);
      expect(d.body).toMatch(/chat|call|talk/);
      expect(d.body).toMatch(/hiring/);
    }
  });

  it('R10 support note never counts rejections or dramatises', () => {
    for (const d of composeAllPhrasings(sample('support'))) {
      expect(fullText(d)).not.toMatch(/\d|reject|failure|hopeless|desperate/i);
    }
  });

  it('R10 support note to family closes with love', () => {
    const ctx = sample('support', {
      recipient: { ...sample('support').recipient, name: 'Mum', kind: 'family' },
    });
    for (const d of composeAllPhrasings(ctx)) {
      expect(d.body).toMatch(/^Hi Mum,/);
      expect(d.body).toContain('\n\nLove,\n');
    }
  });
});

describe('draft greeting line', () => {
  it('always starts with a greeting line', () => {
    for (const kind of DRAFT_KINDS) {
      for (const ctx of [sample(kind), bare(kind)]) {
        for (const d of composeAllPhrasings(ctx)) expect(d.body.split('\n')[0]).toMatch(GREETING);
      }
    }
  });
});
