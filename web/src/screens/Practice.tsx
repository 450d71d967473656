// Practice: the questions that gave you pause, one at a time. Read the question, jot an outline
// to speak from, say how it went; the question comes back sooner if it was hard, later if easy.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, errorMessage } from '../api';
import { Icon } from '../components/Icon';
import { useNotice } from '../components/Notice';
import {
  Card,
  EmptyState,
  ErrorLine,
  Link,
  Loading,
  PageHeader,
  TextArea,
  TextField,
} from '../components/ui';
import { formatDay, plural, relativeDay, todayInput } from '../format';
import { useAsync, useTitle } from '../hooks';
import type { PracticeItem, PracticeRating } from '../types';
import './practice.css';

const RATINGS: { value: PracticeRating; label: string; hint: string }[] = [
  { value: 'again', label: 'Again', hint: 'Blank or rambling' },
  { value: 'hard', label: 'Hard', hint: 'Got there, with effort' },
  { value: 'good', label: 'Good', hint: 'Clear and on point' },
  { value: 'easy', label: 'Easy', hint: 'Could answer it anytime' },
];

const RATING_LABEL: Record<PracticeRating, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

function sourceLine(item: PracticeItem): string {
  const where = item.source.company
    ? ` at ${item.source.company}${item.source.role ? ` (${item.source.role})` : ''}`
    : '';
  switch (item.source.kind) {
    case 'interview':
      return `From an interview${where}`;
    case 'reflection':
      return `From your reflection${where ? ` on the interview${where}` : ''}`;
    default:
      return where ? `Added by you, for the interview${where}` : 'Added by you';
  }
}

export function PracticeScreen() {
  useTitle('Practice');
  const due = useAsync(() => api.practice(), []);
  const all = useAsync(() => api.practice(true), []);
  const reloadAll = () => {
    due.reload();
    all.reload();
  };
  return (
    <>
      <PageHeader
        title="Practice"
        lead="Questions that gave you pause come back here until they feel easy. An outline is notes to speak from, not a script."
      />
      <div className="practice-grid">
        <section aria-labelledby="drill-title" className="practice-drill">
          <h2 id="drill-title" className="section-title">
            {due.data
              ? due.data.dueCount > 0
                ? `Due today: ${plural(due.data.dueCount, 'question')}`
                : 'Due today'
              : 'Due today'}
          </h2>
          {due.error && !due.data ? (
            <ErrorLine error={due.error} />
          ) : !due.data ? (
            <Loading />
          ) : (
            <Drill
              items={due.data.items}
              all={all.data?.items ?? []}
              onReviewed={all.reload}
              onDone={due.reload}
            />
          )}
        </section>
        <div className="practice-side">
          <AddQuestion onAdded={reloadAll} />
        </div>
      </div>
      <section aria-labelledby="bank-title" className="section">
        <h2 id="bank-title" className="section-title">
          Your question bank
        </h2>
        {all.error && !all.data ? (
          <ErrorLine error={all.error} />
        ) : !all.data ? (
          <Loading />
        ) : all.data.items.length === 0 ? (
          <EmptyState icon="chat" title="No questions yet.">
            <p>
              When you reflect after an interview, the questions that gave you pause land here. You
              can also add one yourself.
            </p>
          </EmptyState>
        ) : (
          <Bank items={all.data.items} onChanged={reloadAll} />
        )}
      </section>
    </>
  );
}

/** One question at a time, from the list due when the screen opened. */
function Drill({
  items,
  all,
  onReviewed,
  onDone,
}: {
  items: PracticeItem[];
  all: PracticeItem[];
  onReviewed: () => void;
  onDone: () => void;
}) {
  const [index, setIndex] = useState(0);
  const [outline, setOutline] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<PracticeItem | null>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const item = items[index];

  useEffect(() => {
    if (result) nextRef.current?.focus();
  }, [result]);

  useEffect(() => {
    if (!moved.current) return;
    questionRef.current?.focus();
  }, [index]);

  if (!item) {
    const upcoming = [...all].sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
    return (
      <EmptyState
        icon="check"
        title={index > 0 ? 'That’s all for today.' : 'Nothing to practise today.'}
      >
        <p>
          {upcoming
            ? `The next question comes back ${relativeDay(upcoming.dueOn)}.`
            : 'Add a question you would like to answer better, and it will come back here.'}
        </p>
        {index > 0 ? (
          <button type="button" className="btn btn-secondary" onClick={onDone}>
            Check for more
          </button>
        ) : null}
      </EmptyState>
    );
  }

  const rate = async (rating: PracticeRating) => {
    setBusy(true);
    setError(null);
    try {
      const text = outline.trim();
      const saved = await api.reviewPractice(item.id, rating, text ? text : undefined);
      setResult(saved);
      onReviewed();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const next = () => {
    moved.current = true;
    setResult(null);
    setOutline('');
    setError(null);
    setIndex((i) => i + 1);
  };

  return (
    <article className="card drill" aria-labelledby="drill-question">
      <p className="drill-count muted small">
        Question {index + 1} of {items.length}
      </p>
      <h3 id="drill-question" className="drill-question" ref={questionRef} tabIndex={-1}>
        {item.question}
      </h3>
      <p className="muted small">{sourceLine(item)}</p>
      {item.outline ? (
        <div className="last-outline">
          <p className="drill-label">Your last outline</p>
          <p className="prewrap">{item.outline}</p>
        </div>
      ) : (
        <p className="muted">
          No outline yet. Say your answer out loud once, then note what to keep.
        </p>
      )}
      {result ? (
        <div className="drill-result" role="status">
          <p>
            <Icon name="check" /> Saved as{' '}
            <strong>{result.rating ? RATING_LABEL[result.rating] : 'reviewed'}</strong>. It comes
            back <strong>{relativeDay(result.dueOn)}</strong>
            {relativeDay(result.dueOn) !== formatDay(result.dueOn)
              ? ` (${formatDay(result.dueOn)})`
              : ''}
            .
          </p>
          <button type="button" className="btn btn-primary" ref={nextRef} onClick={next}>
            {index + 1 < items.length ? 'Next question' : 'Finish'}
            <Icon name="forward" />
          </button>
        </div>
      ) : (
        <>
          <TextArea
            label="A new outline"
            optional
            hint={
              item.outline
                ? 'Leave it empty to keep the last one.'
                : 'A few short points: situation, what you did, the result.'
            }
            value={outline}
            onChange={setOutline}
            rows={4}
            name="outline"
          />
          <fieldset className="rate">
            <legend>How did your answer go?</legend>
            <div className="rate-buttons">
              {RATINGS.map((r) => (
                <button
                  key={r.value}
                  type="button"
                  className="btn btn-secondary rate-button"
                  disabled={busy}
                  aria-describedby={`rate-${r.value}-hint`}
                  onClick={() => void rate(r.value)}
                >
                  <span>{r.label}</span>
                  <span className="rate-hint" id={`rate-${r.value}-hint`}>
                    {r.hint}
                  </span>
                </button>
              ))}
            </div>
          </fieldset>
          <ErrorLine error={error} />
          <button type="button" className="btn btn-quiet btn-sm" onClick={next}>
            <Icon name="skip" />
            Skip for now
          </button>
        </>
      )}
    </article>
  );
}

function AddQuestion({ onAdded }: { onAdded: () => void }) {
  const notify = useNotice();
  const [question, setQuestion] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const q = question.trim();
    if (q.length < 3) {
      setError('Write the question first, as you remember it.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.addPractice(q);
      setQuestion('');
      notify('Added. It is due today.');
      onAdded();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="Add a question" icon="plus">
      <form className="stack-sm" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          label="A question you want to answer better"
          value={question}
          onChange={setQuestion}
          name="question"
          hint="For example, one that caught you out, or one you expect next time."
        />
        <ErrorLine error={error} />
        <div>
          <button type="submit" className="btn btn-secondary" disabled={busy}>
            {busy ? 'Adding…' : 'Add to practice'}
          </button>
        </div>
      </form>
      <p className="card-foot muted">
        Questions from your reflections come in by themselves.{' '}
        <Link to="/journal" className="text-link">
          See your journal
        </Link>
      </p>
    </Card>
  );
}

function Bank({ items, onChanged }: { items: PracticeItem[]; onChanged: () => void }) {
  const notify = useNotice();
  const [error, setError] = useState<string | null>(null);
  const remove = async (item: PracticeItem) => {
    setError(null);
    try {
      await api.removePractice(item.id);
      onChanged();
      notify('Removed from practice.', async () => {
        await api.addPractice(item.question, item.source.applicationId);
        onChanged();
      });
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <>
      <ErrorLine error={error} />
      <ul className="bank">
        {items.map((item) => (
          <li key={item.id} className="bank-item">
            <div className="bank-main">
              <p className="bank-question">{item.question}</p>
              <p className="muted small">
                {sourceLine(item)} ·{' '}
                {item.reviews === 0
                  ? 'not practised yet'
                  : `practised ${plural(item.reviews, 'time')}, last: ${item.rating ? RATING_LABEL[item.rating].toLowerCase() : '—'}`}
              </p>
            </div>
            <p className="bank-due">
              <Icon name="calendar" />
              <span>Next: {item.dueOn <= todayInput() ? 'due now' : relativeDay(item.dueOn)}</span>
            </p>
            <button
              type="button"
              className="btn btn-quiet btn-sm"
              onClick={() => void remove(item)}
              aria-label={`Remove “${item.question}”`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
