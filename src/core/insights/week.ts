// The weekly review, in Markdown: what happened in the last seven days, what was learned, what
// is due in the next seven, and a line on mood. Counted plainly; warm and brief.
import { sortIntoThemes } from '../feedback/themes.js';
import { addDays } from '../time.js';
import type {
  Draft,
  Application,
  Feedback,
  Interview,
  InterviewKind,
  IsoInstant,
  MoodCheckIn,
  PlanStep,
  Reflection,
  Rejection,
  Stage,
  StepKind,
} from '../types.js';
import { mean, round1 } from './data.js';
import { listOf, plural, THEME_LABEL } from './words.js';

export interface WeekItem {
  step: Pick<PlanStep, 'kind' | 'dueAt' | 'status' | 'snoozedUntil'> & { draft: Pick<Draft, 'toName'> | null };
  application: { company: string; role: string };
}

export interface WeekData {
  applications: readonly Application[];
  interviews: readonly Interview[];
  rejections: readonly Rejection[];
  feedback: readonly Feedback[];
  reflections: readonly Reflection[];
  moods: readonly MoodCheckIn[];
  /** Open plan steps due in the coming week, earlier ones still open included. */
  due: readonly WeekItem[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const parts = (day: string): { d: number; m: string; y: string } => {
  const [y = '', m = '1', d = '1'] = day.split('-');
  return { d: Number(d), m: MONTHS[Number(m) - 1] ?? '', y };
};

/** "4–10 March 2026", "26 February – 4 March 2026". */
function range(from: string, to: string): string {
  const a = parts(from);
  const b = parts(to);
  if (a.y !== b.y) return `${String(a.d)} ${a.m} ${a.y} – ${String(b.d)} ${b.m} ${b.y}`;
  if (a.m !== b.m) return `${String(a.d)} ${a.m} – ${String(b.d)} ${b.m} ${b.y}`;
  return `${String(a.d)}–${String(b.d)} ${b.m} ${b.y}`;
}

/** "Thu 12 Mar". */
function shortDay(iso: string): string {
  const day = iso.slice(0, 10);
  const { d, m } = parts(day);
  return `${WEEKDAYS[new Date(`${day}T12:00:00.000Z`).getUTCDay()] ?? ''} ${String(d)} ${m.slice(0, 3)}`;
}

const KIND: Record<InterviewKind, string> = {
  screen: 'screening call',
  technical: 'technical interview',
  behavioral: 'behavioural interview',
  hiring_manager: 'interview with the hiring manager',
  panel: 'panel interview',
  case: 'case interview',
  onsite: 'onsite',
  other: 'interview',
};

const AFTER: Record<Stage, string> = {
  application: 'at the application stage',
  screen: 'after a screening call',
  interview: 'after an interview',
  final: 'after the final round',
};

function stepTitle(item: WeekItem): string {
  const who = item.step.draft?.toName?.split(/\s+/)[0] ?? null;
  const titles: Record<StepKind, string> = {
    check_in: 'Check in with yourself',
    thank_you: who ? `Thank ${who}` : 'Send a thank-you note',
    feedback_request: who ? `Ask ${who} for feedback` : 'Ask for feedback',
    escalate: who ? `One short note to ${who}` : 'One short follow-up on the feedback',
    reflect: 'Reflect on how it went',
    action_plan: 'Turn what you learned into next steps',
    connect: who ? `Connect with ${who}` : 'Connect with the people you met',
    touch_base: who ? `Touch base with ${who}` : 'Touch base',
    follow_up: who ? `Follow up with ${who}` : 'Follow up on the silence',
    pipeline: 'Add a new lead or two',
    support: who ? `Talk to ${who}` : 'Talk to someone you trust',
  };
  return titles[item.step.kind];
}

function learnedFrom(f: Feedback, company: string): string {
  if (f.vague)
    return `${company}: a general reply, which is common; there is nothing in it to act on.`;
  const findings = sortIntoThemes(f.text);
  if (findings.length === 0)
    return `${company}: feedback saved; read it again when you plan your next step.`;
  const labels = [
    ...new Set(
      findings.map((x) =>
        x.theme === 'skill_gap' && x.skill ? `a skill gap (${x.skill})` : THEME_LABEL[x.theme],
      ),
    ),
  ];
  const yours = findings.some((x) => x.controllable);
  return `${company}: ${listOf(labels, 4)}. ${yours ? 'Something you can work on.' : 'Outside your control, so let it go.'}`;
}

export function weeklyReview(data: WeekData, now: IsoInstant): string {
  const from = addDays(now, -6).slice(0, 10);
  const to = now.slice(0, 10);
  const inWeek = (iso: string | null): boolean =>
    iso !== null && iso.slice(0, 10) >= from && iso.slice(0, 10) <= to;
  const company = new Map(data.applications.map((a) => [a.id, a.company]));
  const nameOf = (id: number): string => company.get(id) ?? 'An application';

  const happened: string[] = [];
  const sent = data.applications
    .filter((a) => a.status !== 'wishlist' && inWeek(a.appliedOn))
    .sort((a, b) => (a.appliedOn ?? '').localeCompare(b.appliedOn ?? '') || a.id - b.id);
  if (sent.length > 0)
    happened.push(
      `${plural(sent.length, 'application')} sent: ${listOf(
        sent.map((a) => `${a.company} (${a.role})`),
        5,
      )}.`,
    );
  const met = data.interviews.filter((i) => inWeek(i.at)).sort((a, b) => a.at.localeCompare(b.at));
  if (met.length > 0) {
    happened.push(
      `${plural(met.length, 'interview')}: ${listOf(
        met.map(
          (i) => `${nameOf(i.applicationId)} (${i.finalRound ? 'final round' : KIND[i.kind]})`,
        ),
        5,
      )}.`,
    );
  }
  const answers = data.rejections
    .filter((r) => inWeek(r.receivedAt))
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  const noes = answers.filter((r) => r.channel !== 'silence');
  const quiet = answers.filter((r) => r.channel === 'silence');
  if (noes.length > 0) {
    happened.push(
      `${plural(noes.length, 'rejection')}: ${listOf(
        noes.map((r) => `${nameOf(r.applicationId)} (${AFTER[r.stage]})`),
        5,
      )}. ${noes.length === 1 ? 'It is one decision' : 'Each is one decision'} about fit, not a verdict on you.`,
    );
  }
  if (quiet.length > 0) {
    happened.push(
      `${plural(quiet.length, 'application')} went quiet: ${listOf(
        quiet.map((r) => nameOf(r.applicationId)),
        5,
      )}. Silence says more about their process than about you.`,
    );
  }

  const learned: string[] = data.feedback
    .filter((f) => inWeek(f.receivedAt))
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
    .map((f) => learnedFrom(f, nameOf(f.applicationId)));
  const reflections = data.reflections.filter((r) => inWeek(r.createdAt));
  const questions = [
    ...new Set(
      reflections
        .flatMap((r) => r.pauseQuestions)
        .map((q) => q.trim())
        .filter((q) => q !== ''),
    ),
  ];
  if (reflections.length > 0) {
    learned.push(
      questions.length > 0
        ? `${plural(reflections.length, 'reflection')} written. Questions to prepare:\n${questions.map((q) => `  - “${q}”`).join('\n')}`
        : `${plural(reflections.length, 'reflection')} written.`,
    );
  }

  const open = [...data.due]
    .map((item) => ({
      item,
      when:
        item.step.status === 'snoozed'
          ? (item.step.snoozedUntil ?? item.step.dueAt)
          : item.step.dueAt,
    }))
    .filter(
      ({ item, when }) =>
        (item.step.status === 'pending' || item.step.status === 'snoozed') &&
        when <= addDays(now, 7),
    )
    .sort((a, b) => a.when.localeCompare(b.when));
  const shown = open.slice(0, 8).map(({ item, when }) => {
    const date = when.slice(0, 10) < to ? `open since ${shortDay(when)}` : `by ${shortDay(when)}`;
    return `${stepTitle(item)} (${item.application.company}), ${date}.`;
  });
  if (open.length > 8)
    shown.push(`And ${plural(open.length - 8, 'more step')}: rebound today shows them all.`);

  const moods = data.moods.filter((m) => inWeek(m.at));
  const avg = mean(moods.map((m) => m.score));
  const mood =
    avg === null
      ? null
      : `You checked in ${moods.length === 1 ? 'once' : `${String(moods.length)} times`}; on average ${round1(avg).toFixed(1)} out of 5.${moods.some((m) => m.score <= 2) ? ' Low days happen in a search; if one lingers, talk to someone you trust.' : ''}`;

  const bullets = (lines: readonly string[]): string[] => lines.map((l) => `- ${l}`);
  return [
    `# Your week: ${range(from, to)}`,
    '',
    '## What happened',
    ...(happened.length > 0
      ? bullets(happened)
      : ['- A quiet week: nothing new was logged. Rest is part of a search too.']),
    '',
    '## What you learned',
    ...(learned.length > 0
      ? bullets(learned)
      : [
          '- No new feedback or reflections this week. A few minutes of reflection after an interview is how patterns show up.',
        ]),
    '',
    '## Due in the next seven days',
    ...(shown.length > 0
      ? bullets(shown)
      : ['- Nothing is due. A good week to add a couple of new leads.']),
    ...(mood ? ['', '## Mood', mood] : []),
    '',
  ].join('\n');
}
