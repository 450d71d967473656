// The demo search, read back by the insights: twenty rejections of mixed stages and feedback,
// loaded through the use cases with a fixed clock. The story the takeaways tell must be the one
// the demo was written to tell, with numbers that can be checked against demo-story.ts by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_USER, openMemoryApp } from '../../src/app/index.js';
import type { Insights } from '../../src/core/insights/index.js';
import { addDays, fixedClock } from '../../src/core/time.js';

const NOW = '2026-03-10T09:00:00.000Z';
const me = LOCAL_USER;

type MemoryApp = Awaited<ReturnType<typeof openMemoryApp>>;
let app: MemoryApp;
let insights: Insights;

beforeAll(async () => {
  app = await openMemoryApp(fixedClock(NOW));
  await app.useCases.loadDemo(me);
  insights = await app.useCases.insights(me);
});
afterAll(() => app?.close());

describe('the demo search', () => {
  it('holds twenty rejections of mixed stages, some of them silences, over about four months', async () => {
    const rejections = await app.store.rejections.list(me.userId);
    expect(rejections).toHaveLength(20);
    expect(rejections.filter((r) => r.channel === 'silence')).toHaveLength(3);
    expect(new Set(rejections.map((r) => r.stage))).toEqual(
      new Set(['application', 'screen', 'interview', 'final']),
    );
    expect(rejections[0]?.receivedAt.slice(0, 10)).toBe('2025-11-19');
    expect(await app.store.applications.count(me.userId)).toBe(24);
    expect(await app.store.insights.feedback(me.userId)).toHaveLength(11);
    expect(await app.store.insights.reflections(me.userId)).toHaveLength(5);
    expect(await app.store.journal.moodsSince(me.userId, '')).toHaveLength(28);
  });

  it('leaves today with recent things to do, not months of old steps', async () => {
    const agenda = await app.useCases.today(me);
    expect(agenda.due.length).toBeGreaterThan(0);
    const twoWeeksAgo = addDays(NOW, -14);
    expect(agenda.due.filter((i) => i.step.dueAt < twoWeeksAgo)).toEqual([]);
    expect(agenda.due.map((i) => i.application.company)).toEqual(
      expect.arrayContaining(['Northwind Health', 'Kestrel Bank', 'Bluefin Analytics']),
    );
  });
});

describe('insights on the demo', () => {
  it('most rejections come after first interviews: 11 of 20', () => {
    // application: Copperline, Meridian, Quillon (silence), Pinecrest, Bluefin = 5
    // screen: Granite (silence) = 1; final: Solstice, Fernhill, Northwind = 3; the other 11 after interviews.
    expect(insights.rejectionStages).toMatchObject({
      total: 20,
      stages: [
        { stage: 'application', count: 5, share: 0.25 },
        { stage: 'screen', count: 1, share: 0.05 },
        { stage: 'interview', count: 11, share: 0.55 },
        { stage: 'final', count: 3, share: 0.15 },
      ],
      mostCommon: 'interview',
      focus: 'first_interviews',
    });
    expect(insights.rejectionStages.takeaway).toBe(
      'Most of your rejections come after first interviews (11 of 20): practising those questions is where effort pays most.',
    );
  });

  it('interview performance is the feedback theme that keeps coming up: 6 of 11', () => {
    // Tidewater, Brightwater, Harborview, Redwood, Saltmarsh, Orchard; experience: Solstice,
    // Fernhill, Orchard; skill gap: Quayside (Figma); outside: Ironwood; vague: Juniper.
    const t = insights.feedbackThemes;
    expect(t.feedback).toBe(11);
    expect(t.vague).toBe(1);
    expect(t.themes.map((x) => [x.theme, x.count])).toEqual([
      ['interview_performance', 6],
      ['experience', 3],
      ['skill_gap', 1],
      ['outside_control', 1],
    ]);
    expect(t.controllable).toBe(9);
    expect(t.outside).toBe(1);
    expect(t.months.map((m) => [m.month, m.feedback])).toEqual([
      ['2025-12', 4],
      ['2026-01', 5],
      ['2026-02', 0],
      ['2026-03', 2],
    ]);
    expect(t.takeaway).toBe(
      'Interview performance comes up in 6 of 11 pieces of feedback, and it is something you can work on: book a mock interview with a candid friend and practise short, structured answers.',
    );
  });

  it('resume B leads to interviews more often than resume A: 12 of 15 against 5 of 9', () => {
    expect(insights.resumes.versions).toEqual([
      {
        version: 'A – generalist',
        applications: 9,
        interviews: 5,
        interviewRate: 0.56,
        rejections: 9,
        rejectionRate: 1,
      },
      {
        version: 'B – case studies first',
        applications: 15,
        interviews: 12,
        interviewRate: 0.8,
        rejections: 11,
        rejectionRate: 0.73,
      },
    ]);
    expect(insights.resumes.takeaway).toBe(
      'Resume “B – case studies first” leads to interviews more often: 12 of 15 (80%), against 5 of 9 (56%) for “A – generalist”; it may be worth sending it from now on.',
    );
  });

  it('referrals convert best: 4 of 4 against 6 of 11 through LinkedIn', () => {
    expect(
      insights.sources.sources.map((s) => [s.source, s.applications, s.screen, s.interviewRate]),
    ).toEqual([
      ['LinkedIn', 11, 6, 0.55],
      ['Company site', 5, 4, 0.8],
      ['Recruiter', 4, 3, 0.75],
      ['Referral', 4, 4, 1],
    ]);
    expect(insights.sources.takeaway).toBe(
      'Applications that came through a referral lead to interviews most often: 4 of 4 (100%), against 6 of 11 (55%) through LinkedIn; asking people you know for an introduction is worth the time.',
    );
  });

  it('the funnel narrows most after interviews: 14 interviews, 3 final rounds', () => {
    expect(
      insights.funnel.stages.map((s) => [s.stage, s.reached, s.fromPrevious, s.endedHere]),
    ).toEqual([
      ['applied', 24, null, 5],
      ['screen', 17, 0.71, 1],
      ['interview', 14, 0.82, 11],
      ['final', 3, 0.21, 3],
      ['offer', 0, 0, 0],
    ]);
    expect(insights.funnel.takeaway).toBe(
      'Of your 24 applications, 17 led to a first conversation and 14 to an interview; the most common place they stop is after an interview, before the final round (11).',
    );
  });

  it('about half of the feedback requests got an answer: 6 of 11', () => {
    // Thank-yous: 12 sent. Replies came after Tidewater, Juniper (vague), Harborview, Redwood,
    // Orchard and Quayside; Brightwater, Solstice, Fernhill, Saltmarsh and Ironwood had said their
    // piece with the news, before the note; Maple never replied. Ironwood's was not a request.
    expect(insights.responses.thankYou).toEqual({ sent: 12, replied: 6, rate: 0.5, specific: 5 });
    expect(insights.responses.feedbackRequest).toEqual({
      sent: 11,
      replied: 6,
      rate: 0.55,
      specific: 5,
    });
    expect(insights.responses.takeaway).toBe(
      '6 of your 11 feedback requests got an answer (55%), 5 with something specific: asking where you met the hiring manager is worth it, and silence is a normal answer too.',
    );
  });

  it('decisions take a median of 17 days, and three applications went quiet', () => {
    // Days from applying: 7, 11, 19, 18, 7, 25, 17, 18, 24, 17, 17, 16, 17, 28, 25, 30, 9.
    const d = insights.decisions;
    expect(d.decided).toBe(17);
    expect(d.medianDays).toBe(17);
    expect(d.byStage).toEqual([
      { stage: 'application', decided: 4, medianDays: 8 },
      { stage: 'screen', decided: 0, medianDays: null },
      { stage: 'interview', decided: 10, medianDays: 17.5 },
      { stage: 'final', decided: 3, medianDays: 25 },
    ]);
    expect(d.ghosted).toBe(3);
    expect(d.ghostedShare).toBe(0.15);
    expect(d.companies.map((c) => c.company)).toEqual([
      'Granite Payments',
      'Quillon Insurance',
      'Vantage Telecom',
    ]);
    expect(d.takeaway).toBe(
      'Decisions have taken a median of 17 days from applying; 3 applications went quiet instead (Granite Payments, Quillon Insurance and Vantage Telecom), which says more about their process than about you.',
    );
  });

  it('mood dips in weeks with a rejection and lifts in weeks with applications out', () => {
    // Weekly averages from the week of 10 Nov 2025 (the weeks of 9 Feb and 9 Mar have no check-in):
    //   with a rejection 3, 3.5, 2, 2, 2.5, 3.5, 2.5, 3, 4, 3.33, 3.75 -> 3.0; without 4, 2.5, 4, 4, 4 -> 3.7
    //   with applications (14 weeks) -> 3.3; without: the weeks of 15 Dec and 19 Jan, 2.5 each
    //   overall (16 weeks) 3.2
    const m = insights.mood;
    expect(m.checkIns).toBe(28);
    expect(m.weeks).toHaveLength(18);
    expect(m.weeks[0]).toEqual({
      week: '2025-11-10',
      mood: 4,
      checkIns: 1,
      applications: 2,
      rejections: 0,
    });
    expect([
      m.withRejections,
      m.withoutRejections,
      m.withApplications,
      m.withoutApplications,
      m.average,
    ]).toEqual([3, 3.7, 3.3, 2.5, 3.2]);
    expect(m.takeaway).toBe(
      'Your mood has been lower in weeks with a rejection (3.0 against 3.7) and higher in weeks you sent applications (3.3 against 2.5): rough weeks are normal, and keeping the search moving seems to help.',
    );
  });
});

describe('the weekly review of the demo', () => {
  it('tells the last seven days plainly, with what is due and one line on mood', async () => {
    const md = await app.useCases.weeklyReview(me);
    expect(md.startsWith('# Your week: 4–10 March 2026\n')).toBe(true);
    expect(md).toContain(
      '- 2 applications sent: Harbor & Co (Interaction Designer) and Lumen Studio (Senior Product Designer).\n',
    );
    expect(md).toContain('- 1 interview: Fieldstone (screening call).\n');
    expect(md).toContain(
      '- 2 rejections: Bluefin Analytics (at the application stage) and Northwind Health (after the final round).',
    );
    expect(md).toContain(
      '- Quayside Software: a skill gap (Figma prototyping and user research). Something you can work on.\n',
    );
    expect(md).toContain('  - “Tell me about a time you handled conflict in your team.”\n');
    expect(md).toContain('- Follow up with Ravi (Kestrel Bank), open since Sat 7 Mar.\n');
    expect(md).toContain('- Thank Priya (Northwind Health), by Thu 12 Mar.\n');
    // Check-ins on 4, 7 and 8 March: 4, 3, 4.
    expect(md).toContain('\n## Mood\nYou checked in 3 times; on average 3.7 out of 5.\n');
    expect(md).not.toMatch(/!|score|failed/i);
  });
});

describe('insights over HTTP', () => {
  it('GET /api/insights answers the same insights the CLI reads, as JSON', async () => {
    const { allowedHostsFor, createServer } = await import('../../src/server/index.js');
    const server = createServer({
      useCases: app.useCases,
      actor: me,
      token: null,
      allowedHosts: allowedHostsFor('127.0.0.1', 5178),
      staticDir: null,
      now: () => app.now(),
      log: () => undefined,
    });
    const res = await server.request('http://127.0.0.1:5178/api/insights');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Insights;
    expect(body).toEqual(JSON.parse(JSON.stringify(insights)));
    expect(body.rejectionStages.focus).toBe('first_interviews');
  });
});
