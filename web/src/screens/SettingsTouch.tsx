// Settings for keeping in touch: articles saved to share, your own milestones (both become
// reasons for a touch-base), and how often to write to people by tag.
import { useState, type FormEvent } from 'react';
import { api, errorMessage } from '../api';
import { Icon } from '../components/Icon';
import { useNotice } from '../components/Notice';
import { EmptyState, ErrorLine, Loading, TextField } from '../components/ui';
import { formatDay, plural, todayInput } from '../format';
import { useAsync } from '../hooks';
import type { Milestone, SavedArticle } from '../types';
import './touch.css';

export function KeepingInTouchSettings() {
  return (
    <section className="settings-extra" aria-labelledby="touch-settings-title">
      <h2 id="touch-settings-title" className="section-title">
        Keeping in touch
      </h2>
      <p className="section-lead">
        Reasons to write to people, and how often. Each of these is saved as you add it.
      </p>
      <Articles />
      <Milestones />
      <TagCadences />
    </section>
  );
}

function Articles() {
  const notify = useNotice();
  const list = useAsync(() => api.articles(), []);
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [tags, setTags] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!/^https?:\/\/\S+$/i.test(url.trim())) {
      setError('Add the article’s web address, starting with https://.');
      return;
    }
    if (!title.trim()) {
      setError('Add a title, so you recognise it later.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.addArticle({
        url: url.trim(),
        title: title.trim(),
        tags: tags
          .split(',')
          .map((t) => t.trim().toLowerCase())
          .filter(Boolean),
      });
      setUrl('');
      setTitle('');
      setTags('');
      notify('Saved. It can be the reason to write to someone with a matching tag.');
      list.reload();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (a: SavedArticle) => {
    setError(null);
    try {
      await api.removeArticle(a.id);
      list.reload();
      notify('Article removed.', async () => {
        await api.addArticle({ url: a.url, title: a.title, note: a.note, tags: a.tags });
        list.reload();
      });
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <section className="card" aria-labelledby="articles-title">
      <h3 id="articles-title" className="card-title">
        <Icon name="external" />
        Saved articles
      </h3>
      <p className="muted">
        Something worth sharing is a kind reason to get back in touch. Rebound suggests it to people
        whose tags or company match.
      </p>
      <form className="stack-sm" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <TextField
            label="Web address"
            type="url"
            value={url}
            onChange={setUrl}
            placeholder="https://"
          />
          <TextField label="Title" value={title} onChange={setTitle} />
        </div>
        <TextField
          label="Tags, separated by commas"
          optional
          value={tags}
          onChange={setTags}
          hint="For example: fintech, design systems."
        />
        <ErrorLine error={error} />
        <div>
          <button type="submit" className="btn btn-secondary" disabled={busy}>
            Save article
          </button>
        </div>
      </form>
      {list.error && !list.data ? (
        <ErrorLine error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.length === 0 ? null : (
        <ul className="saved-list">
          {list.data.map((a) => (
            <li key={a.id}>
              <div>
                <a
                  className="text-link break"
                  href={a.url}
                  target="_blank"
                  rel="noreferrer noopener"
                >
                  {a.title}
                </a>
                <p className="muted small">
                  Saved {formatDay(a.savedOn)}
                  {a.tags.length ? ` · ${a.tags.join(', ')}` : ''}
                </p>
              </div>
              <button
                type="button"
                className="btn btn-quiet btn-sm"
                onClick={() => void remove(a)}
                aria-label={`Remove “${a.title}”`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Milestones() {
  const notify = useNotice();
  const list = useAsync(() => api.milestones(), []);
  const [title, setTitle] = useState('');
  const [on, setOn] = useState(todayInput());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) {
      setError('Say what you did, in a few words.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.addMilestone({ title: title.trim(), ...(on ? { on } : {}) });
      setTitle('');
      notify('Noted. Well done.');
      list.reload();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (m: Milestone) => {
    setError(null);
    try {
      await api.removeMilestone(m.id);
      list.reload();
      notify('Milestone removed.', async () => {
        await api.addMilestone({ title: m.title, on: m.on });
        list.reload();
      });
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <section className="card" aria-labelledby="milestones-title">
      <h3 id="milestones-title" className="card-title">
        <Icon name="spark" />
        Your milestones
      </h3>
      <p className="muted">
        A course finished, a project shipped, a new skill: your own news is a good reason to write,
        and worth noticing for its own sake.
      </p>
      <form className="stack-sm" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <TextField label="What you did" value={title} onChange={setTitle} />
          <TextField label="When" type="date" value={on} onChange={setOn} max={todayInput()} />
        </div>
        <ErrorLine error={error} />
        <div>
          <button type="submit" className="btn btn-secondary" disabled={busy}>
            Add milestone
          </button>
        </div>
      </form>
      {list.error && !list.data ? (
        <ErrorLine error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.length === 0 ? null : (
        <ul className="saved-list">
          {list.data.map((m) => (
            <li key={m.id}>
              <div>
                <p>{m.title}</p>
                <p className="muted small">{formatDay(m.on)}</p>
              </div>
              <button
                type="button"
                className="btn btn-quiet btn-sm"
                onClick={() => void remove(m)}
                aria-label={`Remove “${m.title}”`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TagCadences() {
  const notify = useNotice();
  const list = useAsync(() => api.tagCadences(), []);
  const [error, setError] = useState<string | null>(null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [newTag, setNewTag] = useState('');
  const [newDays, setNewDays] = useState('90');

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const tag = newTag.trim().toLowerCase();
    const days = Number(newDays);
    if (!tag) {
      setError('Name the tag first.');
      return;
    }
    if (!Number.isInteger(days) || days < 7 || days > 730) {
      setError('Use a whole number of days from 7 to 730.');
      return;
    }
    setError(null);
    try {
      await api.setTagCadence(tag, days);
      setNewTag('');
      notify(`People tagged “${tag}”: every ${plural(days, 'day')}.`);
      list.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const remove = async (tag: string, everyDays: number) => {
    setError(null);
    try {
      await api.removeTagCadence(tag);
      list.reload();
      notify(`No cadence for “${tag}” any more.`, async () => {
        await api.setTagCadence(tag, everyDays);
        list.reload();
      });
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const save = async (tag: string) => {
    const days = Number(edits[tag]);
    if (!Number.isInteger(days) || days < 7 || days > 730) {
      setError('Use a whole number of days from 7 to 730.');
      return;
    }
    setError(null);
    try {
      await api.setTagCadence(tag, days);
      notify(`People tagged “${tag}”: every ${plural(days, 'day')}.`);
      list.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <section className="card" aria-labelledby="tagcad-title">
      <h3 id="tagcad-title" className="card-title">
        <Icon name="contacts" />
        Staying in touch by tag
      </h3>
      <p className="muted">
        How often to write to everyone with a tag. A cadence set on a person wins over their tags.
      </p>
      {list.error && !list.data ? (
        <ErrorLine error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.length === 0 ? (
        <EmptyState icon="contacts" title="No tag cadences yet.">
          <p>Tag people on the Contacts screen, then set how often to write to each group below.</p>
        </EmptyState>
      ) : (
        <ul className="setting-rows">
          {list.data.map((t) => (
            <li key={t.tag} className="setting-row">
              <div>
                <label htmlFor={`tagcad-${t.tag}`}>“{t.tag}”, every (days)</label>
                <p className="hint">{plural(t.contacts, 'person', 'people')} with this tag</p>
              </div>
              <div className="inline-actions">
                <input
                  id={`tagcad-${t.tag}`}
                  type="number"
                  inputMode="numeric"
                  min={7}
                  max={730}
                  value={edits[t.tag] ?? String(t.everyDays)}
                  onChange={(e) => setEdits((s) => ({ ...s, [t.tag]: e.target.value }))}
                />
                <button
                  type="button"
                  className="btn btn-quiet btn-sm"
                  onClick={() => void save(t.tag)}
                >
                  Save<span className="visually-hidden"> for “{t.tag}”</span>
                </button>
                <button
                  type="button"
                  className="btn btn-quiet btn-sm"
                  onClick={() => void remove(t.tag, t.everyDays)}
                >
                  Remove<span className="visually-hidden"> the cadence for “{t.tag}”</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={(e) => void add(e)} noValidate>
        <TextField label="Tag" value={newTag} onChange={setNewTag} />
        <TextField
          label="Every (days)"
          type="number"
          inputMode="numeric"
          min={7}
          max={730}
          value={newDays}
          onChange={setNewDays}
        />
        <button type="submit" className="btn btn-secondary btn-sm">
          Set cadence
        </button>
      </form>
      <ErrorLine error={error} />
    </section>
  );
}
