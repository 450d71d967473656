// Add or edit an application. Only company and role are needed; the rest can wait.
import { useState, type FormEvent } from 'react';
import { errorMessage, type NewApplication } from '../api';
import { STATUSES, STATUS_OPTION_LABELS, todayInput } from '../format';
import type { Application, ApplicationStatus } from '../types';
import { ErrorLine, SelectField, TextArea, TextField } from './ui';

export interface ApplicationFormProps {
  initial?: Application;
  submitLabel: string;
  onSubmit: (input: NewApplication) => Promise<void>;
  onCancel?: () => void;
  /** Fewer fields, for the add form; editing shows everything. */
  compact?: boolean;
}

export function ApplicationForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  compact,
}: ApplicationFormProps) {
  const [company, setCompany] = useState(initial?.company ?? '');
  const [role, setRole] = useState(initial?.role ?? '');
  const [status, setStatus] = useState<ApplicationStatus>(initial?.status ?? 'applied');
  const [appliedOn, setAppliedOn] = useState(initial ? (initial.appliedOn ?? '') : todayInput());
  const [url, setUrl] = useState(initial?.url ?? '');
  const [source, setSource] = useState(initial?.source ?? '');
  const [valued, setValued] = useState(initial?.valued ?? '');
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const [resumeVersion, setResumeVersion] = useState(initial?.resumeVersion ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!company.trim() || !role.trim()) {
      setError('Add the company and the role; everything else can wait.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit({
        company: company.trim(),
        role: role.trim(),
        status,
        appliedOn: appliedOn || null,
        url: url.trim() || null,
        source: source.trim() || null,
        valued: valued.trim() || null,
        notes: notes.trim() || null,
        resumeVersion: resumeVersion.trim() || null,
      });
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid">
        <TextField
          label="Company"
          value={company}
          onChange={setCompany}
          required
          autoComplete="organization"
          name="company"
        />
        <TextField
          label="Role"
          value={role}
          onChange={setRole}
          required
          autoComplete="organization-title"
          name="role"
        />
        <SelectField
          label="Where it stands"
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: STATUS_OPTION_LABELS[s] }))}
          name="status"
        />
        <TextField
          label="Applied on"
          type="date"
          value={appliedOn}
          onChange={setAppliedOn}
          optional
          name="appliedOn"
        />
      </div>
      {compact ? null : (
        <div className="form-grid">
          <TextField
            label="Job posting link"
            type="url"
            value={url}
            onChange={setUrl}
            optional
            placeholder="https://"
            name="url"
          />
          <TextField
            label="Where you found it"
            value={source}
            onChange={setSource}
            optional
            hint="A job board, a referral, a recruiter…"
            name="source"
          />
          <TextField
            label="Resume version"
            value={resumeVersion}
            onChange={setResumeVersion}
            optional
            name="resumeVersion"
          />
        </div>
      )}
      <TextField
        label="Something you valued about them"
        value={valued}
        onChange={setValued}
        optional
        hint="One specific thing, like how the team tests with real users. A thank-you note can mention it."
        name="valued"
      />
      {compact ? null : (
        <TextArea label="Notes" value={notes} onChange={setNotes} optional rows={3} name="notes" />
      )}
      <ErrorLine error={error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="btn btn-quiet" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
