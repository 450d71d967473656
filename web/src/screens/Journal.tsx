// Journal: mood over time (a line with a one-sentence takeaway above it) and every reflection.
import { api, nowMs } from '../api';
import { Icon } from '../components/Icon';
import { ScoreLineChart } from '../components/charts';
import { Card, EmptyState, ErrorLine, Link, Loading, PageHeader } from '../components/ui';
import { formatDay } from '../format';
import { useAsync, useTitle } from '../hooks';
import type { MoodCheckIn, Reflection, ReflectionEntry } from '../types';

const DAY = 86_400_000;

export function JournalScreen() {
  useTitle('Journal');
  const moods = useAsync(() => api.moods(90), []);
  const reflections = useAsync(loadReflections, []);
  return (
    <>
      <PageHeader
        title="Journal"
        lead="How you have been, and what you have learnt. Only you see this."
      >
        <Link to="/insights" className="btn btn-quiet btn-sm">
          <Icon name="spark" />
          Mood beside your search
        </Link>
      </PageHeader>
      <Card title="Mood, last 90 days" icon="spark" className="mood-chart-card">
        {moods.error ? (
          <ErrorLine error={moods.error} />
        ) : !moods.data ? (
          <Loading />
        ) : (
          <MoodChart moods={moods.data} />
        )}
      </Card>
      <section className="section" aria-labelledby="refl-title">
        <h2 id="refl-title" className="section-title">
          Reflections
        </h2>
        {reflections.error ? (
          <ErrorLine error={reflections.error} />
        ) : !reflections.data ? (
          <Loading />
        ) : reflections.data.length === 0 ? (
          <EmptyState icon="journal" title="No reflections yet.">
            <p>
              After a rejection, a few lines on what went well and what gave you pause turn into
              things to prepare.
            </p>
            <p>Open an application and choose Reflect.</p>
          </EmptyState>
        ) : (
          <ol className="reflections">
            {reflections.data.map(({ r, app }) => (
              <li key={r.id} className="card reflection">
                <p className="timeline-when">
                  <time dateTime={r.createdAt}>{formatDay(r.createdAt)}</time>
                </p>
                <h3 className="reflection-title">
                  {app ? (
                    <Link to={`/applications/${app.id}`}>
                      {app.company}
                      <span className="muted"> · {app.role}</span>
                    </Link>
                  ) : (
                    'A reflection'
                  )}
                </h3>
                <dl className="kv">
                  {r.wentWell ? <Row k="Went well" v={r.wentWell} /> : null}
                  {r.wentBadly ? <Row k="Could go better" v={r.wentBadly} /> : null}
                  {r.pauseQuestions.length ? (
                    <Row k="Questions to prepare" v={r.pauseQuestions} />
                  ) : null}
                  {r.inControl ? <Row k="In your control" v={r.inControl} /> : null}
                  {r.outOfControl ? <Row k="Outside your control" v={r.outOfControl} /> : null}
                  {r.missingQualifications.length ? (
                    <Row k="Missing" v={r.missingQualifications} />
                  ) : null}
                </dl>
                {r.pauseQuestions.length ? (
                  <p className="small">
                    <Link to="/practice" className="text-link">
                      Practise these questions
                    </Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function Row({ k, v }: { k: string; v: string | string[] }) {
  return (
    <div>
      <dt>{k}</dt>
      <dd className="prewrap">
        {Array.isArray(v) ? (
          <ul className="dash-list">
            {v.map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ul>
        ) : (
          v
        )}
      </dd>
    </div>
  );
}

type Entry = { r: Reflection; app: ReflectionEntry['application'] };

/** Every reflection, newest first, with its application. */
async function loadReflections(): Promise<Entry[]> {
  const list = await api.reflections();
  return list
    .map(({ application, ...r }) => ({ r, app: application }))
    .sort((a, b) => b.r.createdAt.localeCompare(a.r.createdAt));
}

const avg = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
const one = (n: number): string => (Math.round(n * 10) / 10).toString();

/** One sentence about the trend, honest and gentle. */
export function moodTakeaway(moods: MoodCheckIn[], now: number): string {
  if (moods.length === 0)
    return 'No check-ins yet: a 1 to 5 on Today takes a few seconds, and over time it shows how you are really doing.';
  const last = moods[moods.length - 1]!;
  if (moods.length === 1)
    return `One check-in so far, at ${last.score} out of 5; a few more will show a trend.`;
  const week = moods.filter((m) => Date.parse(m.at) > now - 7 * DAY).map((m) => m.score);
  const before = moods
    .filter((m) => Date.parse(m.at) <= now - 7 * DAY && Date.parse(m.at) > now - 21 * DAY)
    .map((m) => m.score);
  if (week.length && before.length) {
    const a = avg(week);
    const b = avg(before);
    if (a - b >= 0.5)
      return `Your mood is lifting: this week averages ${one(a)} out of 5, up from ${one(b)} the weeks before.`;
    if (b - a >= 0.5)
      return `This week has been harder (${one(a)} out of 5, down from ${one(b)}); go gently, and lean on someone you trust if you can.`;
    return `Steady at about ${one(a)} out of 5 lately${a <= 2 ? '; that is low, and talking to someone you trust often helps' : ''}.`;
  }
  const recent = avg(moods.slice(-5).map((m) => m.score));
  return recent <= 2
    ? `Your recent check-ins average ${one(recent)} out of 5; that is hard, and reaching out to someone you trust often helps.`
    : `Your recent check-ins average ${one(recent)} out of 5.`;
}

function MoodChart({ moods }: { moods: MoodCheckIn[] }) {
  const now = nowMs();
  const sorted = [...moods].sort((a, b) => a.at.localeCompare(b.at));
  const takeaway = moodTakeaway(sorted, now);
  if (sorted.length === 0) {
    return (
      <div className="stack-sm">
        <p className="takeaway">{takeaway}</p>
        <p>
          <Link to="/#mood" className="btn btn-primary">
            Check in now
          </Link>
        </p>
      </div>
    );
  }
  const start = Math.min(Date.parse(sorted[0]!.at), now - 14 * DAY);
  const span = Math.max(DAY, now - start);
  const last = sorted[sorted.length - 1]!;
  const desc = `Mood check-ins, 1 to 5: ${sorted.length} from ${formatDay(sorted[0]!.at)} to ${formatDay(last.at)}, scores between ${Math.min(...sorted.map((m) => m.score))} and ${Math.max(...sorted.map((m) => m.score))} out of 5. The latest is ${last.score}.`;
  return (
    <div className="stack-sm">
      <p className="takeaway">{takeaway}</p>
      <ScoreLineChart
        label={desc}
        points={sorted.map((m) => ({
          key: m.id,
          at: (Date.parse(m.at) - start) / span,
          score: m.score,
        }))}
        startLabel={formatDay(new Date(start).toISOString())}
        endLabel="Today"
      />
      <details className="data-table">
        <summary>Show the check-ins as a table</summary>
        <table>
          <caption className="visually-hidden">Mood check-ins</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Mood (1 to 5)</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {[...sorted].reverse().map((m) => (
              <tr key={m.id}>
                <td>{formatDay(m.at)}</td>
                <td>{m.score}</td>
                <td>{m.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <p className="muted small">
        <Icon name="info" /> Rebound is not therapy. If you are struggling, please talk to someone
        you trust or a professional.
      </p>
    </div>
  );
}
