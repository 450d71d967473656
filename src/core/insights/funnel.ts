// The funnel: how far applications get, stage by stage and by where they came from.
import { FUNNEL_STAGES, percent, rate, reached, type AppFacts, type FunnelStage } from './data.js';
import { ENOUGH, plural } from './words.js';

export interface FunnelStageRow {
  stage: FunnelStage;
  /** Applications that got at least this far. */
  reached: number;
  /** Share of those at the stage before that got here (null for the first stage, or nothing before). */
  fromPrevious: number | null;
  /** Share of all applications that got here. */
  fromApplied: number | null;
  /** Applications that ended (a no, or silence) at this stage. */
  endedHere: number;
}

export interface FunnelSection {
  takeaway: string;
  enoughData: boolean;
  applications: number;
  stages: FunnelStageRow[];
}

export interface SourceRow {
  source: string;
  applications: number;
  /** Applications that got at least this far (screen: at least one interview of any kind). */
  screen: number;
  interview: number;
  final: number;
  offer: number;
  /** Share that led to at least one interview, a screening call included: screen / applications. */
  interviewRate: number | null;
}

export interface SourcesSection {
  takeaway: string;
  enoughData: boolean;
  sources: SourceRow[];
}

const STOPS: Record<FunnelStage, string> = {
  applied: 'before any conversation',
  screen: 'after a screening call',
  interview: 'after an interview, before the final round',
  final: 'at the final round, which means you are getting close',
  offer: 'at the offer',
};

export function funnelSection(apps: readonly AppFacts[]): FunnelSection {
  const stages = FUNNEL_STAGES.map((stage, i): FunnelStageRow => {
    const n = apps.filter((a) => reached(a, stage)).length;
    const before =
      i === 0 ? null : apps.filter((a) => reached(a, FUNNEL_STAGES[i - 1] ?? 'applied')).length;
    return {
      stage,
      reached: n,
      fromPrevious: before === null ? null : rate(n, before),
      fromApplied: rate(n, apps.length),
      endedHere: apps.filter((a) => a.ended && a.furthest === stage).length,
    };
  });
  const ended = stages.reduce((sum, s) => sum + s.endedHere, 0);
  const count = (stage: FunnelStage): number => stages.find((s) => s.stage === stage)?.reached ?? 0;
  let takeaway: string;
  if (apps.length === 0) {
    takeaway =
      'Nothing to show yet: add the applications you have sent, and this shows how far each one gets.';
  } else if (ended < ENOUGH) {
    takeaway = `Too early to see where applications stop: ${plural(apps.length, 'application')} so far, and fewer than ${String(ENOUGH)} have had an answer.`;
  } else {
    const most = Math.max(...stages.map((s) => s.endedHere));
    const leaders = stages.filter((s) => s.endedHere === most);
    const reach = `Of your ${plural(apps.length, 'application')}, ${String(count('screen'))} led to a first conversation and ${String(count('interview'))} to an interview`;
    const lead = leaders.length === 1 && most >= ENOUGH ? leaders[0] : undefined;
    takeaway = lead
      ? `${reach}; the most common place they stop is ${STOPS[lead.stage]} (${String(lead.endedHere)}).`
      : `${reach}; no single stage stands out yet as the place they stop.`;
  }
  return {
    takeaway,
    enoughData: apps.length > 0 && ended >= ENOUGH,
    applications: apps.length,
    stages,
  };
}

/** How a source reads after "through": "a referral", "LinkedIn". */
function through(source: string): string {
  if (/referr/i.test(source)) return 'a referral';
  if (/recruit|agenc/i.test(source)) return 'a recruiter';
  if (/company|career|website/i.test(source)) return "the company's own site";
  return source;
}

function adviceFor(source: string): string {
  if (/referr/i.test(source)) return 'asking people you know for an introduction is worth the time';
  if (/recruit|agenc/i.test(source))
    return 'keeping in touch with recruiters who know your field is worth the time';
  return 'it may be worth putting more of your time there';
}

export const NO_SOURCE = 'Not recorded';

export function sourcesSection(apps: readonly AppFacts[]): SourcesSection {
  const bySource = new Map<string, AppFacts[]>();
  for (const a of apps) {
    const raw = a.app.source?.trim() || NO_SOURCE;
    // One row per source however it was spelled: the first spelling names it.
    const key = [...bySource.keys()].find((k) => k.toLowerCase() === raw.toLowerCase()) ?? raw;
    bySource.set(key, [...(bySource.get(key) ?? []), a]);
  }
  const sources = [...bySource.entries()]
    .map(([source, list]): SourceRow => {
      const screen = list.filter((a) => reached(a, 'screen')).length;
      return {
        source,
        applications: list.length,
        screen,
        interview: list.filter((a) => reached(a, 'interview')).length,
        final: list.filter((a) => reached(a, 'final')).length,
        offer: list.filter((a) => reached(a, 'offer')).length,
        interviewRate: rate(screen, list.length),
      };
    })
    .sort((a, b) => b.applications - a.applications || a.source.localeCompare(b.source));

  const comparable = sources.filter((s) => s.source !== NO_SOURCE && s.applications >= ENOUGH);
  const share = (s: SourceRow): number => s.screen / s.applications;
  let takeaway: string;
  if (sources.every((s) => s.source === NO_SOURCE)) {
    takeaway =
      'Note where each application came from (LinkedIn, a referral, a company site) to see which brings interviews.';
  } else if (comparable.length < 2) {
    takeaway = `Too early to compare where your applications come from: a source needs ${String(ENOUGH)} applications before its numbers mean much.`;
  } else {
    const best = [...comparable].sort(
      (a, b) => share(b) - share(a) || b.applications - a.applications,
    )[0] as SourceRow;
    const other = comparable
      .filter((s) => s !== best)
      .sort((a, b) => b.applications - a.applications)[0] as SourceRow;
    const gap = share(best) - share(other);
    const lo = Math.min(...comparable.map(share));
    const hi = Math.max(...comparable.map(share));
    takeaway =
      gap >= 0.15
        ? `Applications that came through ${through(best.source)} lead to interviews most often: ${String(best.screen)} of ${String(best.applications)} (${String(percent(best.screen, best.applications))}%), against ${String(other.screen)} of ${String(other.applications)} (${String(percent(other.screen, other.applications))}%) through ${through(other.source)}; ${adviceFor(best.source)}.`
        : `Your sources lead to interviews at ${lo === hi ? `the same rate (${String(Math.round(lo * 100))}%)` : `similar rates (${String(Math.round(lo * 100))}% to ${String(Math.round(hi * 100))}%)`}, so no single channel stands out yet.`;
  }
  return { takeaway, enoughData: comparable.length >= 2, sources };
}
