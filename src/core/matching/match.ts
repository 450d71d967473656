// Links a job email to an application: by thread, then company (and role), then sender domain.
// Pure: the caller passes the candidates in.
import type { EmailLabel } from '../email/types.js';
import { memoized } from '../memo.js';
import type { Application, ApplicationStatus } from '../types.js';

const SUFFIXES = /\b(inc|incorporated|llc|l\.l\.c|ltd|limited|gmbh|ag|sa|s\.a|bv|b\.v|nv|plc|corp|corporation|co|company|group|holdings|the|technologies|technology|labs?)\b\.?/g;

// Matching compares each email's company with every application's: remember the few names a
// user has rather than normalising each one again for every email of an ingest.
const normalizeCached = memoized(normalizeUncached, 10_000);

export function normalizeCompany(name: string): string {
  return normalizeCached(name);
}

function normalizeUncached(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(SUFFIXES, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const tokens = (s: string): Set<string> =>
  new Set(
    s
      .toLowerCase()
      .replace(/[^a-z0-9+#]+/g, ' ')
      .split(' ')
      .filter((t) => t.length > 1 && !['and', 'the', 'of', 'for', 'in', 'at', 'a'].includes(t)),
  );

/** Jaccard similarity of role titles' words, 0..1. */
export function roleSimilarity(a: string, b: string): number {
  const x = tokens(a);
  const y = tokens(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return common / (x.size + y.size - common);
}

export function companiesMatch(a: string, b: string): boolean {
  const x = normalizeCompany(a);
  const y = normalizeCompany(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const short = x.length <= y.length ? x : y;
  const long = x.length <= y.length ? y : x;
  return short.length >= 4 && (` ${long} `.includes(` ${short} `) || long.replace(/ /g, '') === short.replace(/ /g, ''));
}

/** Whether a sender's domain names the company (careers.acme.com for "Acme Inc"). */
export function domainMatches(domain: string, company: string): boolean {
  const c = normalizeCompany(company).replace(/ /g, '');
  if (c.length < 3) return false;
  return domain
    .toLowerCase()
    .split('.')
    .slice(0, -1)
    .some((label) => label.replace(/-/g, '') === c || (c.length >= 5 && label.replace(/-/g, '').includes(c)));
}

export interface MatchInput {
  company: string | null;
  role: string | null;
  fromDomain: string | null;
  /** The application an earlier message in the thread belongs to. */
  threadApplicationId: number | null;
  /** What the email is; a confirmation for a role not yet tracked starts a new application. */
  label?: EmailLabel;
}

export interface Match {
  applicationId: number | null;
  /** How sure the link is, 0..1. */
  confidence: number;
  why: string;
}

const OPEN: readonly ApplicationStatus[] = ['wishlist', 'applied', 'screening', 'interviewing', 'offer'];

export function matchApplication(m: MatchInput, apps: readonly Application[]): Match {
  if (m.threadApplicationId !== null && apps.some((a) => a.id === m.threadApplicationId)) {
    return { applicationId: m.threadApplicationId, confidence: 1, why: 'same email thread' };
  }
  let candidates = m.company ? apps.filter((a) => companiesMatch(a.company, m.company ?? '')) : [];
  let basis = 'same company';
  if (candidates.length === 0 && m.fromDomain) {
    candidates = apps.filter((a) => domainMatches(m.fromDomain ?? '', a.company));
    basis = 'sender domain';
  }
  if (candidates.length === 0) return { applicationId: null, confidence: 0, why: 'no application at this company yet' };
  const knownRole = m.role !== null && tokens(m.role).size > 0;
  // People apply for several roles at one company: a confirmation naming a role unlike any
  // tracked there is a new application. Other mail about an untracked role waits for review.
  const newRole = (): Match | null =>
    m.label === 'application_received' && knownRole && candidates.every((a) => roleSimilarity(m.role ?? '', a.role) === 0)
      ? { applicationId: null, confidence: 0, why: `a new role at ${candidates[0]?.company ?? 'this company'}` }
      : null;
  if (candidates.length === 1) {
    const only = candidates[0] as Application;
    if (knownRole && roleSimilarity(m.role ?? '', only.role) === 0) {
      return newRole() ?? { applicationId: null, confidence: 0.3, why: `${basis}, but a different role (${only.role})` };
    }
    return { applicationId: only.id, confidence: basis === 'same company' ? 0.9 : 0.75, why: basis };
  }
  const ranked = candidates
    .map((a) => ({ a, sim: m.role ? roleSimilarity(m.role, a.role) : 0, open: OPEN.includes(a.status) }))
    .sort((x, y) => y.sim - x.sim || Number(y.open) - Number(x.open) || y.a.createdAt.localeCompare(x.a.createdAt));
  const best = ranked[0];
  const second = ranked[1];
  if (best && best.sim > 0 && (!second || best.sim > second.sim)) {
    return { applicationId: best.a.id, confidence: 0.85, why: `${basis} and role` };
  }
  return newRole() ?? { applicationId: best?.a.id ?? null, confidence: 0.5, why: `${basis}, several applications there` };
}

const RANK: Partial<Record<ApplicationStatus, number>> = { wishlist: 0, applied: 1, screening: 2, interviewing: 3, offer: 4 };

/** The status an email moves an application to, never backwards; null for no change. */
export function advanceStatus(current: ApplicationStatus, label: EmailLabel): ApplicationStatus | null {
  const target: ApplicationStatus | null =
    label === 'application_received'
      ? 'applied'
      : label === 'interview' || label === 'assessment'
        ? 'interviewing'
        : label === 'offer'
          ? 'offer'
          : null;
  if (!target) return null;
  if (current === 'ghosted') return target === 'applied' ? null : target;
  const from = RANK[current];
  const to = RANK[target];
  if (from === undefined || to === undefined) return null;
  return to > from ? target : null;
}

/** A sender-and-subject shape, so a correction applies to the next mail from the same template. */
export function correctionPattern(fromEmail: string | null, subject: string, company: string | null, role: string | null): string {
  let s = subject.toLowerCase();
  for (const v of [company, role]) if (v) s = s.split(v.toLowerCase()).join('*');
  s = s.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  return `${(fromEmail ?? '').toLowerCase()}|${s}`;
}
