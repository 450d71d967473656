// One step of a plan: what to do, why (one line), when, and done / skip / snooze with Undo.
import { useId, useState } from 'react';
import { api, errorMessage, type StepAction } from '../api';
import { dueLabel, formatDay, formatWhen, isMessageStep, stepTitle } from '../format';
import type { AgendaStep, PlanStep } from '../types';
import { Icon } from './Icon';
import { useNotice } from './Notice';
import { ErrorLine, Link, VisuallyHidden } from './ui';

export interface StepCardProps {
  step: PlanStep | AgendaStep;
  /** Shown on Today, where steps of several applications mix. */
  application?: { id: number; company: string; role: string };
  readyNow?: boolean;
  /** The screen's main action gets the strong button; everything else stays quiet. */
  emphasis?: boolean;
  onChanged: () => void;
  headingLevel?: 2 | 3;
}

function mainAction(step: PlanStep | AgendaStep, readyNow: boolean): { to: string; label: string } | null {
  if (step.draft || isMessageStep(step.kind)) {
    return { to: `/steps/${step.id}/draft`, label: readyNow ? 'Open the draft' : 'Read the draft' };
  }
  switch (step.kind) {
    case 'check_in':
      return { to: '/#mood', label: 'Check in' };
    case 'reflect':
      return { to: `/applications/${step.applicationId}#reflect`, label: 'Write the reflection' };
    case 'action_plan':
      return { to: `/applications/${step.applicationId}#feedback`, label: 'See what you learnt' };
    case 'pipeline':
      return { to: '/applications?add=1', label: 'Add a new lead' };
    default:
      return null;
  }
}

export function StepCard({
  step,
  application,
  readyNow = true,
  emphasis = false,
  onChanged,
  headingLevel = 3,
}: StepCardProps) {
  const notify = useNotice();
  const titleId = useId();
  const [busy, setBusy] = useState<StepAction | null>(null);
  const [error, setError] = useState<unknown>(null);
  const title = stepTitle(step);
  const open = step.status === 'pending';
  const action = open || step.status === 'snoozed' ? mainAction(step, readyNow) : null;
  const H = headingLevel === 2 ? 'h2' : 'h3';

  const act = async (what: StepAction) => {
    setBusy(what);
    setError(null);
    try {
      const after = await api.changeStep(step.id, what);
      onChanged();
      const undo = async () => {
        await api.changeStep(step.id, 'reopen');
        onChanged();
      };
      if (what === 'done') notify(`Marked done: ${title}.`, undo);
      else if (what === 'skip') notify(`Skipped: ${title}.`, undo);
      else if (what === 'snooze')
        notify(`Snoozed until ${formatDay(after.snoozedUntil ?? after.dueAt)}: ${title}.`, undo);
      else notify(`Back on your list: ${title}.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <article
      className={`step step-${step.status}${emphasis ? ' step-emphasis' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="step-marker" aria-hidden="true">
        {step.status === 'done' ? (
          <Icon name="check" />
        ) : step.status === 'snoozed' ? (
          <Icon name="clock" />
        ) : null}
      </div>
      <div className="step-body">
        <H className="step-title" id={titleId}>
          {title}
        </H>
        {application ? (
          <p className="step-app">
            <Link to={`/applications/${application.id}`}>
              {application.company}
              <span className="muted"> · {application.role}</span>
            </Link>
          </p>
        ) : null}
        <p className="step-why">
          <span className="step-why-label">Why: </span>
          {step.rationale}
        </p>
        {step.status === 'skipped' && step.skipReason ? (
          <p className="step-skip">
            <Icon name="info" />
            <span>{step.skipReason}</span>
          </p>
        ) : null}
        <p className="step-due">
          <Icon name={step.status === 'done' ? 'check' : 'calendar'} />
          <span>{dueLabel(step)}</span>
        </p>
        {open && !readyNow && step.notBefore ? (
          <p className="step-cooloff">
            <Icon name="clock" />
            <span>Ready to send {formatWhen(step.notBefore)}, after a short cool-off.</span>
          </p>
        ) : null}
        <div className="step-actions">
          {action ? (
            <Link
              to={action.to}
              className={`btn ${emphasis ? 'btn-primary' : 'btn-secondary'} btn-sm`}
            >
              {action.label}
              <VisuallyHidden>: {title}</VisuallyHidden>
            </Link>
          ) : null}
          {open || step.status === 'snoozed' ? (
            <>
              <button
                type="button"
                className="btn btn-quiet btn-sm"
                disabled={busy !== null}
                onClick={() => void act('done')}
              >
                <Icon name="check" />
                {step.draft ? 'Mark sent' : 'Done'}
                <VisuallyHidden>: {title}</VisuallyHidden>
              </button>
              {step.status !== 'snoozed' ? (
                <button
                  type="button"
                  className="btn btn-quiet btn-sm"
                  disabled={busy !== null}
                  onClick={() => void act('snooze')}
                >
                  <Icon name="clock" />
                  Later
                  <VisuallyHidden>: snooze {title} for two days</VisuallyHidden>
                </button>
              ) : null}
              <button
                type="button"
                className="btn btn-quiet btn-sm"
                disabled={busy !== null}
                onClick={() => void act('skip')}
              >
                <Icon name="skip" />
                Skip
                <VisuallyHidden>: {title}</VisuallyHidden>
              </button>
            </>
          ) : (
            <button
              type="button"
              className="btn btn-quiet btn-sm"
              disabled={busy !== null}
              onClick={() => void act('reopen')}
            >
              <Icon name="undo" />
              Reopen
              <VisuallyHidden>: {title}</VisuallyHidden>
            </button>
          )}
        </div>
        <ErrorLine error={error} />
      </div>
    </article>
  );
}
