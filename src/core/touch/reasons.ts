// Why get in touch now (R7): the most concrete reason on record for one due touch-base. News the
// user noted about the person first, then an article that fits them, then the user's own news,
// then an occasion around the ideal day for the locale, and a plain hello when there is nothing.
// The choice depends on the records and the touch-base's dates only (never on the clock), so a
// plan and today's agenda pick the same reason.
import { dayOfMonth, firstToken } from '../drafts/text.js';
import type { ReasonShape } from '../drafts/facts.js';
import { occasionNear } from '../playbook/holidays.js';
import type { IsoDate } from '../types.js';
import { addDaysTo, daysFrom } from './cadence.js';
import type { Cadence, ContactEvent, Milestone, PersonTouch, SavedArticle, TouchReason, TouchReasonKind } from './types.js';

export interface ReasonInput {
  contact: { name: string; company: string | null };
  person: Pick<PersonTouch, 'tags' | 'events'>;
  cadence: Pick<Cadence, 'idealOn' | 'latestOn' | 'lastContactOn'>;
  articles: readonly SavedArticle[];
  milestones: readonly Milestone[];
  locale: string;
  /** Other companies the person is tied to (their applications), for matching articles. */
  companies?: readonly string[];
}

/** How long before the ideal day an anniversary still makes a good reason. */
const ANNIVERSARY_LEAD_DAYS = 30;

const EVENT_ORDER: Record<ContactEvent['kind'], number> = { promotion: 0, new_role: 1, work_anniversary: 2, other: 3 };

/** A tag as stored and matched: lower-case, single spaces. */
export function normalTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** "Acme Robotics" matches the tags "acme robotics" and "acme-robotics". */
function companyTags(company: string | null | undefined): string[] {
  if (!company) return [];
  const t = normalTag(company);
  return t === '' ? [] : [t, t.replace(/ /g, '-')];
}

const pretty = (day: IsoDate): string => dayOfMonth(`${day}T12:00:00.000Z`) ?? day;

function withNote(text: string, note: string | null): string {
  const n = note?.trim();
  return n ? `${text} (${n.replace(/[.!?\s]+$/u, '')}).` : `${text}.`;
}

/** The anniversary of a start day that falls in [from, to], with how many years it marks. */
export function anniversaryIn(start: IsoDate, from: IsoDate, to: IsoDate): { on: IsoDate; years: number } | null {
  const startYear = Number(start.slice(0, 4));
  const md = start.slice(5);
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const years = y - startYear;
    if (years < 1) continue;
    // A February 29 start is celebrated on February 28 in other years.
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const on = `${String(y)}-${md === '02-29' && !leap ? '02-28' : md}`;
    if (on >= from && on <= to) return { on, years };
  }
  return null;
}

function eventReason(first: string, e: ContactEvent, anniversary: { on: IsoDate; years: number } | null): TouchReason {
  const base = { eventId: e.id };
  switch (e.kind) {
    case 'promotion':
      return { ...base, kind: 'promotion', text: withNote(`${first} was promoted, as you noted for ${pretty(e.on)}`, e.note), draftText: 'your promotion' };
    case 'new_role':
      return { ...base, kind: 'new_role', text: withNote(`${first} started a new role, as you noted for ${pretty(e.on)}`, e.note), draftText: 'your new role' };
    case 'work_anniversary': {
      const years = anniversary?.years ?? 1;
      const label = years === 1 ? 'first work anniversary' : `${String(years)}-year work anniversary`;
      return {
        ...base,
        kind: 'work_anniversary',
        text: withNote(`${first}'s ${label} falls on ${pretty(anniversary?.on ?? e.on)}`, e.note),
        draftText: `your ${label}`,
      };
    }
    case 'other':
      return { ...base, kind: 'news', text: withNote(`News you noted about ${first} on ${pretty(e.on)}`, e.note), draftText: 'your recent news' };
  }
}

/** The person's news worth a note: one-off news since the last contact, or an anniversary around the ideal day. */
function newsReason(i: ReasonInput, first: string): TouchReason | null {
  const { lastContactOn, idealOn, latestOn } = i.cadence;
  const found: Array<{ e: ContactEvent; when: IsoDate; anniversary: { on: IsoDate; years: number } | null }> = [];
  for (const e of i.person.events) {
    if (e.kind === 'work_anniversary') {
      const a = anniversaryIn(e.on, addDaysTo(idealOn, -ANNIVERSARY_LEAD_DAYS), latestOn);
      if (a && a.on > lastContactOn) found.push({ e, when: a.on, anniversary: a });
    } else if (e.on >= lastContactOn && e.on <= latestOn) {
      found.push({ e, when: e.on, anniversary: null });
    }
  }
  found.sort((a, b) => EVENT_ORDER[a.e.kind] - EVENT_ORDER[b.e.kind] || b.when.localeCompare(a.when) || b.e.id - a.e.id);
  const best = found[0];
  return best ? eventReason(first, best.e, best.anniversary) : null;
}

function articleReason(i: ReasonInput, first: string): TouchReason | null {
  const wanted = new Set([
    ...i.person.tags.map(normalTag),
    ...companyTags(i.contact.company),
    ...(i.companies ?? []).flatMap(companyTags),
  ]);
  const fits = i.articles
    .filter((a) => a.savedOn >= i.cadence.lastContactOn && a.savedOn <= i.cadence.latestOn)
    .map((a) => ({ a, tag: a.tags.map(normalTag).find((t) => wanted.has(t)) }))
    .filter((x): x is { a: SavedArticle; tag: string } => x.tag !== undefined)
    .sort((x, y) => y.a.savedOn.localeCompare(x.a.savedOn) || y.a.id - x.a.id)[0];
  if (!fits) return null;
  const title = fits.a.title.trim().replace(/[.\s]+$/u, '');
  return {
    kind: 'article',
    articleId: fits.a.id,
    text: `Share "${title}", which you saved: it fits ${first}'s ${fits.tag}.`,
    draftText: `the article "${title}" (${fits.a.url})`,
  };
}

// Past-tense openers of a milestone ("Finished a course…") read naturally in lower case after a colon.
const OPENERS = /^(?:[A-Z][a-z]+ed|Got|Won|Began|Built|Wrote|Gave|Took|Ran|Led|Made|Became|Earned|Passed|Spoke|Taught)$/;

/** A milestone as the draft says it, mid-sentence: "finished the AWS course", "I passed…". */
export function ownNewsPhrase(title: string): string {
  const t = title.trim().replace(/[.!\s]+$/u, '');
  const first = t.split(/\s+/)[0] ?? '';
  return OPENERS.test(first) ? first.toLowerCase() + t.slice(first.length) : t;
}

function milestoneReason(i: ReasonInput): TouchReason | null {
  const m = i.milestones
    .filter((x) => x.on >= i.cadence.lastContactOn && x.on <= i.cadence.latestOn)
    .sort((a, b) => b.on.localeCompare(a.on) || b.id - a.id)[0];
  if (!m) return null;
  const title = m.title.trim().replace(/[.!\s]+$/u, '');
  return { kind: 'milestone', milestoneId: m.id, text: `Your own news since you last spoke: ${title}.`, draftText: ownNewsPhrase(m.title) };
}

function holidayReason(i: ReasonInput): TouchReason | null {
  const { idealOn, latestOn } = i.cadence;
  const o = occasionNear(idealOn, Math.max(0, daysFrom(idealOn, latestOn)), i.locale);
  if (!o) return null;
  return { kind: 'holiday', text: `Warm wishes for ${o.label} (${pretty(o.day)}) make a natural reason.`, draftText: o.label };
}

/** The most concrete reason on record for this touch-base. */
export function pickReason(i: ReasonInput): TouchReason {
  const first = firstToken(i.contact.name) ?? 'them';
  return (
    newsReason(i, first) ??
    articleReason(i, first) ??
    milestoneReason(i) ??
    holidayReason(i) ?? {
      kind: 'check_in',
      text: 'Nothing special on record, and that is fine: a short hello keeps you in mind.',
      draftText: null,
    }
  );
}

/** How the draft phrases each kind of reason. */
export const DRAFT_SHAPE: Record<TouchReasonKind, ReasonShape | null> = {
  promotion: 'congrats',
  new_role: 'congrats',
  work_anniversary: 'congrats',
  news: 'congrats',
  article: 'share',
  milestone: 'own_news',
  holiday: 'occasion',
  check_in: null,
};

/** The reason in a plan step's rationale: "(wishing them well for the new year)". */
export function rationalePhrase(r: TouchReason): string {
  switch (r.kind) {
    case 'promotion':
      return 'congratulating them on their promotion';
    case 'new_role':
      return 'congratulating them on their new role';
    case 'work_anniversary':
      return 'congratulating them on their work anniversary';
    case 'news':
      return 'congratulating them on their news';
    case 'article':
      return 'sharing an article you saved that fits their work';
    case 'milestone':
      return 'sharing a bit of your own news';
    case 'holiday':
      return `wishing them well for ${r.draftText ?? 'the season'}`;
    case 'check_in':
      return 'sharing an article that fits their work, or congratulating them on recent news';
  }
}
