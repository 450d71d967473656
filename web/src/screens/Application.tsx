// One application: the plan (if it was turned down), then its whole story on one timeline,
// with forms to add an interview, feedback or a reflection.
import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, api, errorMessage, nowMs } from '../api';
import { ApplicationForm } from '../components/ApplicationForm';
import { Icon, type IconName } from '../components/Icon';
import { useNotice } from '../components/Notice';
import { StepCard } from '../components/StepCard';
import {
  Checkbox,
  EmptyState,
  ErrorLine,
  Link,
  Loading,
  PageHeader,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
} from '../components/ui';
import {
  CONTACT_KINDS,
  CONTACT_KIND_LABELS,
  INTERVIEW_KINDS,
  INTERVIEW_KIND_LABELS,
  INTERVIEW_MODES,
  INTERVIEW_MODE_LABELS,
  INTERVIEW_MODE_PHRASES,
  INTERVIEW_TITLES,
  STAGE_LABELS,
  STATUS_LABELS,
  formatDay,
  formatDayTime,
  plural,
  stepTitle,
  todayInput,
} from '../format';
import { useAsync, useTitle } from '../hooks';
import { useLocation } from '../router';
import type {
  ApplicationDetail,
  Contact,
  ContactKind,
  InterviewKind,
  InterviewMode,
  PlanStep,
} from '../types';

const HOW: Record<string, string> = {
  email: 'by email',
  call: 'by phone',
  letter: 'by letter',
  portal: 'on their portal',
  silence: '',
};

type Panel = 'interview' | 'feedback' | 'reflect' | 'edit' | null;

export function ApplicationScreen({ id }: { id: string }) {
  const { hash, query } = useLocation();
  const detail = useAsync(() => api.application(id), [id]);
  const [panel, setPanel] = useState<Panel>(null);
  const app = detail.data?.application;
  useTitle(app ? `${app.company}, ${app.role}` : 'Application');

  useEffect(() => {
    if (hash === 'interview' || hash === 'feedback' || hash === 'reflect') setPanel(hash);
  }, [hash]);

  useEffect(() => {
    if (!panel || !detail.data) return;
    const el = document.getElementById(`panel-${panel}`);
    el?.scrollIntoView({ block: 'start' });
    el?.querySelector<HTMLElement>('input, textarea, select')?.focus({ preventScroll: true });
  }, [panel, detail.data]);

  if (detail.error && !detail.data) {
    const missing = detail.error instanceof ApiError && detail.error.notFound;
    return (
      <>
        <PageHeader title={missing ? 'Application not found' : 'Application'} />
        {missing ? (
          <EmptyState icon="search" title="There is no application here.">
            <p>It may have been removed, or the link is out of date.</p>
            <Link to="/applications" className="btn btn-primary">
              See all applications
            </Link>
          </EmptyState>
        ) : (
          <div className="stack">
            <ErrorLine error={detail.error} />
            <button type="button" className="btn btn-secondary" onClick={detail.reload}>
              Try again
            </button>
          </div>
        )}
      </>
    );
  }
  if (!detail.data || !app) {
    return (
      <>
        <PageHeader title="Application" />
        <Loading />
      </>
    );
  }

  const d = detail.data;
  const closed = app.status === 'rejected' || app.status === 'ghosted';
  const open = (p: Panel) => setPanel((cur) => (cur === p ? null : p));
  const Form = panel === 'interview' || panel === 'feedback' || panel === 'reflect' ? FORMS[panel] : null;

  return (
    <>
      <p className="crumb">
        <Link to="/applications">
          <Icon name="back" />
          Applications
        </Link>
      </p>
      <PageHeader
        title={app.company}
        lead={
          <>
            {app.role}{' '}
            <span className={`badge badge-${app.status}`}>{STATUS_LABELS[app.status]}</span>
          </>
        }
      >
        <button
          type="button"
          className="btn btn-quiet"
          aria-expanded={panel === 'edit'}
          onClick={() => open('edit')}
        >
          <Icon name="edit" />
          Edit details
        </button>
        {!closed ? (
          <Link to={`/rejected?app=${app.id}`} className="btn btn-secondary">
            I got turned down
          </Link>
        ) : null}
      </PageHeader>

      {panel === 'edit' ? (
        <section className="card form-card" id="panel-edit" aria-labelledby="edit-title">
          <h2 id="edit-title" className="card-title">
            Edit details
          </h2>
          <ApplicationForm
            initial={app}
            submitLabel="Save changes"
            onCancel={() => setPanel(null)}
            onSubmit={async (input) => {
              await api.updateApplication(app.id, input);
              setPanel(null);
              detail.reload();
            }}
          />
        </section>
      ) : null}

      {query.get('plan') === 'new' && d.steps.length > 0 ? (
        <div className="calm-banner" role="status">
          <Icon name="leaf" />
          <div>
            <p className="calm-banner-title">Take a breath. Here is a short plan.</p>
            <p>
              It is not a verdict on you. Each step says why it is there; skip any that don’t fit.
              Nothing is sent until you send it.
            </p>
          </div>
        </div>
      ) : null}

      <div className="detail-grid">
        <div className="detail-main">
          {d.steps.length > 0 ? <Plan detail={d} reload={detail.reload} /> : null}

          <section className="section" aria-labelledby="add-title">
            <h2 id="add-title" className="section-title">
              Add to the story
            </h2>
            <div className="button-row">
              <button
                type="button"
                className="btn btn-secondary"
                aria-expanded={panel === 'interview'}
                onClick={() => open('interview')}
              >
                <Icon name="calendar" />
                Add an interview
              </button>
              <button
                type="button"
                className="btn btn-secondary"
                aria-expanded={panel === 'feedback'}
                onClick={() => open('feedback')}
              >
                <Icon name="chat" />
                Add feedback
              </button>
              <button
                type="button"
                className="btn btn-secondary"
                aria-expanded={panel === 'reflect'}
                onClick={() => open('reflect')}
              >
                <Icon name="journal" />
                Reflect
              </button>
            </div>
            {Form ? (
              <Form
                detail={d}
                onDone={() => {
                  setPanel(null);
                  detail.reload();
                }}
                onCancel={() => setPanel(null)}
              />
            ) : null}
          </section>

          <Timeline detail={d} />
        </div>
        <aside className="detail-side" aria-label="About this application">
          <About detail={d} />
        </aside>
      </div>
    </>
  );
}

function Plan({ detail, reload }: { detail: ApplicationDetail; reload: () => void }) {
  const steps = detail.steps;
  const openSteps = steps.filter((s) => s.status === 'pending' || s.status === 'snoozed');
  const firstReady = openSteps.find(
    (s) => s.status === 'pending' && (!s.notBefore || Date.parse(s.notBefore) <= nowMs()),
  );
  const emphasisId = (firstReady ?? openSteps[0])?.id;
  return (
    <section className="section" aria-labelledby="plan-title">
      <h2 id="plan-title" className="section-title">
        Your plan
      </h2>
      <p className="section-lead">
        {openSteps.length === 0
          ? 'Every step is done or set aside. Well handled.'
          : `${plural(openSteps.length, 'step')} still open. Take them in your own time.`}
        {openSteps.some((s) => !isReady(s))
          ? ' Messages wait out a short cool-off first: replies sent in the first sting rarely help.'
          : ''}
      </p>
      <ol className="steps plan-steps">
        {steps.map((s) => (
          <li key={s.id}>
            <StepCard
              step={s}
              readyNow={isReady(s)}
              emphasis={s.id === emphasisId}
              onChanged={reload}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

function isReady(s: PlanStep): boolean {
  return !s.notBefore || Date.parse(s.notBefore) <= nowMs();
}

interface Event {
  at: string;
  icon: IconName;
  title: string;
  body: ReactNode;
  key: string;
}

function Timeline({ detail }: { detail: ApplicationDetail }) {
  const names = useMemo(
    () => new Map(detail.contacts.map((c) => [c.id, c.name])),
    [detail.contacts],
  );
  const events: Event[] = [];
  const a = detail.application;
  if (a.appliedOn) {
    events.push({
      key: 'applied',
      at: `${a.appliedOn}T00:00:00.000Z`,
      icon: 'mail',
      title: `Applied${a.source ? ` via ${a.source}` : ''}`,
      body: a.resumeVersion ? <p className="muted">Resume: {a.resumeVersion}</p> : null,
    });
  }
  for (const i of detail.interviews) {
    const who = i.participantIds.map((p) => names.get(p)).filter(Boolean);
    events.push({
      key: `i${i.id}`,
      at: i.at,
      icon: 'calendar',
      title: `${INTERVIEW_TITLES[i.kind]}, ${INTERVIEW_MODE_PHRASES[i.mode]}${i.finalRound ? ' (final round)' : ''}`,
      body: (
        <>
          {who.length ? <p>With {who.join(', ')}</p> : null}
          {i.notes ? <p className="prewrap">{i.notes}</p> : null}
          {i.questions.length ? (
            <ul className="plain-list">
              {i.questions.map((q, n) => (
                <li key={n}>
                  “{q.text}”
                  {q.rating ? (
                    <span className="muted"> · you rated your answer {q.rating}/5</span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ),
    });
  }
  for (const e of detail.emails) {
    events.push({
      key: `e${e.id}`,
      at: e.sentAt ?? e.createdAt,
      icon: 'mail',
      title: `Email: ${e.subject || '(no subject)'}`,
      body: (
        <>
          {e.fromName || e.fromEmail ? (
            <p className="muted">From {e.fromName ?? e.fromEmail}</p>
          ) : null}
          <EmailText text={e.body} />
        </>
      ),
    });
  }
  const r = detail.rejection;
  if (r) {
    events.push({
      key: 'rejection',
      at: r.receivedAt,
      icon: 'leaf',
      title:
        r.channel === 'silence' ? 'No reply, so you closed it' : `Turned down ${HOW[r.channel]}`,
      body: (
        <>
          <p className="muted">
            After {STAGE_LABELS[r.stage].toLowerCase()}
            {r.senderName ? ` · from ${r.senderName}` : ''}
            {r.automatedSender ? ' · an automated message' : ''}
          </p>
          {r.reasons.length ? <p>Reasons given: {r.reasons.join('; ')}</p> : null}
          {r.subject ? <p>Subject: {r.subject}</p> : null}
          {r.emailText ? <EmailText text={r.emailText} /> : null}
        </>
      ),
    });
  }
  for (const f of detail.feedback) {
    events.push({
      key: `f${f.id}`,
      at: f.receivedAt,
      icon: 'chat',
      title: `Feedback${f.fromContactId && names.get(f.fromContactId) ? ` from ${names.get(f.fromContactId)}` : ''}`,
      body: (
        <>
          <p className="prewrap">{f.text}</p>
          {f.vague ? (
            <p className="muted">A non-answer. That is common, and not about you.</p>
          ) : null}
        </>
      ),
    });
  }
  for (const x of detail.reflections) {
    events.push({
      key: `r${x.id}`,
      at: x.createdAt,
      icon: 'journal',
      title: 'Your reflection',
      body: <ReflectionView r={x} />,
    });
  }
  for (const s of detail.steps) {
    if (s.status === 'done' && s.completedAt) {
      events.push({
        key: `s${s.id}`,
        at: s.completedAt,
        icon: 'check',
        title: `Done: ${stepTitle(s)}`,
        body: null,
      });
    }
  }
  events.sort((x, y) => Date.parse(x.at) - Date.parse(y.at));

  return (
    <section className="section" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="section-title">
        Timeline
      </h2>
      {events.length === 0 ? (
        <p className="muted">
          Nothing here yet. Interviews, emails and notes appear as you add them.
        </p>
      ) : (
        <ol className="timeline">
          {events.map((e) => (
            <li key={e.key} className="timeline-item">
              <span className="timeline-dot" aria-hidden="true">
                <Icon name={e.icon} />
              </span>
              <div className="timeline-content">
                <p className="timeline-when">
                  <time dateTime={e.at}>
                    {dateOnly(e) ? formatDay(e.at.slice(0, 10)) : formatDayTime(e.at)}
                  </time>
                </p>
                <h3 className="timeline-title">{e.title}</h3>
                {e.body}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Applied dates, and interviews entered as a day (stored at midday UTC), show no time. */
function dateOnly(e: Event): boolean {
  return e.key === 'applied' || (e.key.startsWith('i') && e.at.endsWith('T12:00:00.000Z'));
}

/** Email content, shown as plain text only: no HTML from a message ever reaches the page. */
function EmailText({ text }: { text: string }) {
  return (
    <details className="email-text">
      <summary>Show the message</summary>
      <pre>{text}</pre>
    </details>
  );
}

function ReflectionView({ r }: { r: ApplicationDetail['reflections'][number] }) {
  const rows: [string, ReactNode][] = [];
  if (r.wentWell) rows.push(['Went well', r.wentWell]);
  if (r.wentBadly) rows.push(['Could go better', r.wentBadly]);
  const list = (xs: string[]) => (
    <ul className="dash-list">
      {xs.map((x, i) => (
        <li key={i}>{x}</li>
      ))}
    </ul>
  );
  if (r.pauseQuestions.length) rows.push(['Questions to prepare', list(r.pauseQuestions)]);
  if (r.inControl) rows.push(['In your control', r.inControl]);
  if (r.outOfControl) rows.push(['Outside your control', r.outOfControl]);
  if (r.requirementsMatch)
    rows.push([
      'Fit with the requirements',
      { yes: 'Yes', partly: 'Partly', no: 'Not really' }[r.requirementsMatch],
    ]);
  if (r.missingQualifications.length) rows.push(['Missing', list(r.missingQualifications)]);
  return (
    <dl className="kv">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd className="prewrap">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function About({ detail }: { detail: ApplicationDetail }) {
  const a = detail.application;
  return (
    <>
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title" className="card-title">
          Details
        </h2>
        <dl className="kv">
          <div>
            <dt>Applied</dt>
            <dd>{a.appliedOn ? formatDay(a.appliedOn) : 'Not yet'}</dd>
          </div>
          {a.source ? (
            <div>
              <dt>Found via</dt>
              <dd>{a.source}</dd>
            </div>
          ) : null}
          {a.valued ? (
            <div>
              <dt>What you valued</dt>
              <dd>{a.valued}</dd>
            </div>
          ) : null}
          {a.url ? (
            <div>
              <dt>Posting</dt>
              <dd>
                <a
                  href={a.url}
                  rel="noreferrer noopener"
                  target="_blank"
                  className="text-link break"
                >
                  {a.url.replace(/^https?:\/\//, '')}
                  <Icon name="external" />
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </dd>
            </div>
          ) : null}
          {a.notes ? (
            <div>
              <dt>Notes</dt>
              <dd className="prewrap">{a.notes}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      <section className="card" aria-labelledby="people-title">
        <h2 id="people-title" className="card-title">
          People
        </h2>
        {detail.contacts.length === 0 ? (
          <p className="muted">No one yet. Add the people you meet with an interview.</p>
        ) : (
          <ul className="people">
            {detail.contacts.map((c) => (
              <li key={c.id}>
                <span className="person-name">{c.name}</span>
                <span className="muted">
                  {[c.title, CONTACT_KIND_LABELS[c.kind]].filter(Boolean).join(' · ')}
                </span>
                {c.email ? <span className="muted break">{c.email}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

interface FormProps {
  detail: ApplicationDetail;
  onDone: () => void;
  onCancel: () => void;
}

function FormFrame({
  id,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  children: ReactNode;
}) {
  return (
    <section className="card form-card" id={id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="card-title">
        {title}
      </h3>
      {lead ? <p className="muted">{lead}</p> : null}
      {children}
    </section>
  );
}

/** The three panels that add to the application's story, each with its own form. */
const FORMS = {
  interview: InterviewForm,
  feedback: FeedbackForm,
  reflect: ReflectForm,
} as const;

function InterviewForm({ detail, onDone, onCancel }: FormProps) {
  const notify = useNotice();
  const app = detail.application;
  const [date, setDate] = useState(todayInput());
  const [kind, setKind] = useState<InterviewKind>('hiring_manager');
  const [mode, setMode] = useState<InterviewMode>('video');
  const [finalRound, setFinalRound] = useState(false);
  const [notes, setNotes] = useState('');
  const [questions, setQuestions] = useState('');
  const [people, setPeople] = useState<Contact[]>(detail.contacts);
  const [chosen, setChosen] = useState<number[]>([]);
  const [adding, setAdding] = useState(detail.contacts.length === 0);
  const [pName, setPName] = useState('');
  const [pKind, setPKind] = useState<ContactKind>('hiring_manager');
  const [pEmail, setPEmail] = useState('');
  const [pTitle, setPTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!date) {
      setError('Add the date of the interview.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const ids = [...chosen];
      if (adding && pName.trim()) {
        const c = await api.addContact({
          name: pName.trim(),
          kind: pKind,
          email: pEmail.trim() || null,
          title: pTitle.trim() || null,
          company: app.company,
          applicationId: app.id,
        });
        setPeople((p) => [...p, c]);
        setChosen((x) => [...x, c.id]);
        setAdding(false);
        setPName('');
        setPEmail('');
        setPTitle('');
        ids.push(c.id);
      }
      await api.addInterview(app.id, {
        at: date,
        kind,
        mode,
        finalRound,
        participantIds: ids,
        notes: notes.trim() || null,
        questions: questions
          .split('\n')
          .map((q) => q.trim())
          .filter(Boolean)
          .map((text) => ({ text, rating: null })),
      });
      notify('Interview added.');
      onDone();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <FormFrame
      id="panel-interview"
      title="Add an interview"
      lead="Who you met matters: it decides who a thank-you can go to, and whether asking for feedback can work."
    >
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <TextField
            label="Date"
            type="date"
            value={date}
            onChange={setDate}
            required
            name="interviewDate"
          />
          <SelectField
            label="Kind of interview"
            value={kind}
            onChange={setKind}
            options={INTERVIEW_KINDS.map((k) => ({ value: k, label: INTERVIEW_KIND_LABELS[k] }))}
            name="interviewKind"
          />
        </div>
        <RadioGroup
          legend="How you met"
          value={mode}
          onChange={setMode}
          options={INTERVIEW_MODES.map((m) => ({ value: m, label: INTERVIEW_MODE_LABELS[m] }))}
          className="radios-inline"
        />
        <fieldset className="people-pick">
          <legend>Who you met</legend>
          {people.length > 0 ? (
            <div className="checks">
              {people.map((c) => (
                <Checkbox
                  key={c.id}
                  checked={chosen.includes(c.id)}
                  onChange={(on) =>
                    setChosen((x) => (on ? [...x, c.id] : x.filter((y) => y !== c.id)))
                  }
                  label={`${c.name} (${CONTACT_KIND_LABELS[c.kind].toLowerCase()})`}
                />
              ))}
            </div>
          ) : null}
          {adding ? (
            <div className="subform">
              <p className="subform-title">Add a person</p>
              <div className="form-grid">
                <TextField
                  label="Name"
                  value={pName}
                  onChange={setPName}
                  name="personName"
                  autoComplete="off"
                />
                <SelectField
                  label="Their role"
                  value={pKind}
                  onChange={setPKind}
                  options={CONTACT_KINDS.filter(
                    (k) => !['friend', 'family', 'mentor'].includes(k),
                  ).map((k) => ({
                    value: k,
                    label: CONTACT_KIND_LABELS[k],
                  }))}
                  name="personKind"
                />
                <TextField
                  label="Email"
                  type="email"
                  value={pEmail}
                  onChange={setPEmail}
                  optional
                  name="personEmail"
                />
                <TextField
                  label="Job title"
                  value={pTitle}
                  onChange={setPTitle}
                  optional
                  name="personTitle"
                />
              </div>
            </div>
          ) : (
            <button type="button" className="btn btn-quiet btn-sm" onClick={() => setAdding(true)}>
              <Icon name="plus" />
              Add a person
            </button>
          )}
        </fieldset>
        <Checkbox checked={finalRound} onChange={setFinalRound} label="This was the final round" />
        <TextArea
          label="Notes"
          optional
          value={notes}
          onChange={setNotes}
          rows={3}
          hint="Anything you want to remember: what you liked, what surprised you."
        />
        <TextArea
          label="Questions that gave you pause"
          optional
          value={questions}
          onChange={setQuestions}
          rows={3}
          hint="One per line. They go to your list to prepare."
        />
        <ErrorLine error={error} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save interview'}
          </button>
          <button type="button" className="btn btn-quiet" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </FormFrame>
  );
}

function FeedbackForm({ detail, onDone, onCancel }: FormProps) {
  const notify = useNotice();
  const [text, setText] = useState('');
  const [from, setFrom] = useState('');
  const [date, setDate] = useState(todayInput());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setError('Paste or type the feedback first.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.addFeedback(detail.application.id, {
        text: text.trim(),
        fromContactId: from ? Number(from) : null,
        receivedAt: date || null,
      });
      notify('Feedback saved. Your plan was updated.');
      onDone();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  return (
    <FormFrame
      id="panel-feedback"
      title="Add feedback"
      lead="Many employers give no feedback, sometimes for legal reasons. When something does arrive, it goes into your plan."
    >
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextArea
          label="What they said"
          value={text}
          onChange={setText}
          rows={5}
          required
          name="feedbackText"
        />
        <div className="form-grid">
          <SelectField
            label="From"
            value={from}
            onChange={setFrom}
            options={[
              { value: '', label: 'Not sure / no one in particular' },
              ...detail.contacts.map((c) => ({ value: String(c.id), label: c.name })),
            ]}
            name="feedbackFrom"
          />
          <TextField
            label="Received on"
            type="date"
            value={date}
            onChange={setDate}
            optional
            name="feedbackDate"
          />
        </div>
        <ErrorLine error={error} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save feedback'}
          </button>
          <button type="button" className="btn btn-quiet" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </FormFrame>
  );
}

const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

function ReflectForm({ detail, onDone, onCancel }: FormProps) {
  const notify = useNotice();
  const [wentWell, setWentWell] = useState('');
  const [wentBadly, setWentBadly] = useState('');
  const [pause, setPause] = useState('');
  const [inControl, setInControl] = useState('');
  const [outOfControl, setOutOfControl] = useState('');
  const [match, setMatch] = useState<'yes' | 'partly' | 'no' | null>(null);
  const [missing, setMissing] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (
      ![wentWell, wentBadly, pause, inControl, outOfControl, missing].some((x) => x.trim()) &&
      !match
    ) {
      setError('Answer at least one question; a single line is enough.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.addReflection(detail.application.id, {
        wentWell: wentWell.trim() || null,
        wentBadly: wentBadly.trim() || null,
        pauseQuestions: lines(pause),
        inControl: inControl.trim() || null,
        outOfControl: outOfControl.trim() || null,
        requirementsMatch: match,
        missingQualifications: lines(missing),
      });
      notify('Reflection saved. Thank you for taking the time.');
      onDone();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  return (
    <FormFrame
      id="panel-reflect"
      title="Reflect"
      lead="A few short answers. Skip any question; one line is plenty."
    >
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <TextArea
          label="What went well?"
          value={wentWell}
          onChange={setWentWell}
          rows={2}
          optional
        />
        <TextArea
          label="What would you do differently?"
          value={wentBadly}
          onChange={setWentBadly}
          rows={2}
          optional
        />
        <TextArea
          label="Questions that gave you pause"
          value={pause}
          onChange={setPause}
          rows={2}
          optional
          hint="One per line. They go to your list to prepare."
        />
        <div className="form-grid">
          <TextArea
            label="What was in your control?"
            value={inControl}
            onChange={setInControl}
            rows={2}
            optional
          />
          <TextArea
            label="What was outside it?"
            value={outOfControl}
            onChange={setOutOfControl}
            rows={2}
            optional
            hint="An internal candidate, a budget freeze: name it, then let it go."
          />
        </div>
        <RadioGroup
          legend="Did your experience match what they asked for?"
          value={match}
          onChange={setMatch}
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'partly', label: 'Partly' },
            { value: 'no', label: 'Not really' },
          ]}
          className="radios-inline"
        />
        <TextArea
          label="Anything specific missing?"
          value={missing}
          onChange={setMissing}
          rows={2}
          optional
          hint="A skill, a tool, a qualification. One per line."
        />
        <ErrorLine error={error} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save reflection'}
          </button>
          <button type="button" className="btn btn-quiet" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </FormFrame>
  );
}
