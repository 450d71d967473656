// Time to decision (applied -> the answer, in days) and ghosting: applications that ended in
// silence, by company.
import { STAGES, type Stage } from '../types.js';
import { calendarDays, groupBy, median, rate, stageOf, type AppFacts } from './data.js';
import { ENOUGH, listOf, plural } from './words.js';

export interface DecisionStageRow {
  stage: Stage;
  decided: number;
  medianDays: number | null;
}

export interface GhostingRow {
  company: string;
  applications: number;
  ghosted: number;
}

export interface DecisionsSection {
  takeaway: string;
  enoughData: boolean;
  /** Answers (not silences) with an application date, so their wait can be measured. */
  decided: number;
  medianDays: number | null;
  byStage: DecisionStageRow[];
  /** Applications that ended in silence. */
  ghosted: number;
  /** ghosted / all applications that ended. */
  ghostedShare: number | null;
  /** Companies that went silent at least once, most often first. */
  companies: GhostingRow[];
}

export function decisionsSection(apps: readonly AppFacts[]): DecisionsSection {
  const waits = apps.flatMap((a) => {
    const r = a.rejection;
    if (!r || a.ghosted || !a.app.appliedOn) return [];
    const days = calendarDays(a.app.appliedOn, r.receivedAt);
    return days >= 0 ? [{ stage: stageOf(a.furthest), days }] : [];
  });
  const byStage = STAGES.map((stage) => {
    const list = waits.filter((w) => w.stage === stage).map((w) => w.days);
    return { stage, decided: list.length, medianDays: median(list) };
  });
  const ghosts = apps.filter((a) => a.ghosted);
  const byCompany = groupBy(apps, (a) => a.app.company.trim().toLowerCase());
  const companies = [...byCompany.values()]
    .map((list): GhostingRow => ({
      company: list[0]?.app.company.trim() ?? '',
      applications: list.length,
      ghosted: list.filter((a) => a.ghosted).length,
    }))
    .filter((c) => c.ghosted > 0)
    .sort((a, b) => b.ghosted - a.ghosted || a.company.localeCompare(b.company));
  const ended = apps.filter((a) => a.ended).length;
  const medianDays = median(waits.map((w) => w.days));

  const silence =
    ghosts.length === 0
      ? ''
      : `; ${plural(ghosts.length, 'application')} went quiet instead (${listOf(companies.map((c) => c.company))}), which says more about their process than about you`;
  const takeaway =
    medianDays === null || waits.length < ENOUGH
      ? `Too early to say how long decisions take: it needs ${String(ENOUGH)} answers with the date you applied${ghosts.length > 0 ? `. ${plural(ghosts.length, 'application')} went quiet, which says more about their process than about you` : ''}.`
      : `Decisions have taken a median of ${plural(medianDays, 'day')} from applying${silence}.`;
  return {
    takeaway,
    enoughData: waits.length >= ENOUGH,
    decided: waits.length,
    medianDays,
    byStage,
    ghosted: ghosts.length,
    ghostedShare: rate(ghosts.length, ended),
    companies,
  };
}
