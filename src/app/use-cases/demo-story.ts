// The demo search, as data: Alex Rivera, a product designer, over about four months. Written
// for the project. Days are counted back from "now" so the story always ends today.
//
// The story it tells, and that `rebound insights` should read back: twenty rejections, most of
// them after first interviews, with interview performance the feedback theme that keeps coming
// up; a second resume version (B, case studies first) that leads to interviews more often than
// the first (A); referrals that convert best; a few applications that simply went quiet; and a
// mood that dips in weeks with a rejection and lifts in weeks with applications out.
import type {
  ContactKind,
  InterviewKind,
  InterviewMode,
  RejectionChannel,
  StepKind,
} from '../../core/types.js';

export interface DemoPerson {
  key: string;
  name: string;
  kind: ContactKind;
  title?: string;
  email?: string;
}

export interface DemoInterview {
  ago: number;
  hour?: number;
  kind: InterviewKind;
  mode: InterviewMode;
  with?: string[];
  final?: boolean;
  questions?: Array<{ text: string; rating: number | null }>;
}

export interface DemoRejection {
  ago: number;
  hour?: number;
  channel?: RejectionChannel;
  /** The message as received, headers first. */
  email?: string;
}

export interface DemoApplication {
  company: string;
  role: string;
  source: string;
  resume: keyof typeof RESUMES;
  applied: number;
  valued?: string;
  people?: DemoPerson[];
  interviews?: DemoInterview[];
  rejection?: DemoRejection;
  feedback?: Array<{ ago: number; hour?: number; from?: string; text: string }>;
  /** The day the thank-you went out (carrying the feedback question when the plan folds it in). */
  thanked?: number;
  reflection?: {
    ago: number;
    wentWell?: string;
    wentBadly?: string;
    pauseQuestions?: string[];
    inControl?: string;
    outOfControl?: string;
    requirementsMatch?: 'yes' | 'partly' | 'no';
    missingQualifications?: string[];
  };
  /** Steps of a recent plan already done (older plans are caught up week by week). */
  done?: { ago: number; kinds: StepKind[] };
}

export const RESUMES = { A: 'A – generalist', B: 'B – case studies first' } as const;

const mail = (from: string, subject: string, body: string): string =>
  `From: ${from}\nSubject: ${subject}\n\n${body}\n`;

const automated = (company: string, domain: string, role: string): string =>
  mail(
    `${company} Careers <no-reply@${domain}>`,
    `Your application to ${company}`,
    `Hello,\n\nThank you for applying for the ${role} position. We have reviewed your application and will not be taking it further at this time.\n\nThis is an automated message; replies to this address are not read.\n\n${company} Talent Team`,
  );

export const DEMO_APPLICATIONS: readonly DemoApplication[] = [
  // ---- Resume A: a generalist resume, weeks 1 to 4 ----
  {
    company: 'Copperline Software',
    role: 'Product Designer',
    source: 'LinkedIn',
    resume: 'A',
    applied: 118,
    rejection: {
      ago: 111,
      email: automated('Copperline Software', 'copperline.example', 'Product Designer'),
    },
  },
  {
    company: 'Meridian Travel',
    role: 'UX Designer',
    source: 'LinkedIn',
    resume: 'A',
    applied: 115,
    rejection: {
      ago: 104,
      email: automated('Meridian Travel', 'meridiantravel.example', 'UX Designer'),
    },
  },
  {
    company: 'Tidewater Energy',
    role: 'Product Designer',
    source: 'Company site',
    resume: 'A',
    applied: 113,
    valued: 'how openly the team shared its research with the whole company',
    people: [
      {
        key: 'nora',
        name: 'Nora Lindqvist',
        kind: 'recruiter',
        email: 'nora.lindqvist@tidewater.example',
      },
      { key: 'owen', name: 'Owen Hale', kind: 'hiring_manager', title: 'Design Manager' },
    ],
    interviews: [
      { ago: 106, kind: 'screen', mode: 'phone', with: ['nora'] },
      {
        ago: 99,
        kind: 'hiring_manager',
        mode: 'video',
        with: ['owen'],
        questions: [{ text: 'How did you measure the impact of your last project?', rating: 2 }],
      },
    ],
    rejection: {
      ago: 94,
      email: mail(
        'Nora Lindqvist <nora.lindqvist@tidewater.example>',
        'Product Designer at Tidewater',
        'Hi Alex,\n\nThank you for meeting Owen last week. We have decided to continue with other candidates for this role.\n\nKind regards,\nNora',
      ),
    },
    thanked: 93,
    feedback: [
      {
        ago: 88,
        from: 'owen',
        text: 'Thank you for your time. You seemed a little unprepared for the questions about measuring the impact of your work, and more concrete examples would have helped.',
      },
    ],
    reflection: {
      ago: 92,
      wentWell: 'The portfolio walkthrough.',
      wentBadly: 'I had no numbers ready when Owen asked about impact.',
      pauseQuestions: ['How did you measure the impact of your last project?'],
      requirementsMatch: 'yes',
    },
  },
  {
    company: 'Quillon Insurance',
    role: 'UX Designer',
    source: 'LinkedIn',
    resume: 'A',
    applied: 111,
    // No answer at all: after a month Alex records it as silence.
    rejection: { ago: 78, channel: 'silence' },
  },
  {
    company: 'Brightwater Media',
    role: 'Product Designer',
    source: 'Recruiter',
    resume: 'A',
    applied: 109,
    people: [
      {
        key: 'jade',
        name: 'Jade Morris',
        kind: 'agency_recruiter',
        email: 'jade@talentbridge.example',
      },
      { key: 'leo', name: 'Leo Park', kind: 'interviewer', title: 'Senior Designer' },
    ],
    interviews: [
      { ago: 102, kind: 'screen', mode: 'video', with: ['leo'] },
      { ago: 95, kind: 'technical', mode: 'video', with: ['leo'] },
    ],
    rejection: { ago: 91, channel: 'call' },
    feedback: [
      {
        ago: 91,
        hour: 12,
        from: 'jade',
        text: 'The team liked your visual work. Their main note was that your answers ran long and the story of each project got lost; a tighter structure would help.',
      },
    ],
    thanked: 90,
  },
  {
    company: 'Pinecrest Labs',
    role: 'Senior Product Designer',
    source: 'Recruiter',
    resume: 'A',
    applied: 104,
    rejection: {
      ago: 97,
      email: automated('Pinecrest Labs', 'pinecrest.example', 'Senior Product Designer'),
    },
  },
  {
    company: 'Solstice Health',
    role: 'Product Designer',
    source: 'Referral',
    resume: 'A',
    applied: 100,
    valued: 'the care the team takes over accessibility',
    people: [
      { key: 'ben', name: 'Ben Ortiz', kind: 'recruiter', email: 'ben.ortiz@solstice.example' },
      {
        key: 'marcus',
        name: 'Marcus Webb',
        kind: 'hiring_manager',
        title: 'Head of Product Design',
        email: 'marcus.webb@solstice.example',
      },
      { key: 'ivy', name: 'Ivy Chen', kind: 'interviewer', title: 'Product Designer' },
    ],
    interviews: [
      { ago: 94, hour: 16, kind: 'screen', mode: 'phone', with: ['ben'] },
      { ago: 87, kind: 'hiring_manager', mode: 'video', with: ['marcus'] },
      { ago: 79, kind: 'onsite', mode: 'in_person', with: ['marcus', 'ivy'], final: true },
    ],
    rejection: { ago: 75, hour: 11, channel: 'call' },
    feedback: [
      {
        ago: 75,
        hour: 12,
        from: 'marcus',
        text: 'We chose a candidate with more experience in healthcare products.',
      },
    ],
    thanked: 74,
  },
  {
    company: 'Granite Payments',
    role: 'Product Designer',
    source: 'LinkedIn',
    resume: 'A',
    applied: 96,
    people: [
      { key: 'tess', name: 'Tess Moreau', kind: 'recruiter', email: 'tess@granitepay.example' },
    ],
    // One screening call, then silence: the plan suggests a follow-up, and later calls it ghosted.
    interviews: [{ ago: 89, kind: 'screen', mode: 'phone', with: ['tess'] }],
  },
  {
    company: 'Juniper Learning',
    role: 'Product Designer',
    source: 'Company site',
    resume: 'A',
    applied: 92,
    people: [
      {
        key: 'rosa',
        name: 'Rosa Jimenez',
        kind: 'hiring_manager',
        title: 'Product Lead',
        email: 'rosa@juniperlearning.example',
      },
    ],
    interviews: [
      { ago: 86, kind: 'screen', mode: 'phone' },
      { ago: 80, kind: 'hiring_manager', mode: 'video', with: ['rosa'] },
    ],
    rejection: {
      ago: 75,
      hour: 10,
      email: mail(
        'Rosa Jimenez <rosa@juniperlearning.example>',
        'Your interview with Juniper',
        'Hi Alex,\n\nThanks for talking with us. We have decided not to move forward, and I wanted to let you know myself.\n\nAll the best,\nRosa',
      ),
    },
    thanked: 74,
    feedback: [
      {
        ago: 69,
        from: 'rosa',
        text: 'We decided to move forward with candidates whose experience more closely matches our needs.',
      },
    ],
  },

  // ---- Resume B: rewritten around three case studies, from week 7 ----
  {
    company: 'Harborview Bank',
    role: 'Product Designer',
    source: 'LinkedIn',
    resume: 'B',
    applied: 76,
    people: [
      {
        key: 'gwen',
        name: 'Gwen Adler',
        kind: 'hiring_manager',
        title: 'Design Director',
        email: 'gwen.adler@harborview.example',
      },
    ],
    interviews: [
      { ago: 70, kind: 'screen', mode: 'phone' },
      {
        ago: 63,
        kind: 'hiring_manager',
        mode: 'video',
        with: ['gwen'],
        questions: [
          { text: 'Walk me through a trade-off between user needs and business goals.', rating: 2 },
        ],
      },
    ],
    rejection: {
      ago: 58,
      email: mail(
        'Gwen Adler <gwen.adler@harborview.example>',
        'Product Designer role',
        'Dear Alex,\n\nThank you for your time with the team. We will not be moving ahead with your application.\n\nBest wishes,\nGwen Adler',
      ),
    },
    thanked: 57,
    feedback: [
      {
        ago: 53,
        from: 'gwen',
        text: "You didn't answer the question about trade-offs directly, and some examples were hard to follow. Structuring answers with the STAR method would help.",
      },
    ],
    reflection: {
      ago: 56,
      wentBadly: 'I circled around the trade-off question instead of answering it.',
      pauseQuestions: ['Walk me through a trade-off between user needs and business goals.'],
      inControl: 'How I structure my answers.',
      requirementsMatch: 'yes',
    },
  },
  {
    company: 'Fernhill Studio',
    role: 'Senior UX Designer',
    source: 'Referral',
    resume: 'B',
    applied: 73,
    people: [
      {
        key: 'hugo',
        name: 'Hugo Lindgren',
        kind: 'hiring_manager',
        title: 'Creative Director',
        email: 'hugo@fernhill.example',
      },
      { key: 'maya', name: 'Maya Brooks', kind: 'interviewer', title: 'Lead Designer' },
    ],
    interviews: [
      { ago: 67, kind: 'screen', mode: 'phone' },
      { ago: 61, kind: 'hiring_manager', mode: 'video', with: ['hugo'] },
      { ago: 53, kind: 'onsite', mode: 'in_person', with: ['hugo', 'maya'], final: true },
    ],
    rejection: { ago: 49, channel: 'call' },
    feedback: [
      {
        ago: 49,
        hour: 12,
        from: 'hugo',
        text: 'It was very close. We went with someone with more experience leading design systems across several products.',
      },
    ],
    thanked: 48,
  },
  {
    company: 'Redwood Civic',
    role: 'Product Designer',
    source: 'LinkedIn',
    resume: 'B',
    applied: 67,
    people: [
      {
        key: 'dev',
        name: 'Dev Sharma',
        kind: 'hiring_manager',
        title: 'Service Design Lead',
        email: 'dev.sharma@redwoodcivic.example',
      },
    ],
    interviews: [
      { ago: 61, hour: 10, kind: 'screen', mode: 'phone' },
      { ago: 54, kind: 'behavioral', mode: 'video', with: ['dev'] },
    ],
    rejection: {
      ago: 50,
      email: mail(
        'Dev Sharma <dev.sharma@redwoodcivic.example>',
        'Product Designer, Redwood Civic',
        'Hello Alex,\n\nThank you for interviewing with us. After a lot of discussion we have offered the role to another candidate.\n\nWarmly,\nDev',
      ),
    },
    thanked: 49,
    feedback: [
      {
        ago: 46,
        from: 'dev',
        text: 'You came across as nervous in the portfolio deep-dive, and a little unprepared for questions about research.',
      },
    ],
    reflection: {
      ago: 48,
      wentWell: 'The case study on the permit form redesign.',
      wentBadly: 'Nerves in the deep-dive; I lost my place twice.',
      pauseQuestions: ['How would you research a service used mostly by older residents?'],
      requirementsMatch: 'yes',
    },
  },
  {
    company: 'Vantage Telecom',
    role: 'UX Designer',
    source: 'LinkedIn',
    resume: 'B',
    applied: 63,
    people: [
      {
        key: 'lena',
        name: 'Lena Fischer',
        kind: 'recruiter',
        email: 'lena.fischer@vantage.example',
      },
      { key: 'sami', name: 'Sami Haddad', kind: 'interviewer', title: 'UX Lead' },
    ],
    // Two interviews, then silence until the plan calls it ghosted.
    interviews: [
      { ago: 58, kind: 'screen', mode: 'phone', with: ['lena'] },
      { ago: 51, kind: 'technical', mode: 'video', with: ['sami'] },
    ],
  },
  {
    company: 'Saltmarsh Games',
    role: 'Product Designer',
    source: 'Company site',
    resume: 'B',
    applied: 59,
    people: [
      {
        key: 'iris',
        name: 'Iris Novak',
        kind: 'hiring_manager',
        title: 'Art and UX Director',
        email: 'iris@saltmarsh.example',
      },
    ],
    interviews: [
      { ago: 53, hour: 16, kind: 'screen', mode: 'phone' },
      { ago: 46, kind: 'panel', mode: 'video', with: ['iris'] },
    ],
    rejection: {
      ago: 42,
      email: mail(
        'Iris Novak <iris@saltmarsh.example>',
        'Saltmarsh Games: Product Designer',
        'Hi Alex,\n\nThanks for meeting the panel. We have decided to go with another candidate.\n\nIris',
      ),
    },
    feedback: [
      {
        ago: 42,
        hour: 12,
        from: 'iris',
        text: 'The panel felt some answers were unfocused; specific examples of how you measured outcomes would have helped.',
      },
    ],
    thanked: 41,
  },
  {
    company: 'Ironwood Retail',
    role: 'UX Designer',
    source: 'Recruiter',
    resume: 'B',
    applied: 56,
    people: [
      {
        key: 'beth',
        name: 'Beth Cole',
        kind: 'hr',
        title: 'People Partner',
        email: 'beth.cole@ironwood.example',
      },
    ],
    interviews: [
      { ago: 50, hour: 10, kind: 'screen', mode: 'phone', with: ['beth'] },
      { ago: 44, kind: 'behavioral', mode: 'video', with: ['beth'] },
    ],
    rejection: {
      ago: 40,
      email: mail(
        'Beth Cole <beth.cole@ironwood.example>',
        'UX Designer at Ironwood',
        'Dear Alex,\n\nThank you for your interest in Ironwood. We have decided to fill the role internally, so we are closing the search.\n\nBest regards,\nBeth Cole',
      ),
    },
    feedback: [
      { ago: 40, hour: 12, from: 'beth', text: 'We have decided to fill the role internally.' },
    ],
    thanked: 39,
  },
  {
    company: 'Maple Finance',
    role: 'Product Designer',
    source: 'LinkedIn',
    resume: 'B',
    applied: 51,
    people: [
      {
        key: 'chloe',
        name: 'Chloe Martin',
        kind: 'hiring_manager',
        title: 'Head of Design',
        email: 'chloe.martin@maplefinance.example',
      },
    ],
    interviews: [
      { ago: 45, kind: 'screen', mode: 'phone' },
      { ago: 39, kind: 'hiring_manager', mode: 'video', with: ['chloe'] },
    ],
    rejection: {
      ago: 34,
      email: mail(
        'Chloe Martin <chloe.martin@maplefinance.example>',
        'Maple Finance',
        'Hi Alex,\n\nThank you for the conversation last week. We have chosen to proceed with another candidate.\n\nChloe',
      ),
    },
    thanked: 33,
  },
  {
    company: 'Orchard Labs',
    role: 'Design Lead',
    source: 'Company site',
    resume: 'B',
    applied: 40,
    people: [
      { key: 'mei', name: 'Mei Tanaka', kind: 'hiring_manager', email: 'mei@orchardlabs.example' },
    ],
    interviews: [{ ago: 20, hour: 16, kind: 'hiring_manager', mode: 'video', with: ['mei'] }],
    rejection: { ago: 12, channel: 'call' },
    thanked: 11,
    feedback: [
      {
        ago: 9,
        from: 'mei',
        text: 'We went with someone who had more experience with design systems at scale. Your portfolio case studies were strong, but your answers ran long when we asked about leading a team.',
      },
    ],
    reflection: {
      ago: 5,
      wentWell: 'The portfolio walkthrough landed well.',
      wentBadly: 'I rambled when asked about managing conflict in a team.',
      pauseQuestions: ['Tell me about a time you handled conflict in your team.'],
      requirementsMatch: 'partly',
      missingQualifications: ['Design systems at scale'],
    },
    done: { ago: 8, kinds: ['connect', 'pipeline', 'support'] },
  },
  {
    company: 'Quayside Software',
    role: 'Product Designer',
    source: 'LinkedIn',
    resume: 'B',
    applied: 35,
    people: [
      {
        key: 'felix',
        name: 'Felix Braun',
        kind: 'hiring_manager',
        title: 'VP Product',
        email: 'felix.braun@quayside.example',
      },
    ],
    interviews: [
      { ago: 28, kind: 'screen', mode: 'phone' },
      { ago: 21, hour: 11, kind: 'hiring_manager', mode: 'video', with: ['felix'] },
    ],
    rejection: {
      ago: 10,
      email: mail(
        'Felix Braun <felix.braun@quayside.example>',
        'Quayside: Product Designer',
        'Hi Alex,\n\nThank you for your patience while we decided. We will not be offering you the role this time.\n\nRegards,\nFelix',
      ),
    },
    thanked: 9,
    feedback: [
      {
        ago: 3,
        from: 'felix',
        text: "Thanks for your time. We felt you'd need more hands-on experience with Figma prototyping and user research for this role.",
      },
    ],
    reflection: {
      ago: 8,
      wentWell: 'Good rapport with Felix.',
      wentBadly: 'Thin on prototyping examples.',
      requirementsMatch: 'partly',
    },
    done: { ago: 6, kinds: ['connect', 'pipeline', 'support'] },
  },
  {
    company: 'Northwind Health',
    role: 'Senior UX Designer',
    source: 'Referral',
    resume: 'B',
    applied: 30,
    valued: 'how the team tests every flow with real patients',
    people: [
      {
        key: 'dana',
        name: 'Dana Okafor',
        kind: 'hiring_manager',
        title: 'Head of Design',
        email: 'dana.okafor@northwindhealth.example',
      },
      { key: 'tom', name: 'Tom Berg', kind: 'interviewer', title: 'Staff Designer' },
    ],
    interviews: [
      { ago: 21, hour: 15, kind: 'hiring_manager', mode: 'video', with: ['dana'] },
      {
        ago: 8,
        hour: 13,
        kind: 'onsite',
        mode: 'in_person',
        with: ['dana', 'tom'],
        final: true,
        questions: [
          { text: 'Tell us about a design decision you reversed after research.', rating: 4 },
          { text: 'How would you measure the success of a patient onboarding flow?', rating: 2 },
        ],
      },
    ],
    // Today, a couple of hours ago (the hour is set when the demo loads).
    rejection: {
      ago: 0,
      email: mail(
        'Priya Shah <priya.shah@northwindhealth.example>',
        'Your application for Senior UX Designer',
        "Hi Alex,\n\nThank you for spending so much time with us over the last few weeks, and for the care you put into the final presentation.\n\nI'm sorry to say that we have decided to move ahead with another candidate for the Senior UX Designer role. It was a close decision and the panel enjoyed meeting you.\n\nBest regards,\nPriya Shah\nTalent Partner, Northwind Health",
      ),
    },
  },
  {
    company: 'Kestrel Bank',
    role: 'UX Researcher',
    source: 'Recruiter',
    resume: 'B',
    applied: 18,
    people: [
      { key: 'ravi', name: 'Ravi Menon', kind: 'recruiter', email: 'ravi.menon@kestrel.example' },
    ],
    // A screening call, then silence: the follow-up is due now.
    interviews: [{ ago: 13, kind: 'screen', mode: 'phone', with: ['ravi'] }],
  },
  {
    company: 'Fieldstone',
    role: 'UX Designer',
    source: 'Referral',
    resume: 'B',
    applied: 15,
    people: [
      { key: 'zoe', name: 'Zoe Grant', kind: 'recruiter', email: 'zoe.grant@fieldstone.example' },
    ],
    interviews: [{ ago: 2, kind: 'screen', mode: 'phone', with: ['zoe'] }],
  },
  {
    company: 'Bluefin Analytics',
    role: 'Product Designer',
    source: 'LinkedIn',
    resume: 'B',
    applied: 12,
    rejection: {
      ago: 3,
      hour: 9,
      email: mail(
        'Bluefin Analytics <no-reply@bluefin.example>',
        'Update on your application',
        'Dear candidate,\n\nThank you for your interest in Bluefin Analytics. After reviewing your application for Product Designer, we will not be moving forward at this time.\n\nThis mailbox is not monitored; please do not reply.\n\nBluefin Analytics Recruiting',
      ),
    },
    done: { ago: 2, kinds: ['support'] },
  },
  {
    company: 'Harbor & Co',
    role: 'Interaction Designer',
    source: 'LinkedIn',
    resume: 'B',
    applied: 6,
  },
  {
    company: 'Lumen Studio',
    role: 'Senior Product Designer',
    source: 'Company site',
    resume: 'B',
    applied: 4,
  },
];

/** Mood check-ins, 1 (rough) to 5 (good): days ago, hour (UTC), score, note. */
export const DEMO_MOODS: ReadonlyArray<readonly [number, number, number, string?]> = [
  [117, 20, 4, 'Sent my first applications. Good to be moving.'],
  [111, 13, 3, 'An automated no. Expected, and it still stings a little.'],
  [104, 14, 3],
  [100, 19, 4, "Ana's referral to Solstice came through."],
  [94, 15, 2, 'I thought that interview went well. Disappointed.'],
  [91, 13, 2],
  [84, 19, 3],
  [80, 19, 2, 'Hard to get going this week.'],
  [75, 16, 2, 'Two answers in one day, both no. Talked it through with Sam.'],
  [72, 19, 3, 'Rewrote my resume around three case studies.'],
  [67, 19, 4, 'New resume is out, and applications are going again.'],
  [63, 19, 4],
  [58, 14, 3],
  [55, 19, 4],
  [50, 14, 2],
  [49, 15, 3, 'A close one. They said so, and I believe them.'],
  [42, 14, 3],
  [40, 14, 3, 'Internal candidate. Nothing I could have changed.'],
  [35, 19, 4],
  [30, 19, 4],
  [21, 19, 4, 'The Northwind interview went well.'],
  [15, 19, 4],
  [12, 14, 3],
  [10, 14, 3],
  [8, 19, 4, 'Onsite at Northwind. I gave it my best.'],
  [6, 19, 4],
  [3, 12, 3],
  [2, 19, 4],
];
