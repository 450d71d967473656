// Today: the one or two things worth doing now, a mood check-in, and how the search stands.
import { useEffect, useState, type FormEvent } from 'react';
import { api, errorMessage, nowMs } from '../api';
import { Icon } from '../components/Icon';
import { useNotice } from '../components/Notice';
import { StepCard } from '../components/StepCard';
import {
  Card,
  EmptyState,
  ErrorLine,
  Link,
  Loading,
  PageHeader,
  RadioGroup,
  TextField,
} from '../components/ui';
import { formatDay, plural, relativeDay, todayInput } from '../format';
import { useAsync, useTitle } from '../hooks';
import { useLocation } from '../router';
import type { Agenda, AgendaItem, Ghosting, MoodCheckIn, TouchBase } from '../types';

const longDate = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});

export function TodayScreen() {
  useTitle('Today');
  const { hash } = useLocation();
  const data = useAsync(async () => {
    const [agenda, apps] = await Promise.all([api.today(), api.applications()]);
    return { agenda, apps };
  }, []);

  // "/#mood" (from a check-in step) brings the check-in into view and focus.
  useEffect(() => {
    if (!data.data || hash !== 'mood') return;
    document.getElementById('mood')?.scrollIntoView({ block: 'start' });
    document.querySelector<HTMLElement>('#mood input')?.focus({ preventScroll: true });
  }, [hash, data.data]);

  const lead = data.data ? longDate.format(Date.parse(data.data.agenda.now)) : ' ';

  return (
    <>
      <PageHeader title="Today" lead={lead} />
      {data.error && !data.data ? (
        <div className="stack">
          <ErrorLine error={data.error} />
          <button type="button" className="btn btn-secondary" onClick={data.reload}>
            Try again
          </button>
        </div>
      ) : !data.data ? (
        <Loading />
      ) : data.data.apps.length === 0 ? (
        <Welcome onLoaded={data.reload} />
      ) : (
        <AgendaView agenda={data.data.agenda} reload={data.reload} />
      )}
    </>
  );
}

function Welcome({ onLoaded }: { onLoaded: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const loadDemo = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.loadDemo();
      onLoaded();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title" className="welcome-title">
        Welcome. Let’s make the next step a small one.
      </h2>
      <p className="welcome-text">
        Rebound turns a job rejection into a short plan with dates: a breather, a thank-you you
        could send, what to learn from it, and a way back to the search. Every step says why, and
        you can skip any of them.
      </p>
      <p className="reassure">
        <Icon name="lock" />
        <span>Your data stays on this computer. Nothing is sent until you send it.</span>
      </p>
      <ul className="choices">
        <li className="choice choice-main">
          <Icon name="rejected" className="choice-icon" />
          <div>
            <h3>Just heard back?</h3>
            <p>
              Paste the email, or log a call, a letter or the silence. Your plan appears right
              after.
            </p>
            <Link to="/rejected" className="btn btn-primary">
              Start with a rejection
            </Link>
          </div>
        </li>
        <li className="choice">
          <Icon name="applications" className="choice-icon" />
          <div>
            <h3>Track an application</h3>
            <p>Note where you applied and who you met, so later plans know who to thank.</p>
            <Link to="/applications?add=1" className="btn btn-secondary">
              Add an application
            </Link>
          </div>
        </li>
        <li className="choice">
          <Icon name="leaf" className="choice-icon" />
          <div>
            <h3>Look around first</h3>
            <p>
              Load a small sample search to see how plans and drafts work. It goes into this store,
              so try it before adding your own.
            </p>
            <button
              type="button"
              className="btn btn-secondary"
              disabled={busy}
              onClick={() => void loadDemo()}
            >
              {busy ? 'Loading the demo…' : 'Load demo data'}
            </button>
            <ErrorLine error={error} />
          </div>
        </li>
        <li className="choice">
          <Icon name="terminal" className="choice-icon" />
          <div>
            <h3>Import a mailbox</h3>
            <p>
              For now this runs from a terminal: <code>rebound ingest PATH</code> reads an mbox file
              or a Maildir folder and finds the job emails. Your data stays on this computer.
            </p>
          </div>
        </li>
      </ul>
    </section>
  );
}

function AgendaView({ agenda, reload }: { agenda: Agenda; reload: () => void }) {
  // The check-in comes first, then whatever is ready now, then what waits out its cool-off.
  const rank = (i: AgendaItem): number => (i.step.kind === 'check_in' ? 0 : i.readyNow ? 1 : 2);
  const ordered: AgendaItem[] = [...agenda.due].sort(
    (a, b) => rank(a) - rank(b) || a.step.dueAt.localeCompare(b.step.dueAt),
  );
  const first = ordered.slice(0, 2);
  // A follow-up after silence (R11) is shown once, under "Gone quiet" with the silence it answers.
  const quietSteps = new Set(
    (agenda.ghosting ?? []).map((g) => g.followUpStepId).filter((id) => id !== null),
  );
  const rest = ordered.slice(2).filter((i) => !quietSteps.has(i.step.id));
  const quietItems = new Map(
    ordered
      .slice(2)
      .filter((i) => quietSteps.has(i.step.id))
      .map((i) => [i.step.id, i]),
  );
  const onTop = new Set(first.map((i) => i.step.id));

  return (
    <div className="today-grid">
      <section aria-labelledby="now-title" className="today-now">
        <h2 id="now-title" className="section-title">
          Worth doing now
        </h2>
        {first.length === 0 ? (
          <EmptyState title="Nothing needs you today.">
            <p>That is allowed. If you have a spare moment, a new lead keeps the search moving.</p>
            <Link to="/applications?add=1" className="btn btn-primary">
              Add an application
            </Link>
          </EmptyState>
        ) : (
          <div className="steps">
            {first.map((item, i) => (
              <StepCard
                key={item.step.id}
                step={item.step}
                application={item.application}
                readyNow={item.readyNow}
                emphasis={i === 0}
                onChanged={reload}
              />
            ))}
          </div>
        )}
      </section>
      {/* On a phone the check-in follows the first things to do; on a wide screen it sits beside them. */}
      <aside className="today-side" aria-label="Check-in and search health">
        {/* While interviews are under way and the pipeline runs thin, the guard comes first. */}
        {pipelineLevel(agenda) === 'loud' ? <PipelineCard agenda={agenda} /> : null}
        <MoodCard last={agenda.lastMood} onSaved={reload} />
        {pipelineLevel(agenda) === 'loud' ? null : <PipelineCard agenda={agenda} />}
        {agenda.practiceDue ? <PracticeCard due={agenda.practiceDue} /> : null}
      </aside>
      <div className="today-rest">
        {rest.length > 0 ? (
          <section aria-labelledby="rest-title" className="section">
            <h2 id="rest-title" className="section-title">
              Also due
            </h2>
            <div className="steps">
              {rest.map((item) => (
                <StepCard
                  key={item.step.id}
                  step={item.step}
                  application={item.application}
                  readyNow={item.readyNow}
                  onChanged={reload}
                />
              ))}
            </div>
          </section>
        ) : null}
        {agenda.ghosting?.length ? (
          <GhostingList
            items={agenda.ghosting}
            steps={quietItems}
            onTop={onTop}
            onChanged={reload}
          />
        ) : null}
        {agenda.touchBases?.length ? (
          <TouchBaseList items={agenda.touchBases} onChanged={reload} />
        ) : null}
        {agenda.upcoming.length > 0 ? <UpcomingList items={agenda.upcoming} /> : null}
      </div>
    </div>
  );
}

const UPCOMING_SHOWN = 5;

function UpcomingList({ items }: { items: AgendaItem[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, UPCOMING_SHOWN);
  const hidden = items.length - shown.length;
  return (
    <section aria-labelledby="soon-title" className="section">
      <h2 id="soon-title" className="section-title">
        Coming up this week
      </h2>
      <ul className="upcoming" id="upcoming-list">
        {shown.map((item) => (
          <li key={item.step.id}>
            <Upcoming item={item} />
          </li>
        ))}
      </ul>
      {items.length > UPCOMING_SHOWN ? (
        <button
          type="button"
          className="btn btn-quiet btn-sm show-more"
          aria-controls="upcoming-list"
          aria-expanded={all}
          onClick={() => setAll((v) => !v)}
        >
          {all ? 'Show fewer' : `Show ${hidden} more`}
        </button>
      ) : null}
    </section>
  );
}

function Upcoming({ item }: { item: AgendaItem }) {
  const { step, application } = item;
  const when = step.status === 'snoozed' && step.snoozedUntil ? step.snoozedUntil : step.dueAt;
  return (
    <Link to={`/applications/${application.id}`} className="upcoming-link">
      <span className="upcoming-when">{relativeDay(when)}</span>
      <span className="upcoming-what">
        <StepName item={item} />
        <span className="muted"> · {application.company}</span>
      </span>
      <Icon name="forward" />
    </Link>
  );
}

function StepName({ item }: { item: AgendaItem }) {
  const n = item.step.draft?.toName;
  const names: Record<string, string> = {
    check_in: 'Check in with yourself',
    thank_you: n ? `Thank-you to ${n}` : 'Thank-you note',
    feedback_request: 'Ask for feedback',
    escalate: 'One brief note',
    reflect: 'Reflect',
    action_plan: 'Next steps from what you learnt',
    connect: n ? `Connect with ${n}` : 'Stay connected',
    touch_base: n ? `Touch base with ${n}` : 'Touch base',
    follow_up: 'Polite follow-up',
    pipeline: 'Back to the search',
    support: 'Reach out to someone',
  };
  return <>{names[item.step.kind] ?? item.step.kind}</>;
}

const MOODS = [
  { value: '1', label: '1', hint: 'Very low' },
  { value: '2', label: '2', hint: 'Low' },
  { value: '3', label: '3', hint: 'Okay' },
  { value: '4', label: '4', hint: 'Good' },
  { value: '5', label: '5', hint: 'Very good' },
] as const;

function MoodCard({ last, onSaved }: { last: MoodCheckIn | null; onSaved: () => void }) {
  const [score, setScore] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<MoodCheckIn | null>(null);
  const today = new Date(nowMs()).toDateString();
  const checkedToday = last && new Date(last.at).toDateString() === today ? last : null;
  const shown = saved ?? checkedToday;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!score) {
      setError('Pick a number from 1 to 5 first.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const m = await api.logMood(Number(score), note.trim() || null);
      setSaved(m);
      setScore(null);
      setNote('');
      onSaved();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="How are you today?" id="mood" icon="leaf" className="mood-card">
      {shown ? (
        <div className="mood-done" role="status">
          <p>
            You checked in today: <strong>{shown.score} out of 5</strong>.
          </p>
          {shown.score <= 2 ? (
            <p className="muted">
              That sounds hard. Talking to a friend or mentor often helps, and Rebound can draft the
              message. If you ever feel unsafe, contact local emergency services or a crisis line.
            </p>
          ) : (
            <p className="muted">
              Thanks for checking in. A rejection says more about fit than about you.
            </p>
          )}
        </div>
      ) : null}
      <form onSubmit={(e) => void submit(e)} className="stack-sm" noValidate>
        <RadioGroup
          legend={shown ? 'Check in again' : 'Your mood, 1 (very low) to 5 (very good)'}
          value={score}
          onChange={setScore}
          options={MOODS}
          className="mood-scale"
          name="mood"
        />
        <TextField label="A few words" optional value={note} onChange={setNote} />
        <ErrorLine error={error} />
        <div>
          <button type="submit" className="btn btn-secondary" disabled={busy}>
            Save check-in
          </button>
        </div>
      </form>
    </Card>
  );
}

/** R8's guard: calm, a nudge, or louder while an interview process is under way. */
function pipelineLevel(agenda: Agenda): 'calm' | 'nudge' | 'loud' {
  const p = agenda.pipeline;
  return p.level ?? (p.nudge ? (p.interviewsUnderway ? 'loud' : 'nudge') : 'calm');
}

function PipelineCard({ agenda }: { agenda: Agenda }) {
  const p = agenda.pipeline;
  const pct = p.target > 0 ? Math.min(1, p.active / p.target) : 1;
  const level = pipelineLevel(agenda);
  return (
    <Card
      title={level === 'loud' ? 'Keep your search going' : 'Your search'}
      icon="applications"
      className={`pipeline-card pipeline-${level}`}
    >
      {level === 'loud' ? (
        <p className="pipeline-flag">
          <Icon name="info" />
          <span>Interviews are under way: the best time to keep adding leads.</span>
        </p>
      ) : null}
      <p className="stat-line">
        <span className="stat-big">{p.active}</span>
        <span>active of your target {p.target}</span>
      </p>
      <svg
        className="meter"
        viewBox="0 0 100 8"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect className="meter-track" x="0" y="0" width="100" height="8" rx="4" />
        {pct > 0 ? (
          <rect
            className="meter-fill"
            x="0"
            y="0"
            width={Math.max(8, pct * 100)}
            height="8"
            rx="4"
          />
        ) : null}
      </svg>
      <p className="stat-sub">
        <Icon name="calendar" />
        <span>
          {p.daysSinceLastApplication === null
            ? 'No applications dated yet'
            : p.daysSinceLastApplication === 0
              ? 'Last application: today'
              : `Last application: ${plural(p.daysSinceLastApplication, 'day')} ago`}
        </span>
      </p>
      {p.nudge ? (
        <p className="nudge">{p.nudge}</p>
      ) : (
        <p className="nudge">Your search looks healthy. Keep your own pace.</p>
      )}
      <p className="card-foot">
        <Link
          to="/applications?add=1"
          className={level === 'loud' ? 'btn btn-secondary btn-sm' : 'text-link'}
        >
          <Icon name="plus" />
          Add an application
        </Link>
      </p>
    </Card>
  );
}

function PracticeCard({ due }: { due: number }) {
  return (
    <Card title="Practice" icon="chat" className="practice-card">
      <p>
        {due === 1
          ? 'One question from your interviews is ready for another look.'
          : `${due} questions from your interviews are ready for another look.`}
      </p>
      <p className="muted small">A few minutes now makes the next interview easier.</p>
      <p className="card-foot">
        <Link to="/practice" className="text-link">
          Practise now
          <Icon name="forward" />
        </Link>
      </p>
    </Card>
  );
}

function GhostingList({
  items,
  steps,
  onTop,
  onChanged,
}: {
  items: Ghosting[];
  /** Follow-up steps shown here rather than under "Also due". */
  steps: Map<number, AgendaItem>;
  /** Steps already at the top of Today. */
  onTop: Set<number>;
  onChanged: () => void;
}) {
  return (
    <section aria-labelledby="quiet-title" className="section">
      <h2 id="quiet-title" className="section-title">
        Gone quiet
      </h2>
      <p className="section-lead">
        Silence after an interview is common and rarely about you. One polite follow-up is enough.
      </p>
      <ul className="quiet-list">
        {items.map((g) => {
          const step = g.followUpStepId ? steps.get(g.followUpStepId) : undefined;
          return (
            <li key={g.application.id} className={step ? 'quiet quiet-has-step' : 'quiet'}>
              <div className="quiet-main">
                <p className="quiet-title">
                  <Link to={`/applications/${g.application.id}`}>{g.application.company}</Link>
                  <span className="muted"> · {g.application.role}</span>
                </p>
                <p>{g.text}</p>
                {g.followUpStepId && onTop.has(g.followUpStepId) ? (
                  <p className="muted small">The follow-up is at the top of today’s list.</p>
                ) : null}
              </div>
              {step ? (
                <div className="quiet-step">
                  <StepCard
                    step={step.step}
                    application={step.application}
                    readyNow={step.readyNow}
                    onChanged={onChanged}
                  />
                </div>
              ) : g.followUpStepId && onTop.has(g.followUpStepId) ? null : g.state ===
                  'follow_up' && g.followUpStepId ? (
                <Link to={`/steps/${g.followUpStepId}/draft`} className="btn btn-secondary btn-sm">
                  Read the follow-up
                </Link>
              ) : (
                <Link to={`/applications/${g.application.id}`} className="btn btn-quiet btn-sm">
                  See the plan
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function TouchBaseList({ items, onChanged }: { items: TouchBase[]; onChanged: () => void }) {
  return (
    <section aria-labelledby="touch-title" className="section">
      <h2 id="touch-title" className="section-title">
        Keep in touch
      </h2>
      <p className="section-lead">
        People worth staying in touch with, each with a reason to write. Nothing is sent until you
        send it.
      </p>
      <ul className="touch-list">
        {items.map((t) => (
          <li key={t.contact.id}>
            <TouchBaseItem t={t} onChanged={onChanged} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function TouchBaseItem({ t, onChanged }: { t: TouchBase; onChanged: () => void }) {
  const notify = useNotice();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const who = [t.contact.title, t.contact.company].filter(Boolean).join(', ');
  const when = t.dueNow
    ? t.overdue
      ? 'Whenever you can: it has been a while'
      : `Good time now; by ${formatDay(t.latestOn)} at the latest`
    : `Around ${formatDay(t.idealOn)}`;

  const logged = async () => {
    setBusy(true);
    setError(null);
    try {
      const i = await api.logInteraction(t.contact.id, { kind: 'message' });
      notify(`Noted that you were in touch with ${t.contact.name}.`, async () => {
        await api.removeInteraction(i.id);
        onChanged();
      });
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const snooze = async () => {
    setBusy(true);
    setError(null);
    const until = todayInput(14);
    try {
      await api.snooze(t.contact.id, until);
      notify(`Snoozed ${t.contact.name} until ${formatDay(until)}.`, async () => {
        await api.unsnooze(t.contact.id);
        onChanged();
      });
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="touch" aria-labelledby={`touch-${t.contact.id}`}>
      <h3 id={`touch-${t.contact.id}`} className="touch-name">
        {t.contact.name}
        {who ? <span className="muted"> · {who}</span> : null}
      </h3>
      <p className="step-why">
        <span className="step-why-label">Why now: </span>
        {t.reason.text}
      </p>
      <p className="step-due">
        <Icon name="clock" />
        <span>{when}</span>
      </p>
      {!t.stepId && t.draft ? (
        <details className="more touch-draft">
          <summary>Read a draft</summary>
          <p className="muted small">Nothing is sent until you send it.</p>
          {t.draft.subject ? (
            <p>
              <strong>{t.draft.subject}</strong>
            </p>
          ) : null}
          <p className="prewrap">{t.draft.body}</p>
        </details>
      ) : null}
      <div className="step-actions">
        {t.stepId ? (
          <Link to={`/steps/${t.stepId}/draft`} className="btn btn-secondary btn-sm">
            Read the draft
          </Link>
        ) : null}
        <button
          type="button"
          className="btn btn-quiet btn-sm"
          disabled={busy}
          onClick={() => void logged()}
        >
          <Icon name="check" />I was in touch
        </button>
        <button
          type="button"
          className="btn btn-quiet btn-sm"
          disabled={busy}
          onClick={() => void snooze()}
        >
          <Icon name="clock" />
          Snooze 2 weeks
        </button>
      </div>
      <ErrorLine error={error} />
    </article>
  );
}
