// R9 applied to touch-base drafts: whatever the reason, the note passes the tone check clean.
import { describe, expect, it } from 'vitest';
import { checkTone } from '../tone/index.js';
import { touchBaseDraft, type TouchDraftFacts } from './draft.js';
import type { TouchReason } from './types.js';

const REASONS: TouchReason[] = [
  { kind: 'promotion', text: '', draftText: 'your promotion' },
  { kind: 'new_role', text: '', draftText: 'your new role' },
  { kind: 'work_anniversary', text: '', draftText: 'your 3-year work anniversary' },
  { kind: 'news', text: '', draftText: 'your recent news' },
  { kind: 'article', text: '', draftText: 'the article "Kafka at scale" (https://example.org/kafka)' },
  { kind: 'milestone', text: '', draftText: 'finished the streaming systems course' },
  { kind: 'holiday', text: '', draftText: 'the start of autumn' },
  { kind: 'check_in', text: '', draftText: null },
];

const facts = (reason: TouchReason, over: Partial<TouchDraftFacts> = {}): TouchDraftFacts => ({
  contact: { id: 3, name: 'Dana Whitfield', email: 'dana@northwind.example', kind: 'hiring_manager', title: 'Engineering Manager', company: 'Northwind Traders' },
  application: { id: 12, company: 'Northwind Traders', role: 'Data Engineer' },
  lastInterview: { at: '2026-03-02T10:00:00Z', mode: 'in_person', participantNames: ['Dana Whitfield'], finalRound: true },
  interviewCount: 2,
  profile: { name: 'Priya Raman', email: 'priya@example.com', signature: null, openToFreelance: false },
  reason,
  ...over,
});

describe('R7 touch-base drafts carry the reason', () => {
  for (const reason of REASONS) {
    it(`R7 a ${reason.kind} touch-base names its reason and passes the tone check (R9)`, async () => {
      for (const f of [facts(reason), facts(reason, { application: null, lastInterview: null, interviewCount: 0 })]) {
        const d = touchBaseDraft(f);
        expect(d.toContactId).toBe(3);
        expect(d.body).toMatch(/^Hi Dana,|^Hello Dana,/);
        if (reason.draftText) expect(d.body).toContain(reason.draftText.replace(/^your /, ''));
        for (const part of [d.subject, d.body]) {
          const findings = await checkTone(part, { kind: 'touch_base', knownWords: ['Northwind Traders', 'Dana Whitfield', 'Priya Raman'] });
          expect(findings.map((x) => `${x.rule}: "${x.excerpt}"`), part).toEqual([]);
        }
      }
    });
  }

  it('R7 a milestone reads as the user\'s own news and a holiday as warm wishes', () => {
    const own = touchBaseDraft(facts(REASONS[5]!));
    expect(own.body).toMatch(/(news from my side|small update|since we last spoke): finished the streaming systems course/);
    const season = touchBaseDraft(facts(REASONS[6]!));
    expect(season.body).toMatch(/wishes for the start of autumn|all the best for the start of autumn/);
  });
});
