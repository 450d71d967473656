// Hand-written charts: small, calm, accessible. Every chart is one `role="img"` with a sentence
// that says what it shows, sits under a one-line takeaway, and comes with its numbers as a table.
// Horizontal positions are percentages and labels are HTML where they may wrap, so the charts
// stay readable from a phone's width to a wide screen, in light and dark (colours come from CSS).
import { useId, type ReactNode } from 'react';
import './charts.css';

/** "55%" for 0.55; an em dash when there is nothing to divide. */
export function pct(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;
}

const clamp01 = (n: number): number => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

export interface BarRow {
  key: string;
  label: ReactNode;
  /** The bar's length, against the chart's `max`. */
  value: number;
  /** A part of the bar drawn strong over a lighter whole (say, led to an interview, of applied). */
  part?: number;
  /** What the row says, in words: shown beside the label. */
  valueText: string;
  /** A second line under the label (skills named, a note). */
  detail?: ReactNode;
  /** The row the takeaway is about. */
  emphasis?: boolean;
  /** The bar's fill: muted by default, strong when emphasised, hatched ochre for outside causes. */
  tone?: 'strong' | 'muted' | 'outside';
}

/**
 * Horizontal bars, one row each: label and value in text, the bar beneath. With `part`, the bar
 * shows a whole (outlined, light) and the part of it (filled) — see the legend.
 */
export function BarChart({
  label,
  rows,
  max,
  legend,
}: {
  /** The accessible name: one sentence with the numbers that matter. */
  label: string;
  rows: readonly BarRow[];
  max?: number;
  legend?: { whole: string; part: string };
}) {
  const top = Math.max(1, max ?? Math.max(0, ...rows.map((r) => r.value)));
  const hatch = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  return (
    <div className="chart">
      {legend ? (
        <Legend
          items={[
            { key: 'part', label: legend.part, swatch: 'part' },
            { key: 'whole', label: legend.whole, swatch: 'whole' },
          ]}
        />
      ) : null}
      <div className="bars" role="img" aria-label={label}>
        {rows.map((r) => {
          const whole = clamp01(r.value / top);
          const part = r.part === undefined ? null : clamp01(r.part / top);
          const tone = r.tone ?? (r.emphasis ? 'strong' : 'muted');
          const rowHatch = `${hatch}-${r.key.replace(/\W+/g, '-')}`;
          return (
            <div
              key={r.key}
              className={`bar-row bar-row-${tone}${r.emphasis ? ' bar-row-emphasis' : ''}`}
            >
              <div className="bar-text">
                <span className="bar-label">{r.label}</span>
                <span className="bar-value">{r.valueText}</span>
              </div>
              {r.detail ? <div className="bar-detail">{r.detail}</div> : null}
              <svg className="bar-svg" height="14" aria-hidden="true" focusable="false">
                {tone === 'outside' ? <HatchDef id={rowHatch} /> : null}
                <rect className="bar-track" x="0" y="1" width="100%" height="12" rx="6" />
                {whole > 0 ? (
                  <rect
                    className={
                      part !== null ? 'bar-whole' : tone === 'outside' ? 'bar-hatch' : 'bar-fill'
                    }
                    x="0.5"
                    y="1.5"
                    width={`${Math.max(1.5, whole * 100)}%`}
                    height="11"
                    rx="5.5"
                    fill={part === null && tone === 'outside' ? `url(#${rowHatch})` : undefined}
                  />
                ) : null}
                {part !== null && part > 0 ? (
                  <rect
                    className="bar-fill"
                    x="0"
                    y="1"
                    width={`${Math.max(1.5, part * 100)}%`}
                    height="12"
                    rx="6"
                  />
                ) : null}
              </svg>
            </div>
          );
        })}
      </div>
    </div>
  );
}

export interface Segment {
  key: string;
  label: string;
  value: number;
  /** A fill from charts.css: strong, soft, outside (ochre, hatched), none (the empty track). */
  tone: 'strong' | 'soft' | 'outside' | 'none';
}

/** One bar split into parts that add up to a whole (replied with specifics, replied vaguely, no reply). */
export function StackedBar({
  label,
  title,
  valueText,
  segments,
}: {
  label: string;
  title: ReactNode;
  valueText: string;
  segments: readonly Segment[];
}) {
  const total = segments.reduce((s, x) => s + x.value, 0);
  let at = 0;
  const hatch = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  return (
    <div className="bar-row">
      <div className="bar-text">
        <span className="bar-label">{title}</span>
        <span className="bar-value">{valueText}</span>
      </div>
      <svg className="bar-svg bar-svg-tall" height="20" role="img" aria-label={label}>
        <HatchDef id={hatch} />
        <rect className="bar-track" x="0" y="0" width="100%" height="20" rx="6" />
        {total > 0
          ? segments.map((s) => {
              const x = at;
              const w = s.value / total;
              at += w;
              if (s.value === 0 || s.tone === 'none') return null;
              return (
                <rect
                  key={s.key}
                  className={`seg seg-${s.tone}`}
                  x={`${x * 100}%`}
                  y="0"
                  width={`${w * 100}%`}
                  height="20"
                  fill={s.tone === 'outside' ? `url(#${hatch})` : undefined}
                />
              );
            })
          : null}
      </svg>
    </div>
  );
}

/** A diagonal hatch, so "outside your control" never relies on colour alone. */
function HatchDef({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect className="hatch-bg" width="6" height="6" />
        <line className="hatch-line" x1="0" y1="0" x2="0" y2="6" />
      </pattern>
    </defs>
  );
}

export function Legend({
  items,
}: {
  items: readonly {
    key: string;
    label: string;
    swatch: 'part' | 'whole' | 'outside' | 'line' | 'strong' | 'soft' | 'muted';
  }[];
}) {
  return (
    <ul className="legend" aria-hidden="true">
      {items.map((i) => (
        <li key={i.key}>
          <span className={`swatch swatch-${i.swatch}`} />
          {i.label}
        </li>
      ))}
    </ul>
  );
}

export interface Column {
  key: string;
  /** Shown under the column when there is room (every few columns on a phone). */
  tick: string;
  /** Stacked from the bottom, in order. */
  parts: readonly { key: string; value: number; tone: 'strong' | 'outside' | 'soft' }[];
}

/** Columns over time, each a stack of parts; ticks are thinned so they never collide. */
export function ColumnChart({
  label,
  columns,
  height = 150,
  maxTicks = 6,
}: {
  label: string;
  columns: readonly Column[];
  height?: number;
  maxTicks?: number;
}) {
  const hatch = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const n = Math.max(1, columns.length);
  const top = Math.max(1, ...columns.map((c) => c.parts.reduce((s, p) => s + p.value, 0)));
  const base = height - 22;
  const scale = (v: number) => (v / top) * (base - 8);
  const every = Math.max(1, Math.ceil(n / maxTicks));
  const slot = 100 / n;
  const w = slot * 0.62;
  return (
    <div className="plot" role="img" aria-label={label}>
      <svg className="plot-axis" width="24" height={height} aria-hidden="true" focusable="false">
        <text className="chart-tick" x="20" y={base - scale(top) + 4} textAnchor="end">
          {top}
        </text>
        <text className="chart-tick" x="20" y={base + 4} textAnchor="end">
          0
        </text>
      </svg>
      <svg className="plot-area" height={height} aria-hidden="true" focusable="false">
        <HatchDef id={hatch} />
        <line className="axis" x1="0" x2="100%" y1={base + 0.5} y2={base + 0.5} />
        <line
          className="grid"
          x1="0"
          x2="100%"
          y1={base - scale(top) + 0.5}
          y2={base - scale(top) + 0.5}
        />
        {columns.map((c, i) => {
          let y = base;
          return (
            <g key={c.key}>
              {c.parts.map((p) => {
                const h = scale(p.value);
                y -= h;
                return h > 0 ? (
                  <rect
                    key={p.key}
                    className={`seg seg-${p.tone}`}
                    x={`${i * slot + (slot - w) / 2}%`}
                    y={y}
                    width={`${w}%`}
                    height={h}
                    fill={p.tone === 'outside' ? `url(#${hatch})` : undefined}
                  />
                ) : null;
              })}
              {tickShown(i, n, every) ? (
                <text
                  className="chart-tick"
                  x={`${i * slot + slot / 2}%`}
                  y={height - 4}
                  {...tickAnchor(i, n)}
                >
                  {c.tick}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** Every `every`-th tick and the last one, skipping a regular tick that would crowd the last. */
function tickShown(i: number, n: number, every: number): boolean {
  if (i === n - 1) return true;
  return i % every === 0 && n - 1 - i >= Math.max(1, every * 0.75);
}

/** The first tick hangs right of its column, the last left of it: neither leaves the chart. */
function tickAnchor(i: number, n: number): { textAnchor: 'start' | 'middle' | 'end'; x?: string } {
  if (n <= 8) return { textAnchor: 'middle' };
  if (i === 0) return { textAnchor: 'start', x: '0' };
  if (i === n - 1) return { textAnchor: 'end', x: '100%' };
  return { textAnchor: 'middle' };
}

export interface MoodPoint {
  key: string;
  tick: string;
  /** 1–5, or null for a week without a check-in. */
  mood: number | null;
  applications: number;
  rejections: number;
}

/**
 * Mood beside activity: the weekly mood as a line (1 to 5) above, and the week's applications
 * and no's as paired columns below, on the same weeks.
 */
export function MoodActivityChart({
  label,
  weeks,
}: {
  label: string;
  weeks: readonly MoodPoint[];
}) {
  const n = Math.max(1, weeks.length);
  const slot = 100 / n;
  const moodTop = 10;
  const moodH = 90;
  const y = (m: number) => moodTop + ((5 - m) / 4) * moodH;
  const actTop = moodTop + moodH + 40;
  const actH = 60;
  const maxAct = Math.max(1, ...weeks.map((w) => Math.max(w.applications, w.rejections)));
  const ah = (v: number) => (v / maxAct) * actH;
  const height = actTop + actH + 22;
  const every = Math.max(1, Math.ceil(n / 5));
  const colW = slot * 0.3;
  // The line is drawn in a stretched 0–100 box (the stroke keeps its width); dots use percentages.
  const segments: string[][] = [];
  let cur: string[] = [];
  weeks.forEach((w, i) => {
    if (w.mood === null) {
      if (cur.length) segments.push(cur);
      cur = [];
      return;
    }
    cur.push(`${(i * slot + slot / 2).toFixed(2)},${y(w.mood).toFixed(1)}`);
  });
  if (cur.length) segments.push(cur);
  return (
    <div className="plot" role="img" aria-label={label}>
      <svg className="plot-axis" width="24" height={height} aria-hidden="true" focusable="false">
        {[1, 3, 5].map((v) => (
          <text key={v} className="chart-tick" x="20" y={y(v) + 4} textAnchor="end">
            {v}
          </text>
        ))}
        <text className="chart-tick" x="20" y={actTop + 4} textAnchor="end">
          {maxAct}
        </text>
        <text className="chart-tick" x="20" y={actTop + actH + 4} textAnchor="end">
          0
        </text>
      </svg>
      <svg className="plot-area" height={height} aria-hidden="true" focusable="false">
        {[1, 3, 5].map((v) => (
          <line key={v} className="grid" x1="0" x2="100%" y1={y(v)} y2={y(v)} />
        ))}
        <line className="grid" x1="0" x2="100%" y1={actTop + 0.5} y2={actTop + 0.5} />
        <svg
          x="0"
          y="0"
          width="100%"
          height={height}
          viewBox={`0 0 100 ${height}`}
          preserveAspectRatio="none"
        >
          {segments.map((s, i) =>
            s.length > 1 ? (
              <polyline
                key={i}
                className="mood-line"
                points={s.join(' ')}
                vectorEffect="non-scaling-stroke"
              />
            ) : null,
          )}
        </svg>
        {weeks.map((w, i) =>
          w.mood === null ? null : (
            <circle
              key={w.key}
              className="mood-dot"
              cx={`${i * slot + slot / 2}%`}
              cy={y(w.mood)}
              r="3.5"
            />
          ),
        )}
        <line className="axis" x1="0" x2="100%" y1={actTop + actH + 0.5} y2={actTop + actH + 0.5} />
        {weeks.map((w, i) => {
          const x0 = i * slot + slot / 2;
          return (
            <g key={w.key}>
              {w.applications > 0 ? (
                <rect
                  className="seg seg-strong"
                  x={`${x0 - colW}%`}
                  y={actTop + actH - ah(w.applications)}
                  width={`${colW}%`}
                  height={ah(w.applications)}
                />
              ) : null}
              {w.rejections > 0 ? (
                <rect
                  className="seg seg-muted"
                  x={`${x0}%`}
                  y={actTop + actH - ah(w.rejections)}
                  width={`${colW}%`}
                  height={ah(w.rejections)}
                />
              ) : null}
              {tickShown(i, n, every) ? (
                <text className="chart-tick" x={`${x0}%`} y={height - 4} {...tickAnchor(i, n)}>
                  {w.tick}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** The numbers behind a chart, folded away until asked for. Scrolls sideways on its own if wide. */
export function DataTable({
  summary,
  caption,
  head,
  rows,
}: {
  summary: string;
  caption: string;
  head: readonly string[];
  rows: readonly (readonly ReactNode[])[];
}) {
  return (
    <details className="data-table">
      <summary>{summary}</summary>
      <div
        className="table-scroll"
        role="region"
        aria-label={`${caption}, as a table`}
        tabIndex={0}
      >
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {head.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={j}>{c}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/**
 * A 1–5 score over time (mood check-ins): `at` is a position from 0 (start) to 1 (now). The line
 * stretches with the width; dots, labels and the stroke keep their size.
 */
export function ScoreLineChart({
  label,
  points,
  startLabel,
  endLabel,
  height = 150,
}: {
  label: string;
  points: readonly { key: string | number; at: number; score: number }[];
  startLabel: string;
  endLabel: string;
  height?: number;
}) {
  const top = 10;
  const h = height - 34;
  const y = (v: number) => top + ((5 - v) / 4) * h;
  const x = (at: number) => 2 + clamp01(at) * 96;
  return (
    <div className="plot" role="img" aria-label={label}>
      <svg className="plot-axis" width="24" height={height} aria-hidden="true" focusable="false">
        {[1, 3, 5].map((v) => (
          <text key={v} className="chart-tick" x="20" y={y(v) + 4} textAnchor="end">
            {v}
          </text>
        ))}
      </svg>
      <svg className="plot-area" height={height} aria-hidden="true" focusable="false">
        {[1, 3, 5].map((v) => (
          <line key={v} className="grid" x1="0" x2="100%" y1={y(v)} y2={y(v)} />
        ))}
        <svg
          x="0"
          y="0"
          width="100%"
          height={height}
          viewBox={`0 0 100 ${height}`}
          preserveAspectRatio="none"
        >
          {points.length > 1 ? (
            <polyline
              className="mood-line"
              points={points.map((p) => `${x(p.at).toFixed(2)},${y(p.score).toFixed(1)}`).join(' ')}
              vectorEffect="non-scaling-stroke"
            />
          ) : null}
        </svg>
        {points.map((p) => (
          <circle key={p.key} className="mood-dot" cx={`${x(p.at)}%`} cy={y(p.score)} r="4" />
        ))}
        <text className="chart-tick" x="0" y={height - 4}>
          {startLabel}
        </text>
        <text className="chart-tick" x="100%" y={height - 4} textAnchor="end">
          {endLabel}
        </text>
      </svg>
    </div>
  );
}
