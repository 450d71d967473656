// Results by resume version: how many applications each went out with, how many led to an
// interview, how many ended in a no.
import { groupBy, percent, rate, reached, type AppFacts } from './data.js';
import { ENOUGH } from './words.js';

export interface ResumeRow {
  version: string;
  applications: number;
  /** Applications that led to at least one interview, a screening call included. */
  interviews: number;
  interviewRate: number | null;
  /** Applications that ended in a no or in silence. */
  rejections: number;
  rejectionRate: number | null;
}

export interface ResumesSection {
  takeaway: string;
  enoughData: boolean;
  /** Versions in the order they were first used. */
  versions: ResumeRow[];
}

export function resumesSection(apps: readonly AppFacts[]): ResumesSection {
  const withVersion = apps.filter((a) => (a.app.resumeVersion ?? '').trim() !== '');
  const groups = groupBy(withVersion, (a) => (a.app.resumeVersion ?? '').trim());
  const firstUse = (list: readonly AppFacts[]): string =>
    list.map((a) => a.app.appliedOn ?? a.app.createdAt.slice(0, 10)).sort()[0] ?? '';
  const versions = [...groups.entries()]
    .sort(([va, a], [vb, b]) => firstUse(a).localeCompare(firstUse(b)) || va.localeCompare(vb))
    .map(([version, list]): ResumeRow => {
      const interviews = list.filter((a) => reached(a, 'screen')).length;
      const rejections = list.filter((a) => a.ended).length;
      return {
        version,
        applications: list.length,
        interviews,
        interviewRate: rate(interviews, list.length),
        rejections,
        rejectionRate: rate(rejections, list.length),
      };
    });

  const comparable = versions.filter((v) => v.applications >= ENOUGH);
  const share = (v: ResumeRow): number => v.interviews / v.applications;
  let takeaway: string;
  if (versions.length === 0) {
    takeaway =
      'Note which resume you send with each application to see which one opens more doors.';
  } else if (comparable.length < 2) {
    takeaway = `Too early to compare resume versions: each needs ${String(ENOUGH)} applications before its numbers mean much.`;
  } else {
    const [best, next] = [...comparable].sort(
      (a, b) => share(b) - share(a) || b.applications - a.applications,
    ) as [ResumeRow, ResumeRow];
    const says = (v: ResumeRow): string =>
      `${String(v.interviews)} of ${String(v.applications)} (${String(percent(v.interviews, v.applications))}%)`;
    takeaway =
      share(best) - share(next) >= 0.15
        ? `Resume “${best.version}” leads to interviews more often: ${says(best)}, against ${says(next)} for “${next.version}”; it may be worth sending it from now on.`
        : `Your resume versions lead to interviews at similar rates (${String(percent(best.interviews, best.applications))}% and ${String(percent(next.interviews, next.applications))}%), so ${comparable.length === 2 ? 'neither' : 'none'} stands out yet.`;
  }
  return { takeaway, enoughData: comparable.length >= 2, versions };
}
