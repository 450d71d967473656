// Applications: a board by status, or a searchable, filterable list; add new ones here.
import { useEffect, useRef, useState } from 'react';
import { api } from '../api';
import { ApplicationForm } from '../components/ApplicationForm';
import { Icon } from '../components/Icon';
import { useNotice } from '../components/Notice';
import {
  EmptyState,
  ErrorLine,
  Link,
  Loading,
  PageHeader,
  SelectField,
  TextField,
} from '../components/ui';
import { STATUSES, STATUS_LABELS, formatDay } from '../format';
import { useAsync, useDebounced, useTitle } from '../hooks';
import { navigate, useLocation } from '../router';
import type { Application, ApplicationStatus } from '../types';

type View = 'board' | 'list';
const BOARD: ApplicationStatus[] = [
  'wishlist',
  'applied',
  'screening',
  'interviewing',
  'offer',
  'rejected',
  'ghosted',
];

export function ApplicationsScreen() {
  useTitle('Applications');
  const { query } = useLocation();
  const notify = useNotice();
  const [adding, setAdding] = useState(query.get('add') === '1');
  const [view, setView] = useState<View>(query.get('view') === 'list' ? 'list' : 'board');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<'' | ApplicationStatus>('');
  const q = useDebounced(search.trim(), 250);
  const list = useAsync(() => api.applications({ status, search: q }), [status, q]);
  const formRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (query.get('add') === '1') setAdding(true);
  }, [query]);

  useEffect(() => {
    if (adding) formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [adding]);

  const filtered = search.trim() !== '' || status !== '';
  const apps = list.data ?? [];

  return (
    <>
      <PageHeader title="Applications" lead="Everywhere you have applied, by where it stands.">
        {!adding ? (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            <Icon name="plus" />
            Add an application
          </button>
        ) : null}
      </PageHeader>

      {adding ? (
        <section className="card form-card" aria-labelledby="add-title" ref={formRef}>
          <h2 id="add-title" className="card-title">
            Add an application
          </h2>
          <ApplicationForm
            compact
            submitLabel="Save application"
            onCancel={() => {
              setAdding(false);
              if (query.get('add')) navigate('/applications', { replace: true });
            }}
            onSubmit={async (input) => {
              const app = await api.addApplication(input);
              notify(`Saved: ${app.company}, ${app.role}.`);
              navigate(`/applications/${app.id}`);
            }}
          />
        </section>
      ) : null}

      <div className="toolbar" role="search" aria-label="Filter applications">
        <TextField
          label="Search"
          type="search"
          value={search}
          onChange={setSearch}
          placeholder="Company or role"
          className="toolbar-search"
        />
        <SelectField
          label="Status"
          value={status}
          onChange={setStatus}
          options={[
            { value: '' as const, label: 'All statuses' },
            ...STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
          ]}
        />
        <div className="segmented" role="group" aria-label="Show as">
          <button
            type="button"
            className="segment"
            aria-pressed={view === 'board'}
            onClick={() => setView('board')}
          >
            Board
          </button>
          <button
            type="button"
            className="segment"
            aria-pressed={view === 'list'}
            onClick={() => setView('list')}
          >
            List
          </button>
        </div>
      </div>

      {list.error ? <ErrorLine error={list.error} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
      {list.data ? (
        apps.length === 0 ? (
          filtered ? (
            <EmptyState icon="search" title="Nothing matches that search.">
              <p>Try fewer words, or show all statuses.</p>
            </EmptyState>
          ) : (
            <EmptyState icon="applications" title="No applications yet.">
              <p>
                Add the ones you have sent, even old ones: plans work better when they know who you
                met.
              </p>
            </EmptyState>
          )
        ) : view === 'board' ? (
          <Board apps={apps} />
        ) : (
          <List apps={apps} />
        )
      ) : null}
      <p className="result-count visually-hidden" role="status">
        {list.data ? `${apps.length} application${apps.length === 1 ? '' : 's'} shown` : ''}
      </p>
    </>
  );
}

function Board({ apps }: { apps: Application[] }) {
  const columns = BOARD.filter(
    (s) => apps.some((a) => a.status === s) || ['applied', 'interviewing'].includes(s),
  );
  const others = apps.filter((a) => !BOARD.includes(a.status));
  return (
    <div className="board">
      {columns.map((s) => {
        const inCol = apps.filter((a) => a.status === s);
        return (
          <section key={s} className={`board-col col-${s}`} aria-labelledby={`col-${s}`}>
            <h2 id={`col-${s}`} className="board-col-title">
              {STATUS_LABELS[s]}
              {/* No tally of rejections: they are not a score. */}
              {s === 'rejected' || s === 'ghosted' ? null : (
                <span className="count">{inCol.length}</span>
              )}
            </h2>
            {inCol.length === 0 ? (
              <p className="board-empty">None right now.</p>
            ) : (
              <ul className="board-list">
                {inCol.map((a) => (
                  <li key={a.id}>
                    <AppTile app={a} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {others.length > 0 ? (
        <section className="board-col" aria-labelledby="col-other">
          <h2 id="col-other" className="board-col-title">
            Other <span className="count">{others.length}</span>
          </h2>
          <ul className="board-list">
            {others.map((a) => (
              <li key={a.id}>
                <AppTile app={a} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function AppTile({ app }: { app: Application }) {
  return (
    <Link to={`/applications/${app.id}`} className="tile">
      <span className="tile-company">{app.company}</span>
      <span className="tile-role">{app.role}</span>
      {app.appliedOn ? <span className="tile-meta">Applied {formatDay(app.appliedOn)}</span> : null}
    </Link>
  );
}

function List({ apps }: { apps: Application[] }) {
  return (
    <ul className="app-list">
      {apps.map((a) => (
        <li key={a.id}>
          <Link to={`/applications/${a.id}`} className="app-row">
            <span className="app-row-main">
              <span className="tile-company">{a.company}</span>
              <span className="tile-role">{a.role}</span>
            </span>
            <span className={`badge badge-${a.status}`}>{STATUS_LABELS[a.status]}</span>
            <span className="app-row-date">
              {a.appliedOn ? `Applied ${formatDay(a.appliedOn)}` : 'Not applied yet'}
            </span>
            <Icon name="forward" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
