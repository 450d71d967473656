// rebound insights (what the search shows, read together) and rebound week (a short weekly
// review in Markdown).
import path from 'node:path';
import type { Command } from 'commander';
import { INSIGHT_SECTIONS, type Insights } from '../../core/insights/index.js';
import type { Stage } from '../../core/types.js';
import { writeFileSafely } from '../args.js';
import type { CommandContext } from '../main.js';
import type { Style } from '../output.js';

const pct = (r: number | null): string => (r === null ? '—' : `${String(Math.round(r * 100))}%`);
const bar = (n: number, max: number): string =>
  max === 0 || n === 0 ? '' : '█'.repeat(Math.max(1, Math.round((n / max) * 20)));
const pad = (s: string, n: number): string => s.padEnd(n);
const num = (n: number, width = 3): string => String(n).padStart(width);
const many = (n: number, one: string, more = `${one}s`): string =>
  `${String(n)} ${n === 1 ? one : more}`;

const STAGE_ROW: Record<Stage, string> = {
  application: 'before an interview',
  screen: 'after a screening call',
  interview: 'after an interview',
  final: 'at the final round',
};

const THEME_ROW: Record<string, string> = {
  skill_gap: 'skill gap',
  experience: 'experience level',
  interview_performance: 'interview performance',
  culture_fit: 'culture fit',
  portfolio_resume: 'resume or portfolio',
  overqualified: 'more senior than the role',
  outside_control: 'outside your control',
  unknown: 'no clear theme',
};

type Key = (typeof INSIGHT_SECTIONS)[number]['key'];

function rows(i: Insights, key: Key): string[] {
  switch (key) {
    case 'rejectionStages': {
      const max = Math.max(...i.rejectionStages.stages.map((s) => s.count));
      return i.rejectionStages.stages.map(
        (s) => `${pad(STAGE_ROW[s.stage], 24)}${num(s.count)}  ${bar(s.count, max)}`,
      );
    }
    case 'feedbackThemes': {
      const t = i.feedbackThemes;
      const max = Math.max(0, ...t.themes.map((x) => x.count));
      return [
        ...t.themes.map(
          (x) =>
            `${pad(THEME_ROW[x.theme] ?? x.theme, 24)}${num(x.count)}  ${pad(bar(x.count, max), 21)}${x.controllable ? 'yours to work on' : x.theme === 'unknown' ? '' : 'not yours to change'}${x.skills.length > 0 ? ` (${x.skills.join('; ')})` : ''}`,
        ),
        ...(t.feedback > 0
          ? [
              `${many(t.feedback, 'piece')} of feedback${t.vague > 0 ? `, ${String(t.vague)} of them a general reply` : ''}.`,
            ]
          : []),
      ];
    }
    case 'funnel':
      return i.funnel.stages.map(
        (s, n) =>
          `${pad(s.stage, 12)}${num(s.reached)}${n === 0 ? '' : `  ${pct(s.fromPrevious).padStart(4)} of the stage before`}`,
      );
    case 'sources':
      return i.sources.sources.map(
        (s) =>
          `${pad(s.source, 24)}${num(s.applications)} ${s.applications === 1 ? 'application ' : 'applications'}  ${String(s.screen)} led to an interview (${pct(s.interviewRate)})`,
      );
    case 'resumes':
      return i.resumes.versions.map(
        (v) =>
          `${pad(v.version, 24)}${num(v.applications)} ${v.applications === 1 ? 'application ' : 'applications'}  ${String(v.interviews)} led to an interview (${pct(v.interviewRate)}), ${String(v.rejections)} ended in a no (${pct(v.rejectionRate)})`,
      );
    case 'responses': {
      const r = i.responses;
      const line = (label: string, x: typeof r.thankYou): string =>
        `${pad(label, 24)}${num(x.sent)} sent  ${many(x.replied, 'reply', 'replies')} (${pct(x.rate)}), ${String(x.specific)} specific`;
      return [line('Thank-you notes', r.thankYou), line('Feedback requests', r.feedbackRequest)];
    }
    case 'decisions': {
      const d = i.decisions;
      const stages = d.byStage
        .filter((s) => s.medianDays !== null)
        .map((s) => `${STAGE_ROW[s.stage]} ${String(s.medianDays)}`);
      return [
        ...(d.medianDays === null
          ? []
          : [
              `Median days from applying to an answer: ${String(d.medianDays)}${stages.length > 0 ? ` (${stages.join(', ')})` : ''}`,
            ]),
        ...(d.companies.length > 0
          ? [
              `Went quiet: ${d.companies.map((c) => (c.applications > 1 ? `${c.company} (${String(c.ghosted)} of ${String(c.applications)})` : c.company)).join(', ')}`,
            ]
          : []),
      ];
    }
    case 'mood': {
      const weeks = i.mood.weeks.slice(-8);
      return [
        ...weeks.map(
          (w) =>
            `week of ${w.week}  ${w.mood === null ? 'no check-in' : `mood ${w.mood.toFixed(1)}   `}  ${many(w.applications, 'application')}, ${many(w.rejections, 'rejection')}`,
        ),
        ...(i.mood.weeks.length > weeks.length ? ['(the last 8 weeks; --json has them all)'] : []),
      ];
    }
  }
}

export function formatInsights(i: Insights, s: Style): string {
  const out = [
    s.dim(
      `Your search, read together (as of ${i.now.slice(0, 10)}). Your data stays on this computer.`,
    ),
  ];
  for (const { key, title } of INSIGHT_SECTIONS) {
    out.push('', s.bold(title), `  ${i[key].takeaway}`);
    if (i[key].enoughData) out.push(...rows(i, key).map((r) => s.dim(`  ${r}`)));
  }
  return out.join('\n');
}

export function registerInsightsCommands(program: Command, ctx: CommandContext): void {
  program
    .command('insights')
    .description(
      'what your search shows, read together: where things stop, what feedback says, what works',
    )
    .action(async () => {
      const app = await ctx.app();
      const insights = await app.useCases.insights(ctx.actor);
      const out = ctx.out();
      out.result(insights, () => formatInsights(insights, out.style));
    });

  program
    .command('week')
    .description('a short weekly review in Markdown: what happened, what you learned, what is due')
    .option('--out <file>', 'write the review to a file instead of printing it')
    .action(async (o: { out?: string }) => {
      const app = await ctx.app();
      const markdown = await app.useCases.weeklyReview(ctx.actor);
      const out = ctx.out();
      if (o.out) {
        const file = path.resolve(o.out);
        writeFileSafely(file, markdown);
        out.result({ file }, () => `Saved your weekly review to ${file}.`);
      } else if (out.json) {
        out.result({ markdown }, () => markdown);
      } else {
        ctx.write(markdown);
      }
    });
}
