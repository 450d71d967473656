// Small building blocks shared by the screens: fields with labels, the one-line error,
// a loading line that never flashes, page headings that take focus on navigation.
import { useEffect, useId, useRef, type ReactNode, type MouseEvent } from 'react';
import { errorMessage } from '../api';
import { useDelayed } from '../hooks';
import { navigate, takeFocusRequest } from '../router';
import { Icon, type IconName } from './Icon';

/** An in-app link: plain <a href>, with client-side navigation on an ordinary click. */
export function Link({
  to,
  className,
  children,
  ariaCurrent,
}: {
  to: string;
  className?: string;
  children: ReactNode;
  ariaCurrent?: boolean;
}) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
      return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a
      href={to}
      className={className}
      onClick={onClick}
      aria-current={ariaCurrent ? 'page' : undefined}
    >
      {children}
    </a>
  );
}

export function PageHeader({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocusRequest()) ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <header className="page-header">
      <div className="page-header-text">
        <h1 ref={ref} tabIndex={-1}>
          {title}
        </h1>
        {lead ? <p className="lead">{lead}</p> : null}
      </div>
      {children ? <div className="page-header-actions">{children}</div> : null}
    </header>
  );
}

/** One line: what happened and what to do. Announced to screen readers. */
export function ErrorLine({ error, id }: { error: unknown; id?: string }) {
  if (!error) return null;
  return (
    <p className="error-line" role="alert" id={id}>
      <Icon name="alert" />
      <span>{typeof error === 'string' ? error : errorMessage(error)}</span>
    </p>
  );
}

/** "Loading…", shown only when loading takes long enough to notice. */
export function Loading({
  active = true,
  label = 'Loading…',
}: {
  active?: boolean;
  label?: string;
}) {
  const shown = useDelayed(active);
  if (!shown) return <div className="loading-placeholder" aria-hidden="true" />;
  return (
    <p className="loading" role="status">
      <span className="loading-dot" aria-hidden="true" />
      {label}
    </p>
  );
}

export function Card({
  title,
  children,
  className,
  headingLevel = 2,
  id,
  icon,
  actions,
}: {
  title?: ReactNode;
  children: ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
  id?: string;
  icon?: IconName;
  actions?: ReactNode;
}) {
  const headingId = useId();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      className={`card ${className ?? ''}`}
      aria-labelledby={title ? headingId : undefined}
      id={id}
    >
      {title ? (
        <div className="card-head">
          <H id={headingId} className="card-title">
            {icon ? <Icon name={icon} /> : null}
            {title}
          </H>
          {actions ? <div className="card-actions">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </section>
  );
}

export function EmptyState({
  icon = 'leaf',
  title,
  children,
}: {
  icon?: IconName;
  title: string;
  children?: ReactNode;
}) {
  return (
    <div className="empty">
      <Icon name={icon} className="empty-icon" />
      <p className="empty-title">{title}</p>
      {children ? <div className="empty-body">{children}</div> : null}
    </div>
  );
}

interface FieldBase {
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  className?: string;
}

function FieldShell({
  id,
  hintId,
  label,
  hint,
  optional,
  className,
  children,
}: FieldBase & { id: string; hintId: string; children: ReactNode }) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function TextField({
  value,
  onChange,
  type = 'text',
  required,
  autoComplete,
  inputMode,
  placeholder,
  name,
  min,
  max,
  ...base
}: FieldBase & {
  value: string;
  onChange: (v: string) => void;
  type?: 'text' | 'email' | 'url' | 'date' | 'datetime-local' | 'number' | 'search';
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text' | 'email' | 'url' | 'search';
  placeholder?: string;
  name?: string;
  min?: number | string;
  max?: number | string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <FieldShell {...base} id={id} hintId={hintId}>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        required={required}
        autoComplete={autoComplete ?? 'off'}
        inputMode={inputMode}
        placeholder={placeholder}
        min={min}
        max={max}
        aria-describedby={base.hint ? hintId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}

export function TextArea({
  value,
  onChange,
  rows = 4,
  required,
  name,
  describedBy,
  ...base
}: FieldBase & {
  value: string;
  onChange: (v: string) => void;
  rows?: number;
  required?: boolean;
  name?: string;
  describedBy?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const ids = [base.hint ? hintId : null, describedBy ?? null].filter(Boolean).join(' ');
  return (
    <FieldShell {...base} id={id} hintId={hintId}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        required={required}
        aria-describedby={ids || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}

export function SelectField<T extends string>({
  value,
  onChange,
  options,
  name,
  ...base
}: FieldBase & {
  value: T;
  onChange: (v: T) => void;
  options: readonly { value: T; label: string }[];
  name?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <FieldShell {...base} id={id} hintId={hintId}>
      <select
        id={id}
        name={name}
        value={value}
        aria-describedby={base.hint ? hintId : undefined}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function Checkbox({
  checked,
  onChange,
  label,
  hint,
}: {
  checked: boolean;
  onChange: (v: boolean) => void;
  label: ReactNode;
  hint?: ReactNode;
}) {
  const id = useId();
  return (
    <div className="check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A group of radio buttons inside a fieldset with a legend. */
export function RadioGroup<T extends string>({
  legend,
  hint,
  value,
  onChange,
  options,
  className,
  name,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  value: T | null;
  onChange: (v: T) => void;
  options: readonly { value: T; label: ReactNode; hint?: ReactNode }[];
  className?: string;
  name?: string;
}) {
  const id = useId();
  return (
    <fieldset
      className={`radios ${className ?? ''}`}
      aria-describedby={hint ? `${id}-hint` : undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="radio-options">
        {options.map((o) => (
          <label key={o.value} className="radio">
            <input
              type="radio"
              name={name ?? id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span className="radio-text">
              <span className="radio-label">{o.label}</span>
              {o.hint ? <span className="radio-hint">{o.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A visually hidden element that screen readers still read. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
