// One person, opened from the contact list: how often to stay in touch (with the ideal and the
// latest day), what you did together, their news worth congratulating, tags, and snooze.
import { useState, type FormEvent } from 'react';
import { api, errorMessage } from '../api';
import { Icon } from '../components/Icon';
import { useNotice } from '../components/Notice';
import { ErrorLine, Loading, SelectField, TextField } from '../components/ui';
import { formatDay, plural, relativeDay, todayInput } from '../format';
import { useAsync } from '../hooks';
import type { ContactDetail, ContactEventKind, InteractionKind } from '../types';

const INTERACTION_LABELS: Record<InteractionKind, string> = {
  email: 'Email',
  call: 'Call',
  meeting: 'Meeting',
  message: 'Message',
  other: 'Something else',
};

const EVENT_LABELS: Record<ContactEventKind, string> = {
  promotion: 'A promotion',
  work_anniversary: 'A work anniversary',
  new_role: 'A new role',
  other: 'Other news',
};

type CadenceChoice = 'inherit' | '30' | '60' | '90' | '180' | '365' | 'off';
const CADENCE_OPTIONS: { value: CadenceChoice; label: string }[] = [
  { value: 'inherit', label: 'Rebound’s suggestion (tags, or quarterly after a final round)' },
  { value: '30', label: 'Every month' },
  { value: '60', label: 'Every two months' },
  { value: '90', label: 'Every three months' },
  { value: '180', label: 'Every six months' },
  { value: '365', label: 'Once a year' },
  { value: 'off', label: 'No touch-bases for them' },
];

function choiceOf(d: ContactDetail): CadenceChoice {
  if (d.cadenceOff) return 'off';
  if (d.cadence?.source === 'contact') {
    const v = String(d.cadence.everyDays);
    return CADENCE_OPTIONS.some((o) => o.value === v) ? (v as CadenceChoice) : 'inherit';
  }
  return 'inherit';
}

function cadenceLine(d: ContactDetail): string {
  if (d.cadenceOff) return 'Touch-bases are off for them.';
  const c = d.cadence;
  if (!c) return 'No regular touch-base yet. Pick how often, if they are worth keeping warm.';
  const from =
    c.source === 'contact'
      ? 'your choice'
      : c.source === 'tag'
        ? `the “${c.tag ?? ''}” tag`
        : 'the default after a final round';
  return `Every ${plural(c.everyDays, 'day')} (${from}). Last in touch ${formatDay(c.lastContactOn)}.`;
}

export function ContactPanel({ id, name }: { id: number; name: string }) {
  const detail = useAsync(() => api.contact(id), [id]);
  if (detail.error && !detail.data) return <ErrorLine error={detail.error} />;
  if (!detail.data) return <Loading />;
  return <PanelBody d={detail.data} name={name} set={detail.setData} reload={detail.reload} />;
}

function PanelBody({
  d,
  name,
  set,
  reload,
}: {
  d: ContactDetail;
  name: string;
  set: (d: ContactDetail) => void;
  reload: () => void;
}) {
  const notify = useNotice();
  const id = d.contact.id;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const changeCadence = (v: CadenceChoice) =>
    run(async () => {
      const next =
        v === 'inherit'
          ? await api.resetCadence(id)
          : await api.setCadence(id, v === 'off' ? null : Number(v));
      set(next);
      notify(v === 'off' ? `No touch-bases for ${name}.` : 'Saved how often to stay in touch.');
    });

  const c = d.cadence;
  const snoozed = c?.snoozedUntil ?? null;

  return (
    <div className="contact-panel">
      <section aria-labelledby={`cad-${id}`} className="panel-part">
        <h3 id={`cad-${id}`} className="panel-title">
          <Icon name="calendar" />
          Staying in touch
        </h3>
        <p>{cadenceLine(d)}</p>
        {c && !d.cadenceOff ? (
          <dl className="cadence-dates">
            <div>
              <dt>Ideal day</dt>
              <dd>
                {formatDay(c.idealOn)}
                {relativeDay(c.idealOn) !== formatDay(c.idealOn) ? (
                  <span className="muted"> ({relativeDay(c.idealOn)})</span>
                ) : null}
              </dd>
            </div>
            <div>
              <dt>At the latest</dt>
              <dd>{formatDay(c.latestOn)}</dd>
            </div>
          </dl>
        ) : null}
        <SelectField
          label="How often"
          value={choiceOf(d)}
          onChange={(v) => void changeCadence(v)}
          options={CADENCE_OPTIONS}
        />
        {c && !d.cadenceOff ? (
          snoozed ? (
            <p className="inline-actions">
              <span>Snoozed until {formatDay(snoozed)}.</span>
              <button
                type="button"
                className="btn btn-quiet btn-sm"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    set(await api.unsnooze(id));
                    notify(`${name} is back on your list.`);
                  })
                }
              >
                Stop snoozing
              </button>
            </p>
          ) : (
            <SnoozeForm
              busy={busy}
              onSnooze={(until) =>
                void run(async () => {
                  set(await api.snooze(id, until));
                  notify(`Snoozed until ${formatDay(until)}.`, async () =>
                    set(await api.unsnooze(id)),
                  );
                })
              }
            />
          )
        ) : null}
        <ErrorLine error={error} />
      </section>

      <InteractionPart d={d} name={name} reload={reload} />
      <EventsPart d={d} reload={reload} />
      <TagsPart d={d} set={set} />
    </div>
  );
}

function SnoozeForm({ busy, onSnooze }: { busy: boolean; onSnooze: (until: string) => void }) {
  const [until, setUntil] = useState(todayInput(14));
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSnooze(until);
      }}
    >
      <TextField
        label="Snooze until"
        type="date"
        value={until}
        onChange={setUntil}
        min={todayInput(1)}
      />
      <button type="submit" className="btn btn-quiet btn-sm" disabled={busy || !until}>
        <Icon name="clock" />
        Snooze
      </button>
    </form>
  );
}

function InteractionPart({
  d,
  name,
  reload,
}: {
  d: ContactDetail;
  name: string;
  reload: () => void;
}) {
  const notify = useNotice();
  const id = d.contact.id;
  const [kind, setKind] = useState<InteractionKind>('message');
  const [on, setOn] = useState(todayInput());
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const i = await api.logInteraction(id, { kind, on, note: note.trim() || null });
      setNote('');
      notify(
        `Logged. The next touch-base with ${name} counts from ${formatDay(i.on)}.`,
        async () => {
          await api.removeInteraction(i.id);
          reload();
        },
      );
      reload();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={`int-${id}`} className="panel-part">
      <h3 id={`int-${id}`} className="panel-title">
        <Icon name="chat" />
        Log that you were in touch
      </h3>
      <form className="inline-form" onSubmit={(e) => void submit(e)} noValidate>
        <SelectField
          label="How"
          value={kind}
          onChange={setKind}
          options={(Object.keys(INTERACTION_LABELS) as InteractionKind[]).map((k) => ({
            value: k,
            label: INTERACTION_LABELS[k],
          }))}
        />
        <TextField label="When" type="date" value={on} onChange={setOn} max={todayInput()} />
        <TextField label="A note" optional value={note} onChange={setNote} />
        <button type="submit" className="btn btn-secondary btn-sm" disabled={busy}>
          Log it
        </button>
      </form>
      <ErrorLine error={error} />
      {d.interactions.length ? (
        <ul className="mini-list">
          {d.interactions.slice(0, 5).map((i) => (
            <li key={i.id}>
              <span className="mini-when">{formatDay(i.on)}</span>
              <span>
                {INTERACTION_LABELS[i.kind]}
                {i.note ? <span className="muted"> · {i.note}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function EventsPart({ d, reload }: { d: ContactDetail; reload: () => void }) {
  const notify = useNotice();
  const id = d.contact.id;
  const [kind, setKind] = useState<ContactEventKind>('promotion');
  const [on, setOn] = useState(todayInput());
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!on) {
      setError('Add the date it happened (for an anniversary, the day they started).');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const ev = await api.addEvent(id, { kind, on, note: note.trim() || null });
      setNote('');
      notify('Noted. It can be the reason for your next touch-base.', async () => {
        await api.removeEvent(ev.id);
        reload();
      });
      reload();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={`ev-${id}`} className="panel-part">
      <h3 id={`ev-${id}`} className="panel-title">
        <Icon name="spark" />
        Their news
      </h3>
      <p className="muted small">
        A promotion or a work anniversary is a natural reason to say hello.
      </p>
      <form className="inline-form" onSubmit={(e) => void submit(e)} noValidate>
        <SelectField
          label="What"
          value={kind}
          onChange={setKind}
          options={(Object.keys(EVENT_LABELS) as ContactEventKind[]).map((k) => ({
            value: k,
            label: EVENT_LABELS[k],
          }))}
        />
        <TextField
          label={kind === 'work_anniversary' ? 'Day they started' : 'When'}
          type="date"
          value={on}
          onChange={setOn}
        />
        <TextField label="A note" optional value={note} onChange={setNote} />
        <button type="submit" className="btn btn-secondary btn-sm" disabled={busy}>
          Save news
        </button>
      </form>
      <ErrorLine error={error} />
      {d.events.length ? (
        <ul className="mini-list">
          {d.events.map((ev) => (
            <li key={ev.id}>
              <span className="mini-when">{formatDay(ev.on)}</span>
              <span>
                {EVENT_LABELS[ev.kind]}
                {ev.note ? <span className="muted"> · {ev.note}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function TagsPart({ d, set }: { d: ContactDetail; set: (d: ContactDetail) => void }) {
  const notify = useNotice();
  const id = d.contact.id;
  const [text, setText] = useState(d.tags.join(', '));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const tags = [
      ...new Set(
        text
          .split(',')
          .map((t) => t.trim().toLowerCase())
          .filter(Boolean),
      ),
    ];
    if (tags.some((t) => t.length > 40)) {
      setError('Keep each tag under 40 characters.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const next = await api.setTags(id, tags);
      set(next);
      setText(next.tags.join(', '));
      notify(tags.length ? 'Tags saved.' : 'Tags cleared.');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby={`tags-${id}`} className="panel-part">
      <h3 id={`tags-${id}`} className="panel-title">
        <Icon name="leaf" />
        Tags
      </h3>
      <form className="inline-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label="Tags, separated by commas"
          value={text}
          onChange={setText}
          hint="Saved articles with a matching tag become reasons to write."
        />
        <button type="submit" className="btn btn-secondary btn-sm" disabled={busy}>
          Save tags
        </button>
      </form>
      <ErrorLine error={error} />
    </section>
  );
}
