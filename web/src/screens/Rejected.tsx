// "I got turned down": which application, how the news came, and then the plan.
import { useEffect, useMemo, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { api, errorMessage } from '../api';
import { Icon } from '../components/Icon';
import {
  ErrorLine,
  Loading,
  PageHeader,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
} from '../components/ui';
import { STAGE_LABELS, STATUS_LABELS, todayInput } from '../format';
import { useAsync, useDebounced, useTitle } from '../hooks';
import { navigate, useLocation } from '../router';
import type { Application, Classification, RejectionChannel, Stage } from '../types';

const CHANNELS: RejectionChannel[] = ['email', 'call', 'letter', 'portal', 'silence'];
const CHANNEL_NAMES: Record<RejectionChannel, string> = {
  email: 'Email',
  call: 'Phone',
  letter: 'Letter',
  portal: 'Portal',
  silence: 'Silence',
};
const CHANNEL_HINTS: Record<RejectionChannel, string> = {
  email: 'Paste or drop it',
  call: 'They called',
  letter: 'On paper',
  portal: 'A status change',
  silence: 'No reply',
};

/** Reads From and Subject from the top of a pasted message or a raw .eml, if they are there. */
function headersOf(raw: string): { from: string; subject: string; body: string } {
  const text = raw.replace(/\r\n/g, '\n');
  const split = text.search(/\n\s*\n/);
  const head = split > 0 ? text.slice(0, split) : '';
  const looksLikeHeaders =
    /^(from|subject|to|date|received|return-path|message-id|mime-version)\s*:/im.test(head);
  if (!looksLikeHeaders) return { from: '', subject: '', body: text };
  const unfolded = head.replace(/\n[ \t]+/g, ' ');
  const get = (name: string): string =>
    new RegExp(`^${name}\\s*:\\s*(.*)$`, 'im').exec(unfolded)?.[1]?.trim() ?? '';
  return { from: get('from'), subject: get('subject'), body: text.slice(split).trim() };
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\b(inc|ltd|llc|gmbh|plc|corp|co)\b\.?/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function matchApplication(apps: Application[], c: Classification | null): Application | null {
  if (!c?.company) return null;
  const want = norm(c.company);
  if (!want) return null;
  const same = apps.filter((a) => {
    const have = norm(a.company);
    return have === want || have.startsWith(`${want} `) || want.startsWith(`${have} `);
  });
  if (same.length <= 1) return same[0] ?? null;
  const role = c.role ? norm(c.role) : '';
  return (
    same.find((a) => role && norm(a.role) === role) ??
    same.find((a) => a.status !== 'rejected') ??
    same[0] ??
    null
  );
}

export function RejectedScreen() {
  useTitle('I got turned down');
  const { query } = useLocation();
  const apps = useAsync(() => api.applications(), []);
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [appId, setAppId] = useState<string>(query.get('app') ?? '');
  const [picked, setPicked] = useState(Boolean(query.get('app')));
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [appliedOn, setAppliedOn] = useState('');
  const [channel, setChannel] = useState<RejectionChannel>('email');
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; raw: string } | null>(null);
  const [stage, setStage] = useState<'' | Stage>('');
  const [receivedOn, setReceivedOn] = useState(todayInput());
  const [reason, setReason] = useState('');
  const [valued, setValued] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [guess, setGuess] = useState<Classification | null>(null);
  const createdId = useRef<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const list = apps.data ?? [];
  const openFirst = useMemo(
    () =>
      [...list].sort(
        (a, b) =>
          Number(a.status === 'rejected') - Number(b.status === 'rejected') ||
          b.updatedAt.localeCompare(a.updatedAt),
      ),
    [list],
  );

  useEffect(() => {
    if (!apps.data) return;
    if (apps.data.length === 0) setMode('new');
    else if (!appId) setAppId(String(openFirst[0]?.id ?? ''));
  }, [apps.data, appId, openFirst]);

  // Read the email for who it is from, to show which application it belongs to.
  const source = channel === 'email' ? (file?.raw ?? text) : '';
  const settled = useDebounced(source, 500);
  useEffect(() => {
    if (!settled.trim()) {
      setGuess(null);
      return;
    }
    let live = true;
    const h = headersOf(settled);
    api.classify({ from: h.from, subject: h.subject, body: h.body.slice(0, 20000) }).then(
      (c) => {
        if (live) setGuess(c);
      },
      () => {
        if (live) setGuess(null);
      },
    );
    return () => {
      live = false;
    };
  }, [settled]);

  const matched = matchApplication(list, guess);
  // A match is selected for the user; an unknown company is only offered, never forced.
  useEffect(() => {
    if (picked || !guess) return;
    if (matched) {
      setMode('existing');
      setAppId(String(matched.id));
    } else if (list.length === 0 && guess.company) {
      setCompany((c) => c || guess.company || '');
      if (guess.role) setRole((r) => r || guess.role || '');
    }
  }, [guess, matched, picked, list.length]);

  const addGuessed = () => {
    setMode('new');
    setPicked(true);
    setCompany(guess?.company ?? '');
    setRole(guess?.role ?? '');
  };

  const chosen = list.find((a) => String(a.id) === appId) ?? null;

  const readFile = async (f: File | undefined) => {
    if (!f) return;
    if (f.size > 10 * 1024 * 1024) {
      setError('That file is over 10 MB. Save just the one email as .eml and try again.');
      return;
    }
    setError(null);
    setFile({ name: f.name, raw: await f.text() });
    setChannel('email');
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void readFile(e.dataTransfer.files[0]);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const email = channel === 'email' ? (file?.raw ?? text) : '';
    if (mode === 'new' && (!company.trim() || !role.trim())) {
      setError('Add the company and the role, so the plan knows who it is for.');
      return;
    }
    if (mode === 'existing' && !chosen) {
      setError('Choose the application this is about, or add a new one.');
      return;
    }
    if (channel === 'email' && !email.trim()) {
      setError(
        'The email is empty. Paste the message or choose an .eml file; if you heard another way, pick that instead.',
      );
      return;
    }
    setBusy(true);
    try {
      let id = chosen?.id ?? createdId.current;
      if (mode === 'new' && createdId.current === null) {
        const app = await api.addApplication({
          company: company.trim(),
          role: role.trim(),
          status: 'applied',
          appliedOn: appliedOn || null,
        });
        createdId.current = app.id;
        id = app.id;
      }
      if (id === null || id === undefined) throw new Error('Choose the application this is about.');
      await api.recordRejection(id, {
        channel,
        // Today means now: the server's clock places it exactly.
        receivedAt: receivedOn && receivedOn !== todayInput() ? receivedOn : null,
        stage: stage || null,
        reasons: reason.trim() ? [reason.trim()] : [],
        valued: valued.trim() || null,
        ...(email.trim() ? { email } : {}),
      });
      navigate(`/applications/${id}?plan=new`);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title="I got turned down"
        lead="I’m sorry. It stings, and it is not a verdict on you. Tell Rebound what happened and it will set out a short plan."
      />
      {!apps.data && !apps.error ? (
        <Loading />
      ) : (
        <form className="form rejected-form" onSubmit={(e) => void submit(e)} noValidate>
          <section className="card" aria-labelledby="how-title">
            <h2 id="how-title" className="card-title">
              <span className="step-num" aria-hidden="true">
                1
              </span>
              How did you hear?
            </h2>
            <RadioGroup
              legend={<span className="visually-hidden">How the news came</span>}
              value={channel}
              onChange={setChannel}
              options={CHANNELS.map((c) => ({
                value: c,
                label: CHANNEL_NAMES[c],
                hint: CHANNEL_HINTS[c],
              }))}
              className="radio-cards"
              name="channel"
            />
            {channel === 'email' ? (
              <div
                className={`dropzone${dragging ? ' dropzone-active' : ''}`}
                onDragOver={(e) => {
                  e.preventDefault();
                  setDragging(true);
                }}
                onDragLeave={() => setDragging(false)}
                onDrop={onDrop}
              >
                {file ? (
                  <div className="file-chip">
                    <Icon name="mail" />
                    <span>
                      Using <strong>{file.name}</strong> (
                      {Math.max(1, Math.round(file.raw.length / 1024))} KB)
                    </span>
                    <button
                      type="button"
                      className="btn btn-quiet btn-sm"
                      onClick={() => {
                        setFile(null);
                        if (fileInput.current) fileInput.current.value = '';
                      }}
                    >
                      Remove
                    </button>
                  </div>
                ) : (
                  <TextArea
                    label="Paste the email"
                    hint="Include the From and Subject lines if you can. It is read as plain text and stays on this computer."
                    value={text}
                    onChange={setText}
                    rows={8}
                    name="email"
                  />
                )}
                <div className="file-pick">
                  <label htmlFor="eml-file" className="btn btn-quiet btn-sm">
                    <Icon name="upload" />
                    Or choose an .eml file
                  </label>
                  <input
                    id="eml-file"
                    ref={fileInput}
                    className="visually-hidden-input"
                    type="file"
                    accept=".eml,message/rfc822,.txt"
                    onChange={(e) => void readFile(e.target.files?.[0])}
                  />
                  <span className="muted small">You can also drop the file here.</span>
                </div>
              </div>
            ) : (
              <TextField
                label={
                  channel === 'silence' ? 'Anything you know about why' : 'Did they give a reason?'
                }
                optional
                value={reason}
                onChange={setReason}
                hint={
                  channel === 'silence'
                    ? 'Silence is common and usually says nothing about you.'
                    : 'In their words, if you remember them.'
                }
                name="reason"
              />
            )}
          </section>

          <section className="card" aria-labelledby="which-title">
            <h2 id="which-title" className="card-title">
              <span className="step-num" aria-hidden="true">
                2
              </span>
              Which application?
            </h2>
            {guess && channel === 'email' && (guess.company || guess.role) ? (
              <div className="match-note" role="status">
                <Icon name="info" />
                <div>
                  <p>
                    {matched
                      ? `This email looks like it is about ${matched.company}, ${matched.role}.`
                      : `This email looks like it is from ${guess.company ?? 'a company you have not added yet'}${guess.role ? `, for ${guess.role}` : ''}.`}
                    {guess.label !== 'rejection'
                      ? ' It may not be a rejection, so check before you go on.'
                      : ''}
                  </p>
                  {!matched && guess.company && list.length > 0 && mode === 'existing' ? (
                    <button type="button" className="btn btn-quiet btn-sm" onClick={addGuessed}>
                      <Icon name="plus" />
                      Add {guess.company} as a new application
                    </button>
                  ) : null}
                </div>
              </div>
            ) : null}
            {list.length > 0 ? (
              <RadioGroup
                legend={<span className="visually-hidden">Existing or new application</span>}
                value={mode}
                onChange={(m) => {
                  setMode(m);
                  setPicked(true);
                }}
                options={[
                  { value: 'existing', label: 'One I already added' },
                  { value: 'new', label: 'A new one' },
                ]}
                className="radios-inline"
                name="appmode"
              />
            ) : null}
            {mode === 'existing' && list.length > 0 ? (
              <SelectField
                label="Application"
                value={appId}
                onChange={(v) => {
                  setAppId(v);
                  setPicked(true);
                }}
                options={openFirst.map((a) => ({
                  value: String(a.id),
                  label: `${a.company}, ${a.role} (${STATUS_LABELS[a.status]})`,
                }))}
                name="application"
              />
            ) : (
              <div className="form-grid">
                <TextField
                  label="Company"
                  value={company}
                  onChange={setCompany}
                  required
                  name="company"
                />
                <TextField label="Role" value={role} onChange={setRole} required name="role" />
                <TextField
                  label="When you applied"
                  type="date"
                  optional
                  value={appliedOn}
                  onChange={setAppliedOn}
                  name="appliedOn"
                />
              </div>
            )}
          </section>

          <details className="card more">
            <summary>
              <span className="summary-title">A few details</span>
              <span className="muted small">
                {' '}
                (optional: Rebound works them out if you leave them)
              </span>
            </summary>
            <div className="form-grid">
              <TextField
                label="When you heard"
                type="date"
                value={receivedOn}
                onChange={setReceivedOn}
                name="receivedOn"
              />
              <SelectField
                label="How far you got"
                value={stage}
                onChange={setStage}
                options={[
                  { value: '' as const, label: 'Work it out from my interviews' },
                  ...(Object.keys(STAGE_LABELS) as Stage[]).map((s) => ({
                    value: s,
                    label: STAGE_LABELS[s],
                  })),
                ]}
                name="stage"
              />
            </div>
            <TextField
              label="Something you valued about them"
              value={valued}
              onChange={setValued}
              hint="One specific thing. A thank-you note can mention it."
              name="valued"
            />
          </details>

          <ErrorLine error={error} />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary btn-lg" disabled={busy}>
              {busy ? 'Making your plan…' : 'Make my plan'}
            </button>
            <p className="muted small">Nothing is sent until you send it.</p>
          </div>
        </form>
      )}
    </>
  );
}
