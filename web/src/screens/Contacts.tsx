// Contacts: the people you met along the way, and the people you lean on.
import { useMemo, useState, type FormEvent } from 'react';
import { api, errorMessage } from '../api';
import { Icon } from '../components/Icon';
import { useNotice } from '../components/Notice';
import {
  EmptyState,
  ErrorLine,
  Loading,
  PageHeader,
  SelectField,
  TextArea,
  TextField,
  VisuallyHidden,
} from '../components/ui';
import { CONTACT_KINDS, CONTACT_KIND_LABELS } from '../format';
import { useAsync, useTitle } from '../hooks';
import { useLocation } from '../router';
import type { Contact, ContactKind } from '../types';
import { ContactPanel } from './ContactPanel';
import './touch.css';

export function ContactsScreen() {
  useTitle('Contacts');
  const contacts = useAsync(() => api.contacts(), []);
  const [adding, setAdding] = useState(false);
  const [filter, setFilter] = useState('');
  const { hash } = useLocation();
  const [open, setOpen] = useState<number | null>(() => {
    const m = /^contact-(\d+)$/.exec(hash);
    return m ? Number(m[1]) : null;
  });
  const list = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const all = [...(contacts.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    return q
      ? all.filter((c) =>
          [c.name, c.company, c.title, c.email].some((v) => v?.toLowerCase().includes(q)),
        )
      : all;
  }, [contacts.data, filter]);

  return (
    <>
      <PageHeader
        title="Contacts"
        lead="People you have met, and people you can lean on. Rebound never contacts anyone by itself."
      >
        {!adding ? (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            <Icon name="plus" />
            Add a contact
          </button>
        ) : null}
      </PageHeader>
      {adding ? (
        <ContactForm
          onCancel={() => setAdding(false)}
          onSaved={(c) => {
            setAdding(false);
            contacts.setData([...(contacts.data ?? []), c]);
          }}
        />
      ) : null}
      {contacts.error ? <ErrorLine error={contacts.error} /> : null}
      {!contacts.data && !contacts.error ? <Loading /> : null}
      {contacts.data ? (
        contacts.data.length === 0 ? (
          <EmptyState icon="contacts" title="No contacts yet.">
            <p>
              Add recruiters and interviewers as you meet them, so thank-you notes know who to go
              to.
            </p>
            <p>
              A friend or mentor belongs here too: after a hard week, Rebound can draft a message to
              them.
            </p>
          </EmptyState>
        ) : (
          <>
            <div className="toolbar" role="search" aria-label="Filter contacts">
              <TextField
                label="Search contacts"
                type="search"
                value={filter}
                onChange={setFilter}
                className="toolbar-search"
              />
            </div>
            {list.length === 0 ? (
              <p className="muted">No one matches that search.</p>
            ) : (
              <ul className="contact-list">
                {list.map((c) => (
                  <li
                    key={c.id}
                    className={open === c.id ? 'contact contact-open' : 'contact'}
                    id={`contact-${c.id}`}
                  >
                    <span className="avatar" aria-hidden="true">
                      {initials(c.name)}
                    </span>
                    <div className="contact-main">
                      <p className="person-name">{c.name}</p>
                      {c.title || c.company ? (
                        <p className="muted">{[c.title, c.company].filter(Boolean).join(', ')}</p>
                      ) : null}
                      {c.email ? (
                        <p>
                          <a className="text-link break" href={`mailto:${c.email}`}>
                            {c.email}
                          </a>
                        </p>
                      ) : null}
                    </div>
                    <span className={`badge badge-kind`}>{CONTACT_KIND_LABELS[c.kind]}</span>
                    <button
                      type="button"
                      className="btn btn-quiet btn-sm contact-toggle"
                      aria-expanded={open === c.id}
                      aria-controls={`contact-panel-${c.id}`}
                      onClick={() => setOpen((o) => (o === c.id ? null : c.id))}
                    >
                      <Icon name={open === c.id ? 'close' : 'calendar'} />
                      {open === c.id ? 'Close' : 'Keep in touch'}
                      <VisuallyHidden> with {c.name}</VisuallyHidden>
                    </button>
                    {open === c.id ? (
                      <div id={`contact-panel-${c.id}`} className="contact-panel-wrap">
                        <ContactPanel id={c.id} name={c.name} />
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </>
        )
      ) : null}
    </>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase() ?? '')
    .join('');
}

function ContactForm({
  onSaved,
  onCancel,
}: {
  onSaved: (c: Contact) => void;
  onCancel: () => void;
}) {
  const notify = useNotice();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ContactKind>('recruiter');
  const [email, setEmail] = useState('');
  const [title, setTitle] = useState('');
  const [company, setCompany] = useState('');
  const [linkedinUrl, setLinkedinUrl] = useState('');
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setError('Add a name; everything else is optional.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const c = await api.addContact({
        name: name.trim(),
        kind,
        email: email.trim() || null,
        title: title.trim() || null,
        company: company.trim() || null,
        linkedinUrl: linkedinUrl.trim() || null,
        notes: notes.trim() || null,
      });
      notify(`Added ${c.name}.`);
      onSaved(c);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  return (
    <section className="card form-card" aria-labelledby="add-contact-title">
      <h2 id="add-contact-title" className="card-title">
        Add a contact
      </h2>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <TextField label="Name" value={name} onChange={setName} required name="name" />
          <SelectField
            label="Who they are to you"
            value={kind}
            onChange={setKind}
            options={CONTACT_KINDS.map((k) => ({ value: k, label: CONTACT_KIND_LABELS[k] }))}
            name="kind"
          />
          <TextField
            label="Email"
            type="email"
            value={email}
            onChange={setEmail}
            optional
            name="email"
          />
          <TextField
            label="Company"
            value={company}
            onChange={setCompany}
            optional
            name="company"
          />
          <TextField label="Job title" value={title} onChange={setTitle} optional name="title" />
          <TextField
            label="LinkedIn profile"
            type="url"
            value={linkedinUrl}
            onChange={setLinkedinUrl}
            optional
            placeholder="https://"
            name="linkedin"
          />
        </div>
        <TextArea label="Notes" value={notes} onChange={setNotes} optional rows={2} name="notes" />
        <ErrorLine error={error} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save contact'}
          </button>
          <button type="button" className="btn btn-quiet" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
