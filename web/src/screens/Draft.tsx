// The draft editor: the message for one step, editable, with copy, .eml download, a mailto
// link, a character count for connection notes, and the tone check beside it.
import { useEffect, useId, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { ApiError, api, errorMessage, nowMs } from '../api';
import { Icon } from '../components/Icon';
import { useNotice } from '../components/Notice';
import { EmptyState, ErrorLine, Link, Loading, PageHeader, TextField } from '../components/ui';
import { formatWhen, relativeDay, stepTitle } from '../format';
import { useAsync, useDebounced, useTitle } from '../hooks';
import type { DraftView, PlanStep, ToneFinding } from '../types';

export function DraftScreen({ stepId }: { stepId: string }) {
  const view = useAsync(() => api.draft(stepId), [stepId]);
  useTitle(view.data ? stepTitle(view.data.step) : 'Draft');

  if (view.error && !view.data) {
    const e = view.error;
    const missing = e instanceof ApiError && e.notFound;
    const noDraft = e instanceof ApiError && e.code === 'unsupported';
    return (
      <>
        <PageHeader title={missing ? 'Draft not found' : 'Draft'} />
        {missing || noDraft ? (
          <EmptyState
            icon="search"
            title={missing ? 'There is no step here.' : 'This step has no message to write.'}
          >
            <p>
              {missing
                ? 'It may belong to a plan that changed. Today lists what is open.'
                : errorMessage(e)}
            </p>
            <Link to="/" className="btn btn-primary">
              Back to Today
            </Link>
          </EmptyState>
        ) : (
          <div className="stack">
            <ErrorLine error={e} />
            <button type="button" className="btn btn-secondary" onClick={view.reload}>
              Try again
            </button>
          </div>
        )}
      </>
    );
  }
  if (!view.data) {
    return (
      <>
        <PageHeader title="Draft" />
        <Loading />
      </>
    );
  }
  return (
    <Editor view={view.data} onStepChanged={(step) => view.setData({ ...view.data!, step })} />
  );
}

function Editor({
  view,
  onStepChanged,
}: {
  view: DraftView;
  onStepChanged: (s: PlanStep) => void;
}) {
  const { step, draft } = view;
  const notify = useNotice();
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.body);
  const [saved, setSaved] = useState({ subject: draft.subject, body: draft.body });
  const [busy, setBusy] = useState<null | 'save' | 'done' | 'eml'>(null);
  const [error, setError] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const emlRef = useRef<HTMLAnchorElement>(null);
  const bodyId = useId();
  const countId = useId();
  const dirty = subject !== saved.subject || body !== saved.body;
  const title = stepTitle(step);
  const max = draft.maxLength;
  const length = body.length;
  const over = max !== null && length > max;
  const waiting = step.notBefore !== null && Date.parse(step.notBefore) > nowMs();
  const done = step.status === 'done';

  const save = async (): Promise<boolean> => {
    if (!subject.trim() && max === null) {
      setError('Add a subject line before saving.');
      return false;
    }
    if (!body.trim()) {
      setError('The message is empty. Write a line or two before saving.');
      return false;
    }
    setBusy('save');
    setError(null);
    try {
      const d = await api.saveDraft(step.id, { subject: subject.trim() || title, body });
      setSaved({ subject: d.subject, body: d.body });
      setSubject(d.subject);
      setBody(d.body);
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setBusy(null);
    }
  };

  const onSave = async (e: FormEvent) => {
    e.preventDefault();
    if (await save()) notify('Draft saved. Later plan updates keep your wording.');
  };

  const copy = async () => {
    setError(null);
    try {
      await navigator.clipboard.writeText(body);
      notify('Copied. Paste it wherever you want to send it.');
    } catch {
      const el = bodyRef.current;
      if (el) {
        el.focus();
        el.select();
      }
      setError(
        'Copying was blocked by the browser. The text is selected: press Ctrl+C (or ⌘C) to copy it.',
      );
    }
  };

  const downloadEml = async (e: MouseEvent<HTMLAnchorElement>) => {
    if (!dirty) return;
    e.preventDefault();
    if (await save()) emlRef.current?.click();
  };

  const markSent = async () => {
    setBusy('done');
    setError(null);
    try {
      if (dirty && !(await save())) return;
      const s = await api.changeStep(step.id, 'done');
      onStepChanged(s);
      notify(`Marked as sent: ${title}.`, async () =>
        onStepChanged(await api.changeStep(step.id, 'reopen')),
      );
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const mailto = `mailto:${draft.toEmail ? encodeURIComponent(draft.toEmail) : ''}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;

  return (
    <>
      <p className="crumb">
        <Link to={`/applications/${step.applicationId}`}>
          <Icon name="back" />
          Back to the plan
        </Link>
      </p>
      <PageHeader
        title={title}
        lead={
          <>
            <span className="step-why-label">Why: </span>
            {step.rationale}
          </>
        }
      />
      {waiting && !done ? (
        <p className="calm-note">
          <Icon name="clock" />
          <span>
            Ready to send {formatWhen(step.notBefore!)}. A little time first helps it land well; you
            can edit it now.
          </span>
        </p>
      ) : null}
      {done ? (
        <p className="calm-note calm-note-done" role="status">
          <Icon name="check" />
          <span>
            Marked as sent {step.completedAt ? relativeDay(step.completedAt) : ''}. Well done.
          </span>
        </p>
      ) : null}

      <div className="draft-grid">
        <div className="draft-main">
          <form
            className="card draft-card"
            onSubmit={(e) => void onSave(e)}
            noValidate
            aria-label="Draft"
          >
            <p className="draft-to">
              <span className="muted">To </span>
              {draft.toName || draft.toEmail ? (
                <strong>
                  {draft.toName ?? ''}
                  {draft.toEmail ? ` <${draft.toEmail}>` : ''}
                </strong>
              ) : (
                <span>no address known yet: add one when you send it</span>
              )}
            </p>
            {max === null || draft.subject ? (
              <TextField label="Subject" value={subject} onChange={setSubject} name="subject" />
            ) : null}
            <div className="field">
              <label htmlFor={bodyId}>Message</label>
              <textarea
                id={bodyId}
                ref={bodyRef}
                className="draft-body"
                rows={max !== null ? 5 : 12}
                value={body}
                aria-describedby={max !== null ? countId : undefined}
                aria-invalid={over || undefined}
                onChange={(e) => setBody(e.target.value)}
                name="body"
              />
              {max !== null ? <CharCount id={countId} length={length} max={max} /> : null}
            </div>
            <ErrorLine error={error} />
            <div className="draft-actions">
              <button type="button" className="btn btn-primary" onClick={() => void copy()}>
                <Icon name="copy" />
                Copy message
              </button>
              <a
                href={api.draftEmlUrl(step.id)}
                ref={emlRef}
                download
                className="btn btn-secondary"
                onClick={(e) => void downloadEml(e)}
              >
                <Icon name="download" />
                Download .eml
              </a>
              <a href={mailto} className="btn btn-secondary">
                <Icon name="mail" />
                Open in your mail app
              </a>
              {dirty ? (
                <button type="submit" className="btn btn-secondary" disabled={busy !== null}>
                  {busy === 'save' ? 'Saving…' : 'Save changes'}
                </button>
              ) : (
                <span className="saved-state">
                  <Icon name="check" />
                  {step.draftEdited || saved.body !== draft.body || saved.subject !== draft.subject
                    ? 'Your edits are saved'
                    : 'Saved'}
                </span>
              )}
            </div>
            <p className="muted small">
              <Icon name="lock" /> Nothing is sent until you send it. The .eml file opens as a draft
              in most mail apps.
            </p>
          </form>

          <section className="card sent-card" aria-labelledby="sent-title">
            <h2 id="sent-title" className="card-title">
              {done ? 'Sent' : 'Sent it?'}
            </h2>
            {done ? (
              <p className="muted">This step is done. If that was a mistake, reopen it.</p>
            ) : (
              <p className="muted">
                When you have sent it yourself, mark this step done. You can undo it.
              </p>
            )}
            <div className="button-row">
              {done ? (
                <button
                  type="button"
                  className="btn btn-secondary"
                  disabled={busy !== null}
                  onClick={() =>
                    void api
                      .changeStep(step.id, 'reopen')
                      .then(onStepChanged, (e: unknown) => setError(errorMessage(e)))
                  }
                >
                  <Icon name="undo" />
                  Reopen this step
                </button>
              ) : (
                <button
                  type="button"
                  className="btn btn-secondary"
                  disabled={busy !== null}
                  onClick={() => void markSent()}
                >
                  <Icon name="check" />
                  Mark as sent
                </button>
              )}
            </div>
          </section>
        </div>
        <ToneCheck
          text={body}
          kind={step.kind}
          onReplace={(f) => {
            if (body.slice(f.start, f.end) !== f.excerpt || f.alternative === null) return;
            setBody(body.slice(0, f.start) + f.alternative + body.slice(f.end));
          }}
        />
      </div>
    </>
  );
}

function CharCount({ id, length, max }: { id: string; length: number; max: number }) {
  const over = length - max;
  const near = !(over > 0) && max - length <= 20;
  const label =
    over > 0 ? `${over} over the ${max}-character limit` : `${length} of ${max} characters`;
  // Announce only when it matters, not on every keystroke.
  const announce =
    over > 0
      ? `Over the limit by ${over} characters.`
      : near
        ? `${max - length} characters left.`
        : '';
  const debounced = useDebounced(announce, 600);
  return (
    <>
      <p
        id={id}
        className={`char-count${over > 0 ? ' char-count-over' : near ? ' char-count-near' : ''}`}
      >
        {label}
        {over > 0 ? ': LinkedIn cuts connection notes at 300.' : null}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {debounced}
      </p>
    </>
  );
}

const TONE_KINDS = [
  'thank_you',
  'feedback_request',
  'escalate',
  'connect',
  'touch_base',
  'follow_up',
  'support',
];

/** The tone check's findings, beside the draft. Hides itself when the server has no tone check. */
function ToneCheck({
  text,
  kind,
  onReplace,
}: {
  text: string;
  kind: string;
  onReplace: (f: ToneFinding) => void;
}) {
  const settled = useDebounced(text, 900);
  const [state, setState] = useState<'loading' | 'ready' | 'error' | 'absent'>('loading');
  const [findings, setFindings] = useState<ToneFinding[]>([]);
  const [checked, setChecked] = useState<string | null>(null);
  const [inFlight, setInFlight] = useState(false);
  const absent = useRef(false);

  // One check at a time: the check takes the server a moment, so typing never queues a pile of
  // them. When one finishes and the text has moved on, the next starts with the latest text.
  useEffect(() => {
    if (absent.current || inFlight || settled === checked) return;
    if (!settled.trim()) {
      setFindings([]);
      setChecked(settled);
      setState('ready');
      return;
    }
    const asked = settled;
    setInFlight(true);
    api.tone(asked, TONE_KINDS.includes(kind) ? kind : 'other').then(
      (r) => {
        setFindings(Array.isArray(r.findings) ? r.findings : []);
        setChecked(asked);
        setState('ready');
        setInFlight(false);
      },
      (e: unknown) => {
        if (e instanceof ApiError && e.status === 404) absent.current = true;
        setChecked(asked);
        setState(absent.current ? 'absent' : 'error');
        setInFlight(false);
      },
    );
  }, [settled, checked, inFlight, kind]);

  if (state === 'absent') return null;
  const stale = checked !== text;
  const warnings = findings.filter((f) => f.severity === 'warning');
  const polish = findings.filter((f) => f.severity !== 'warning');

  return (
    <aside className="card tone-card" aria-labelledby="tone-title">
      <h2 id="tone-title" className="card-title">
        <Icon name="leaf" />
        Tone check
      </h2>
      <p className="muted small">
        Reads the message the way its reader might. It only suggests; you decide.
      </p>
      {state === 'loading' ? <Loading label="Reading your message…" /> : null}
      {state === 'error' ? (
        <p className="muted">The tone check could not run just now. Your draft is unaffected.</p>
      ) : null}
      {state === 'ready' ? (
        <div aria-live="polite" className={stale ? 'tone-stale' : undefined}>
          {findings.length === 0 ? (
            <p className="tone-ok">
              <Icon name="check" />
              <span>Nothing here is likely to land badly.</span>
            </p>
          ) : (
            <>
              <p>
                {warnings.length > 0
                  ? `${warnings.length === 1 ? 'One thing' : `${warnings.length} things`} could cost goodwill.`
                  : 'Only small polish.'}
              </p>
              <ul className="findings">
                {[...warnings, ...polish].map((f, i) => (
                  <li key={`${f.rule}-${f.start}-${i}`} className={`finding finding-${f.severity}`}>
                    <p className="finding-kind">
                      {f.severity === 'warning' ? 'Worth a look' : 'Polish'}
                    </p>
                    {f.excerpt ? (
                      <p className="finding-excerpt">
                        “{f.excerpt.length > 140 ? `${f.excerpt.slice(0, 140)}…` : f.excerpt}”
                      </p>
                    ) : null}
                    <p>{f.explanation}</p>
                    {f.alternative !== null && f.alternative !== undefined ? (
                      <div className="finding-alt">
                        <p>
                          <span className="muted">Instead: </span>“{f.alternative}”
                        </p>
                        <button
                          type="button"
                          className="btn btn-quiet btn-sm"
                          disabled={stale}
                          onClick={() => onReplace(f)}
                        >
                          Use this wording
                        </button>
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
    </aside>
  );
}
