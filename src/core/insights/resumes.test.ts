import { describe, expect, it } from 'vitest';
import { applicationFacts } from './data.js';
import { resumesSection } from './resumes.js';
import { application, data, interview, rejection } from './test-data.js';

const A = 'A – generalist';
const B = 'B – case studies first';

describe('resumesSection', () => {
  //   A (first used 5 Jan): 1 interview (app 1), 3 rejections (apps 1-3), app 4 open
  //   B (first used 1 Feb): 3 interviews (apps 5-7), 1 rejection (app 5), apps 6-8 open
  //   Portfolio only (20 Jan): one open application
  //   app 10 has no version and is left out
  const resumes = data({
    applications: [
      application(1, { resumeVersion: A, appliedOn: '2026-01-05', status: 'rejected' }),
      application(2, { resumeVersion: A, appliedOn: '2026-01-06', status: 'rejected' }),
      application(3, { resumeVersion: A, appliedOn: '2026-01-07', status: 'rejected' }),
      application(4, { resumeVersion: A, appliedOn: '2026-01-08' }),
      application(5, { resumeVersion: B, appliedOn: '2026-02-01', status: 'rejected' }),
      application(6, { resumeVersion: B, appliedOn: '2026-02-02', status: 'interviewing' }),
      application(7, { resumeVersion: B, appliedOn: '2026-02-03', status: 'interviewing' }),
      application(8, { resumeVersion: B, appliedOn: '2026-02-04' }),
      application(9, { resumeVersion: 'Portfolio only', appliedOn: '2026-01-20' }),
      application(10, { appliedOn: '2026-01-21' }),
    ],
    interviews: [interview(1), interview(5), interview(6, { kind: 'technical' }), interview(7)],
    rejections: [
      rejection(1, { stage: 'screen' }),
      rejection(2),
      rejection(3),
      rejection(5, { stage: 'screen' }),
    ],
  });

  it('counts applications, interviews and rejections per version, in the order the versions were first used', () => {
    expect(resumesSection(applicationFacts(resumes)).versions).toEqual([
      {
        version: A,
        applications: 4,
        interviews: 1,
        interviewRate: 0.25,
        rejections: 3,
        rejectionRate: 0.75,
      },
      {
        version: 'Portfolio only',
        applications: 1,
        interviews: 0,
        interviewRate: 0,
        rejections: 0,
        rejectionRate: 0,
      },
      {
        version: B,
        applications: 4,
        interviews: 3,
        interviewRate: 0.75,
        rejections: 1,
        rejectionRate: 0.25,
      },
    ]);
  });

  it('names the version that leads to interviews more often, among versions with three applications or more', () => {
    const r = resumesSection(applicationFacts(resumes));
    expect(r.enoughData).toBe(true);
    expect(r.takeaway).toBe(
      'Resume “B – case studies first” leads to interviews more often: 3 of 4 (75%), against 1 of 4 (25%) for “A – generalist”; it may be worth sending it from now on.',
    );
  });

  it('says versions are alike within 15 points, and waits for three applications per version', () => {
    const alike = data({
      applications: [1, 2, 3, 4]
        .map((id) => application(id, { resumeVersion: A }))
        .concat([5, 6, 7, 8, 9].map((id) => application(id, { resumeVersion: B }))),
      interviews: [interview(1), interview(2), interview(5), interview(6)],
    });
    // A: 2 of 4 (50%); B: 2 of 5 (40%).
    expect(resumesSection(applicationFacts(alike)).takeaway).toBe(
      'Your resume versions lead to interviews at similar rates (50% and 40%), so neither stands out yet.',
    );
    const few = resumesSection(
      applicationFacts(
        data({
          applications: [
            application(1, { resumeVersion: A }),
            application(2, { resumeVersion: B }),
          ],
        }),
      ),
    );
    expect(few.enoughData).toBe(false);
    expect(few.takeaway).toBe(
      'Too early to compare resume versions: each needs 3 applications before its numbers mean much.',
    );
    expect(resumesSection(applicationFacts(data({ applications: [application(1)] })))).toEqual({
      takeaway:
        'Note which resume you send with each application to see which one opens more doors.',
      enoughData: false,
      versions: [],
    });
  });
});
