// Settings: who you are (for drafts), and the pace of plans, each with a one-line why.
import { useEffect, useState, type FormEvent } from 'react';
import { api, errorMessage } from '../api';
import { Icon } from '../components/Icon';
import { useNotice } from '../components/Notice';
import { setTheme, useTheme, type ThemeChoice } from '../components/Theme';
import {
  Checkbox,
  ErrorLine,
  Loading,
  PageHeader,
  RadioGroup,
  TextArea,
  TextField,
} from '../components/ui';
import { useAsync, useTitle } from '../hooks';
import type { ProfileView, Settings } from '../types';
import { KeepingInTouchSettings } from './SettingsTouch';

type NumKey = Exclude<keyof Settings, 'feedbackStrictness'>;

const NUMBERS: {
  key: NumKey;
  label: string;
  why: string;
  min: number;
  max: number;
  group: 'pace' | 'nudges';
}[] = [
  {
    key: 'coolOffHours',
    label: 'Cool-off after a rejection (hours)',
    why: 'No message is suggested for sending before this: replies written in the first sting rarely help.',
    min: 0,
    max: 336,
    group: 'pace',
  },
  {
    key: 'thankYouDays',
    label: 'Thank-you note due within (days)',
    why: 'A short thank-you lands best while they still remember you.',
    min: 1,
    max: 30,
    group: 'pace',
  },
  {
    key: 'reflectDays',
    label: 'Reflection due within (days)',
    why: 'Details fade fast; a few lines soon after are worth more than a long essay later.',
    min: 1,
    max: 30,
    group: 'pace',
  },
  {
    key: 'touchBaseDays',
    label: 'Touch base with a warm lead every (days)',
    why: 'After a final round, an occasional friendly note keeps you in mind for the next opening.',
    min: 7,
    max: 730,
    group: 'pace',
  },
  {
    key: 'followUpDays',
    label: 'Follow up after silence of (days)',
    why: 'One polite follow-up after an interview is normal; more than one rarely helps.',
    min: 1,
    max: 90,
    group: 'pace',
  },
  {
    key: 'ghostDays',
    label: 'Mark as no reply after (days)',
    why: 'Long silence usually means no. Rebound then runs a lighter plan so you can move on.',
    min: 2,
    max: 365,
    group: 'pace',
  },
  {
    key: 'targetActiveApplications',
    label: 'Active applications to aim for',
    why: 'Below this, Today suggests adding a lead, so one answer never decides everything.',
    min: 1,
    max: 100,
    group: 'nudges',
  },
  {
    key: 'staleSearchDays',
    label: 'Nudge after no new application for (days)',
    why: 'A gentle reminder to keep the search moving, especially while interviews are under way.',
    min: 1,
    max: 90,
    group: 'nudges',
  },
  {
    key: 'supportThreshold',
    label: 'Rejections that suggest leaning on people',
    why: 'Several in a short time is a lot to carry; Rebound suggests reaching out to a friend or mentor.',
    min: 1,
    max: 50,
    group: 'nudges',
  },
  {
    key: 'supportWindowDays',
    label: 'Counted over (days)',
    why: 'The window for counting those rejections.',
    min: 1,
    max: 365,
    group: 'nudges',
  },
];

export function SettingsScreen() {
  useTitle('Settings');
  const data = useAsync(() => api.profile(), []);
  return (
    <>
      <PageHeader
        title="Settings"
        lead="Your details for drafts, and the pace of your plans. Everything stays on this computer."
      />
      {data.error && !data.data ? <ErrorLine error={data.error} /> : null}
      {!data.data && !data.error ? <Loading /> : null}
      {data.data ? <SettingsForm initial={data.data} onSaved={data.setData} /> : null}
      {data.data ? <KeepingInTouchSettings /> : null}
    </>
  );
}

function SettingsForm({
  initial,
  onSaved,
}: {
  initial: ProfileView;
  onSaved: (v: ProfileView) => void;
}) {
  const notify = useNotice();
  const theme = useTheme();
  const [name, setName] = useState(initial.profile.name ?? '');
  const [email, setEmail] = useState(initial.profile.email ?? '');
  const [signature, setSignature] = useState(initial.profile.signature ?? '');
  const [freelance, setFreelance] = useState(initial.profile.openToFreelance);
  const [nums, setNums] = useState<Record<NumKey, string>>(
    () =>
      Object.fromEntries(NUMBERS.map((n) => [n.key, String(initial.settings[n.key])])) as Record<
        NumKey,
        string
      >,
  );
  const [strict, setStrict] = useState<Settings['feedbackStrictness']>(
    initial.settings.feedbackStrictness,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);

  useEffect(() => {
    setSavedAt(null);
  }, [name, email, signature, freelance, nums, strict]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    for (const n of NUMBERS) {
      const v = Number(nums[n.key]);
      if (!Number.isInteger(v) || v < n.min || v > n.max) {
        setError(`${n.label}: use a whole number from ${n.min} to ${n.max}.`);
        return;
      }
    }
    setBusy(true);
    try {
      const view = await api.updateProfile({
        name: name.trim() || null,
        email: email.trim() || null,
        signature: signature.trim() || null,
        openToFreelance: freelance,
        feedbackStrictness: strict,
        ...Object.fromEntries(NUMBERS.map((n) => [n.key, Number(nums[n.key])])),
      });
      onSaved(view);
      setSavedAt(Date.now());
      notify('Settings saved. Open plans follow them from now on.');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const numberField = (n: (typeof NUMBERS)[number]) => (
    <div className="setting-row" key={n.key}>
      <div>
        <label htmlFor={`setting-${n.key}`}>{n.label}</label>
        <p className="hint" id={`setting-${n.key}-why`}>
          {n.why}
        </p>
      </div>
      <input
        id={`setting-${n.key}`}
        type="number"
        inputMode="numeric"
        min={n.min}
        max={n.max}
        value={nums[n.key]}
        aria-describedby={`setting-${n.key}-why`}
        onChange={(e) => setNums((s) => ({ ...s, [n.key]: e.target.value }))}
        name={n.key}
      />
    </div>
  );

  return (
    <form className="form settings-form" onSubmit={(e) => void submit(e)} noValidate>
      <section className="card" aria-labelledby="you-title">
        <h2 id="you-title" className="card-title">
          <Icon name="person" />
          You
        </h2>
        <p className="muted">
          Used to sign the drafts, and as the sender of downloaded .eml files. Never shared.
        </p>
        <div className="form-grid">
          <TextField
            label="Your name"
            value={name}
            onChange={setName}
            autoComplete="name"
            name="name"
          />
          <TextField
            label="Your email"
            type="email"
            value={email}
            onChange={setEmail}
            autoComplete="email"
            name="email"
          />
        </div>
        <TextArea
          label="Signature"
          value={signature}
          onChange={setSignature}
          rows={3}
          hint="Added at the end of every draft."
          name="signature"
        />
        <Checkbox
          checked={freelance}
          onChange={setFreelance}
          label="I’m open to freelance or contract work"
          hint="Thank-you notes may then offer help on a contract basis, which keeps a door open."
        />
      </section>

      <section className="card" aria-labelledby="pace-title">
        <h2 id="pace-title" className="card-title">
          <Icon name="clock" />
          Pace of a plan
        </h2>
        <div className="setting-rows">
          {NUMBERS.filter((n) => n.group === 'pace').map(numberField)}
        </div>
        <RadioGroup
          legend="Ask for feedback when you met the hiring manager"
          hint="Feedback requests mostly get answers from people you actually met."
          value={strict}
          onChange={setStrict}
          options={[
            { value: 'live', label: 'In person or on video' },
            { value: 'in_person', label: 'In person only' },
          ]}
          className="radios-inline"
        />
      </section>

      <section className="card" aria-labelledby="nudges-title">
        <h2 id="nudges-title" className="card-title">
          <Icon name="leaf" />
          Gentle nudges
        </h2>
        <div className="setting-rows">
          {NUMBERS.filter((n) => n.group === 'nudges').map(numberField)}
        </div>
      </section>

      <section className="card" aria-labelledby="look-title">
        <h2 id="look-title" className="card-title">
          <Icon name="sun" />
          Appearance
        </h2>
        <RadioGroup<ThemeChoice>
          legend="Theme"
          hint="Saved in this browser only."
          value={theme}
          onChange={setTheme}
          options={[
            { value: 'system', label: 'Match my system' },
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
          ]}
          className="radios-inline"
          name="theme"
        />
      </section>

      <ErrorLine error={error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save settings'}
        </button>
        {savedAt ? (
          <span className="muted small">
            <Icon name="check" /> Saved
          </span>
        ) : null}
      </div>
    </form>
  );
}
