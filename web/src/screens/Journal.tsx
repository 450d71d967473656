// Journal: mood over time (a sparkline with a one-sentence takeaway above it) and reflections.
import { api, nowMs } from '../api';
import { Icon } from '../components/Icon';
import { Card, EmptyState, ErrorLine, Link, Loading, PageHeader } from '../components/ui';
import { formatDay } from '../format';
import { useAsync, useTitle } from '../hooks';
import type { Application, MoodCheckIn, Reflection } from '../types';

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
      />
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
                  <Link to={`/applications/${app.id}`}>
                    {app.company}
                    <span className="muted"> · {app.role}</span>
                  </Link>
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

/** There is no endpoint for every reflection, so read them from the applications that had one. */
async function loadReflections(): Promise<{ r: Reflection; app: Application }[]> {
  const apps = await api.applications();
  const likely = apps
    .filter((a) => ['rejected', 'ghosted', 'withdrawn'].includes(a.status))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, 25);
  const details = await Promise.all(likely.map((a) => api.application(a.id)));
  return details
    .flatMap((d) => d.reflections.map((r) => ({ r, app: d.application })))
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
  const W = 600;
  const H = 160;
  const padX = 28;
  const padY = 16;
  const axisY = H - 4;
  const start = Math.min(Date.parse(sorted[0]!.at), now - 14 * DAY);
  const span = Math.max(DAY, now - start);
  const x = (at: string) => padX + ((Date.parse(at) - start) / span) * (W - 2 * padX);
  const y = (score: number) => padY + ((5 - score) / 4) * (H - 2 * padY - 20);
  const pts = sorted.map((m) => `${x(m.at).toFixed(1)},${y(m.score).toFixed(1)}`).join(' ');
  const last = sorted[sorted.length - 1]!;
  const desc = `${sorted.length} check-ins from ${formatDay(sorted[0]!.at)} to ${formatDay(last.at)}, scores between ${Math.min(...sorted.map((m) => m.score))} and ${Math.max(...sorted.map((m) => m.score))} out of 5. The latest is ${last.score}.`;
  return (
    <div className="stack-sm">
      <p className="takeaway">{takeaway}</p>
      <svg
        className="sparkline"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="spark-title spark-desc"
      >
        <title id="spark-title">Mood check-ins, 1 to 5</title>
        <desc id="spark-desc">{desc}</desc>
        {[1, 3, 5].map((v) => (
          <g key={v}>
            <line className="spark-grid" x1={padX} x2={W - padX} y1={y(v)} y2={y(v)} />
            <text className="spark-label" x={4} y={y(v) + 4}>
              {v}
            </text>
          </g>
        ))}
        <text className="spark-label" x={padX} y={axisY}>
          {formatDay(new Date(start).toISOString())}
        </text>
        <text className="spark-label" x={W - padX} y={axisY} textAnchor="end">
          Today
        </text>
        {sorted.length > 1 ? (
          <polyline className="spark-line" points={pts} vectorEffect="non-scaling-stroke" />
        ) : null}
        {sorted.map((m) => (
          <circle key={m.id} className="spark-dot" cx={x(m.at)} cy={y(m.score)} r={4} />
        ))}
      </svg>
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
