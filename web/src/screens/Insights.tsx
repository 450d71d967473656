// Insights: what the whole search says, chart by chart. Each chart shows its one-sentence takeaway
// first (written by the insights use case, which knows what the numbers point at), then the
// picture, then its numbers as a table.
import type { ReactNode } from 'react';
import { api } from '../api';
import {
  BarChart,
  ColumnChart,
  DataTable,
  Legend,
  MoodActivityChart,
  StackedBar,
  pct,
  type BarRow,
} from '../components/charts';
import { Icon } from '../components/Icon';
import { EmptyState, ErrorLine, Link, Loading, PageHeader } from '../components/ui';
import { plural } from '../format';
import { useAsync, useTitle } from '../hooks';
import type {
  DecisionsSection,
  FunnelSection,
  Insights,
  MoodSection,
  RejectionStagesSection,
  ResponsesSection,
  ResumesSection,
  SourcesSection,
  Stage,
  Theme,
  ThemesSection,
} from '../types';
import './insights.css';

type SectionKey = Exclude<keyof Insights, 'now'>;

/** Reading order: where things stop and why first, then how far things get, then the rest. */
const SECTIONS: { key: SectionKey; title: string }[] = [
  { key: 'rejectionStages', title: 'Where rejections happen' },
  { key: 'feedbackThemes', title: 'What feedback says' },
  { key: 'funnel', title: 'How far applications get' },
  { key: 'sources', title: 'Where applications come from' },
  { key: 'resumes', title: 'Resume versions' },
  { key: 'responses', title: 'Replies to your notes' },
  { key: 'decisions', title: 'Time to decision and silence' },
  { key: 'mood', title: 'Mood beside activity' },
];

const REJECTION_STAGE: Record<Stage, string> = {
  application: 'Before any interview',
  screen: 'After a screening call',
  interview: 'After first interviews',
  final: 'At the final round',
};

const DECISION_STAGE: Record<Stage, string> = {
  application: 'No interview',
  screen: 'After a screening call',
  interview: 'After interviews',
  final: 'After a final round',
};

const FUNNEL_STAGE: Record<string, string> = {
  applied: 'Applied',
  screen: 'A first conversation',
  interview: 'An interview',
  final: 'A final round',
  offer: 'An offer',
};

const THEME: Record<Theme, string> = {
  skill_gap: 'A skill gap',
  experience: 'Experience level or domain',
  interview_performance: 'Interview performance',
  culture_fit: 'Culture fit',
  portfolio_resume: 'Resume or portfolio',
  overqualified: 'More senior than the role',
  outside_control: 'Reasons outside your control',
  unknown: 'No clear theme',
};

/** Where the effort goes, by the stage most rejections come at: one next step, with its why. */
const FOCUS: Record<
  NonNullable<RejectionStagesSection['focus']>,
  { text: string; to: string; action: string }
> = {
  applications: {
    text: 'Most of these end before anyone talks to you, so the resume and the first note carry the weight.',
    to: '/applications',
    action: 'Look over your applications',
  },
  screens: {
    text: 'Screening calls are short: a two-minute story of what you do and what you want goes a long way.',
    to: '/practice',
    action: 'Practise your story',
  },
  first_interviews: {
    text: 'The questions that gave you pause are waiting in your practice bank.',
    to: '/practice',
    action: 'Practise those questions',
  },
  final_rounds: {
    text: 'Reaching final rounds means you are close. A mock final with a candid friend sharpens the last step.',
    to: '/practice',
    action: 'Prepare for final rounds',
  },
};

export function InsightsScreen() {
  useTitle('Insights');
  const data = useAsync(() => api.insights(), []);
  return (
    <>
      <PageHeader
        title="Insights"
        lead="What your search so far shows, and where effort pays most. Worked out on this computer from what you logged."
      />
      {data.error && !data.data ? (
        <div className="stack">
          <ErrorLine error={data.error} />
          <button type="button" className="btn btn-secondary" onClick={data.reload}>
            Try again
          </button>
        </div>
      ) : !data.data ? (
        <Loading />
      ) : data.data.funnel.applications === 0 ? (
        <EmptyState icon="spark" title="Nothing to chart yet.">
          <p>
            Once a few applications are in, this shows where they stop, what feedback says, and
            which sources and resumes open doors.
          </p>
          <Link to="/applications?add=1" className="btn btn-primary">
            Add an application
          </Link>
        </EmptyState>
      ) : (
        <InsightsView insights={data.data} />
      )}
    </>
  );
}

function InsightsView({ insights }: { insights: Insights }) {
  const ready = SECTIONS.filter((s) => insights[s.key].enoughData).slice(0, 3);
  return (
    <div className="insights">
      {ready.length > 0 ? (
        <section className="card insights-short" aria-labelledby="short-title">
          <h2 id="short-title" className="card-title">
            <Icon name="leaf" />
            In short
          </h2>
          <ul className="short-list">
            {ready.map((s) => (
              <li key={s.key}>
                <p>{insights[s.key].takeaway}</p>
                <a className="text-link small" href={`#insight-${s.key}`}>
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {SECTIONS.map((s) => (
        <InsightCard key={s.key} id={s.key} title={s.title} takeaway={insights[s.key].takeaway}>
          {body(s.key, insights)}
        </InsightCard>
      ))}
    </div>
  );
}

function body(key: SectionKey, i: Insights): ReactNode {
  switch (key) {
    case 'rejectionStages':
      return <RejectionStages s={i.rejectionStages} />;
    case 'feedbackThemes':
      return <Themes s={i.feedbackThemes} />;
    case 'funnel':
      return <Funnel s={i.funnel} />;
    case 'sources':
      return <Sources s={i.sources} />;
    case 'resumes':
      return <Resumes s={i.resumes} />;
    case 'responses':
      return <Responses s={i.responses} />;
    case 'decisions':
      return <Decisions s={i.decisions} />;
    case 'mood':
      return <Mood s={i.mood} />;
  }
}

function InsightCard({
  id,
  title,
  takeaway,
  children,
}: {
  id: string;
  title: string;
  takeaway: string;
  children: ReactNode;
}) {
  return (
    <section className="card insight" id={`insight-${id}`} aria-labelledby={`insight-${id}-title`}>
      <h2 id={`insight-${id}-title`} className="card-title">
        {title}
      </h2>
      <p className="takeaway">{takeaway}</p>
      {children}
    </section>
  );
}

function RejectionStages({ s }: { s: RejectionStagesSection }) {
  if (s.total === 0) return null;
  const rows: BarRow[] = s.stages.map((r) => ({
    key: r.stage,
    label: REJECTION_STAGE[r.stage],
    value: r.count,
    valueText: `${r.count} (${pct(r.share)})`,
    emphasis: r.stage === s.mostCommon,
  }));
  const focus = s.focus ? FOCUS[s.focus] : null;
  return (
    <>
      <BarChart
        label={`Where ${plural(s.total, 'answer')} came: ${s.stages
          .map((r) => `${REJECTION_STAGE[r.stage].toLowerCase()}, ${r.count}`)
          .join('; ')}.`}
        rows={rows}
      />
      {focus ? (
        <div className="points-at">
          <p>
            <strong>What this points at: </strong>
            {focus.text}
          </p>
          <Link to={focus.to} className="btn btn-secondary btn-sm">
            {focus.action}
            <Icon name="forward" />
          </Link>
        </div>
      ) : null}
      <DataTable
        summary="Show the numbers"
        caption="Rejections by stage"
        head={['Stage', 'Answers', 'Share']}
        rows={s.stages.map((r) => [REJECTION_STAGE[r.stage], r.count, pct(r.share)])}
      />
    </>
  );
}

const monthFmt = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const monthYearFmt = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthLabel = (m: string, withYear = false): string => {
  const at = Date.parse(`${m}-15T00:00:00Z`);
  return Number.isFinite(at) ? (withYear ? monthYearFmt : monthFmt).format(at) : m;
};

function Themes({ s }: { s: ThemesSection }) {
  if (s.feedback === 0) return null;
  const rows: BarRow[] = s.themes.map((t, i) => ({
    key: t.theme,
    label: THEME[t.theme],
    value: t.count,
    valueText: `${t.count} of ${s.feedback}`,
    emphasis: i === 0 && t.controllable,
    tone: t.controllable ? 'strong' : t.theme === 'unknown' ? 'muted' : 'outside',
    detail: (
      <>
        <span className={t.controllable ? 'tag tag-yours' : 'tag tag-outside'}>
          {t.controllable
            ? 'You can work on this'
            : t.theme === 'unknown'
              ? 'Nothing to act on'
              : 'Outside your control: let it go'}
        </span>
        {t.skills.length ? <span> · Named: {t.skills.join(', ')}</span> : null}
      </>
    ),
  }));
  const years = new Set(s.months.map((m) => m.month.slice(0, 4)));
  const vague =
    s.vague > 0 ? `, and ${plural(s.vague, 'was a non-answer', 'were non-answers')}` : '';
  return (
    <>
      <p className="muted">
        Of {plural(s.feedback, 'piece')} of feedback, {s.controllable} named something you can work
        on and {s.outside} something outside your control{vague}.
      </p>
      {rows.length ? (
        <BarChart
          label={`Feedback themes: ${s.themes.map((t) => `${THEME[t.theme].toLowerCase()}, ${t.count}`).join('; ')}.`}
          rows={rows}
        />
      ) : null}
      {s.months.length > 1 ? (
        <div className="chart">
          <h3 className="chart-title">Over time</h3>
          <Legend
            items={[
              { key: 'yours', label: 'You can work on it', swatch: 'strong' },
              { key: 'outside', label: 'Outside your control', swatch: 'outside' },
            ]}
          />
          <ColumnChart
            label={`Feedback themes by month: ${s.months
              .map(
                (m) =>
                  `${monthLabel(m.month, true)}, ${m.controllable} you can work on and ${m.outside} outside your control`,
              )
              .join('; ')}.`}
            columns={s.months.map((m) => ({
              key: m.month,
              tick: monthLabel(m.month, years.size > 1),
              parts: [
                { key: 'yours', value: m.controllable, tone: 'strong' },
                { key: 'outside', value: m.outside, tone: 'outside' },
              ],
            }))}
          />
        </div>
      ) : null}
      <DataTable
        summary="Show the numbers"
        caption="Feedback themes by month"
        head={['Month', 'Feedback', 'You can work on', 'Outside your control', 'Themes']}
        rows={s.months.map((m) => [
          monthLabel(m.month, true),
          m.feedback,
          m.controllable,
          m.outside,
          (Object.entries(m.themes) as [Theme, number][])
            .filter(([, n]) => n > 0)
            .map(([t, n]) => `${THEME[t]} ${n}`)
            .join(', ') || '—',
        ])}
      />
    </>
  );
}

function Funnel({ s }: { s: FunnelSection }) {
  const rows: BarRow[] = s.stages.map((r, i) => ({
    key: r.stage,
    label: FUNNEL_STAGE[r.stage] ?? r.stage,
    value: r.reached,
    valueText:
      i === 0 ? String(r.reached) : `${r.reached} · ${pct(r.fromPrevious)} of the stage before`,
    emphasis: true,
  }));
  return (
    <>
      <BarChart
        label={`How far ${plural(s.applications, 'application')} got: ${s.stages
          .map((r) => `${(FUNNEL_STAGE[r.stage] ?? r.stage).toLowerCase()}, ${r.reached}`)
          .join('; ')}.`}
        rows={rows}
        max={s.applications}
      />
      <DataTable
        summary="Show the numbers"
        caption="How far applications got"
        head={['Stage', 'Got this far', 'Of the stage before', 'Of all', 'Ended here']}
        rows={s.stages.map((r) => [
          FUNNEL_STAGE[r.stage] ?? r.stage,
          r.reached,
          pct(r.fromPrevious),
          pct(r.fromApplied),
          r.endedHere,
        ])}
      />
    </>
  );
}

const LED_TO = 'Led to an interview or a screening call';

function Sources({ s }: { s: SourcesSection }) {
  if (s.sources.length === 0) return null;
  return (
    <>
      <BarChart
        label={`Applications by source: ${s.sources
          .map((r) => `${r.source}, ${r.screen} of ${r.applications} led to an interview`)
          .join('; ')}.`}
        rows={s.sources.map((r) => ({
          key: r.source,
          label: r.source,
          value: r.applications,
          part: r.screen,
          valueText: `${r.screen} of ${r.applications} (${pct(r.interviewRate)})`,
        }))}
        legend={{ whole: 'Applications', part: LED_TO }}
      />
      <DataTable
        summary="Show the numbers"
        caption="Applications by source"
        head={['Source', 'Applications', 'First conversation', 'Interview', 'Final round', 'Offer']}
        rows={s.sources.map((r) => [
          r.source,
          r.applications,
          `${r.screen} (${pct(r.interviewRate)})`,
          r.interview,
          r.final,
          r.offer,
        ])}
      />
    </>
  );
}

function Resumes({ s }: { s: ResumesSection }) {
  if (s.versions.length === 0) return null;
  return (
    <>
      <BarChart
        label={`Results by resume version: ${s.versions
          .map((r) => `${r.version}, ${r.interviews} of ${r.applications} led to an interview`)
          .join('; ')}.`}
        rows={s.versions.map((r) => ({
          key: r.version,
          label: r.version,
          value: r.applications,
          part: r.interviews,
          valueText: `${r.interviews} of ${r.applications} (${pct(r.interviewRate)})`,
        }))}
        legend={{ whole: 'Applications', part: LED_TO }}
      />
      <DataTable
        summary="Show the numbers"
        caption="Results by resume version"
        head={['Version', 'Applications', 'Led to an interview', 'Ended in a no or silence']}
        rows={s.versions.map((r) => [
          r.version,
          r.applications,
          `${r.interviews} (${pct(r.interviewRate)})`,
          `${r.rejections} (${pct(r.rejectionRate)})`,
        ])}
      />
    </>
  );
}

function Responses({ s }: { s: ResponsesSection }) {
  const rows = [
    { key: 'thanks', title: 'Thank-you notes', r: s.thankYou },
    { key: 'feedback', title: 'Feedback requests', r: s.feedbackRequest },
  ];
  if (rows.every((x) => x.r.sent === 0)) return null;
  return (
    <div className="chart">
      <Legend
        items={[
          { key: 'specific', label: 'A reply with something specific', swatch: 'strong' },
          { key: 'vague', label: 'A reply without specifics', swatch: 'soft' },
        ]}
      />
      <div className="bars">
        {rows.map(({ key, title, r }) => (
          <StackedBar
            key={key}
            title={title}
            valueText={
              r.sent === 0
                ? 'None marked as sent yet'
                : `${r.replied} of ${r.sent} got a reply (${pct(r.rate)})`
            }
            label={`${title}: ${r.sent} sent, ${r.replied} got a reply, ${r.specific} of them with something specific.`}
            segments={[
              { key: 'specific', label: 'Specific', value: r.specific, tone: 'strong' },
              { key: 'vague', label: 'Vague', value: r.replied - r.specific, tone: 'soft' },
              { key: 'none', label: 'No reply', value: r.sent - r.replied, tone: 'none' },
            ]}
          />
        ))}
      </div>
      <DataTable
        summary="Show the numbers"
        caption="Replies to your notes"
        head={['Note', 'Sent', 'Got a reply', 'With something specific']}
        rows={rows.map(({ title, r }) => [
          title,
          r.sent,
          `${r.replied} (${pct(r.rate)})`,
          r.specific,
        ])}
      />
    </div>
  );
}

function Decisions({ s }: { s: DecisionsSection }) {
  const stages = s.byStage.filter((r) => r.decided > 0 && r.medianDays !== null);
  const maxApps = Math.max(1, ...s.companies.map((c) => c.applications));
  return (
    <>
      {s.medianDays !== null || s.ghosted > 0 ? (
        <dl className="figures">
          {s.medianDays !== null ? (
            <div>
              <dt>Median wait for an answer</dt>
              <dd>{plural(s.medianDays, 'day')}</dd>
            </div>
          ) : null}
          <div>
            <dt>Went quiet</dt>
            <dd>
              {s.ghosted}
              {s.ghostedShare !== null ? (
                <span className="muted"> ({pct(s.ghostedShare)} of the ones that ended)</span>
              ) : null}
            </dd>
          </div>
        </dl>
      ) : null}
      {stages.length ? (
        <div className="chart">
          <h3 className="chart-title">Days from applying to an answer</h3>
          <BarChart
            label={`Median days to an answer: ${stages
              .map((r) => `${DECISION_STAGE[r.stage].toLowerCase()}, ${r.medianDays}`)
              .join('; ')}.`}
            rows={stages.map((r) => ({
              key: r.stage,
              label: DECISION_STAGE[r.stage],
              value: r.medianDays ?? 0,
              valueText: `${plural(r.medianDays ?? 0, 'day')} (median of ${r.decided})`,
            }))}
          />
        </div>
      ) : null}
      {s.companies.length ? (
        <div className="chart">
          <h3 className="chart-title">Companies that went quiet</h3>
          <BarChart
            label={`Companies that went quiet: ${s.companies
              .map((c) => `${c.company}, ${c.ghosted} of ${c.applications}`)
              .join('; ')}.`}
            rows={s.companies.map((c) => ({
              key: c.company,
              label: c.company,
              value: c.applications,
              part: c.ghosted,
              valueText: `${c.ghosted} of ${plural(c.applications, 'application')}`,
            }))}
            max={maxApps}
            legend={{ whole: 'Applications there', part: 'No reply' }}
          />
        </div>
      ) : null}
      {stages.length || s.companies.length ? (
        <DataTable
          summary="Show the numbers"
          caption="Time to decision by stage"
          head={['Stage', 'Answers', 'Median days']}
          rows={s.byStage.map((r) => [
            DECISION_STAGE[r.stage],
            r.decided,
            r.medianDays === null ? '—' : r.medianDays,
          ])}
        />
      ) : null}
    </>
  );
}

/** One decimal, always: 3.0 beside 3.3 reads as a comparison. */
const one = (n: number | null): string => (n === null ? '—' : n.toFixed(1));

const weekFmt = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const weekLabel = (d: string): string => {
  const at = Date.parse(`${d}T00:00:00Z`);
  return Number.isFinite(at) ? weekFmt.format(at) : d;
};

function Mood({ s }: { s: MoodSection }) {
  if (s.weeks.length === 0) return null;
  const pairs: { label: string; a: number | null; b: number | null }[] = [
    { label: 'In weeks with a no', a: s.withRejections, b: s.withoutRejections },
    { label: 'In weeks you applied', a: s.withApplications, b: s.withoutApplications },
  ];
  const moods = s.weeks.filter((w) => w.mood !== null).map((w) => w.mood ?? 0);
  return (
    <div className="chart">
      <Legend
        items={[
          { key: 'mood', label: 'Mood, weekly average (1 to 5)', swatch: 'line' },
          { key: 'apps', label: 'Applications sent', swatch: 'strong' },
          { key: 'nos', label: 'No’s received', swatch: 'muted' },
        ]}
      />
      <MoodActivityChart
        label={`Weekly mood beside activity over ${plural(s.weeks.length, 'week')}: mood from ${Math.min(...moods)} to ${Math.max(...moods)} out of 5, averaging ${s.average ?? '—'}; ${s.weeks.reduce((n, w) => n + w.applications, 0)} applications and ${s.weeks.reduce((n, w) => n + w.rejections, 0)} no’s.`}
        weeks={s.weeks.map((w) => ({
          key: w.week,
          tick: weekLabel(w.week),
          mood: w.mood,
          applications: w.applications,
          rejections: w.rejections,
        }))}
      />
      <dl className="figures">
        {pairs
          .filter((p) => p.a !== null && p.b !== null)
          .map((p) => (
            <div key={p.label}>
              <dt>{p.label}</dt>
              <dd>
                {one(p.a)} out of 5 <span className="muted">· other weeks {one(p.b)}</span>
              </dd>
            </div>
          ))}
      </dl>
      <DataTable
        summary="Show the numbers"
        caption="Mood and activity by week"
        head={['Week of', 'Mood (1 to 5)', 'Check-ins', 'Applications', 'No’s']}
        rows={s.weeks.map((w) => [
          weekLabel(w.week),
          w.mood ?? '—',
          w.checkIns,
          w.applications,
          w.rejections,
        ])}
      />
      <p className="muted small">
        Hard weeks after a no are normal. If they pile up, talking to someone you trust helps.
      </p>
    </div>
  );
}
