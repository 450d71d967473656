// One person's touch-base: the cadence that applies, its dates, the reason, and whether it is due
// on a given day. Shared by the R7 plan step and today's agenda, so both say the same thing.
import type { Contact, IsoDate } from '../types.js';
import { cadenceFor, isDueOn, isOverdueOn, isSnoozed } from './cadence.js';
import { pickReason } from './reasons.js';
import type { Cadence, Milestone, PersonTouch, SavedArticle, TouchReason } from './types.js';

export interface TouchContext {
  articles: readonly SavedArticle[];
  milestones: readonly Milestone[];
  locale: string;
}

export interface PersonTouchBase {
  contact: Pick<Contact, 'id' | 'name' | 'company' | 'title'>;
  cadence: Cadence;
  reason: TouchReason;
}

/**
 * The next touch-base with a person, or null when no cadence applies to them (none set, or
 * turned off). `defaultDays` is the default cadence when the person is a warm lead from a final
 * round, else null. `companies` are the companies of their applications, for matching articles.
 */
export function touchBaseFor(
  contact: Pick<Contact, 'id' | 'name' | 'company' | 'title'>,
  person: PersonTouch,
  defaultDays: number | null,
  ctx: TouchContext,
  companies: readonly string[] = [],
): PersonTouchBase | null {
  const cadence = cadenceFor(person, defaultDays);
  if (!cadence) return null;
  const reason = pickReason({
    contact,
    person,
    cadence,
    articles: ctx.articles,
    milestones: ctx.milestones,
    locale: ctx.locale,
    companies,
  });
  return { contact: { id: contact.id, name: contact.name, company: contact.company, title: contact.title }, cadence, reason };
}

/** Where a touch-base stands on `today`: hidden (snoozed or more than a week off), coming, due, or late. */
export function touchStateOn(
  c: Cadence,
  today: IsoDate,
  weekAhead: IsoDate,
): { show: boolean; dueNow: boolean; overdue: boolean } {
  if (isSnoozed(c, today)) return { show: false, dueNow: false, overdue: false };
  const dueNow = isDueOn(c, today);
  return { show: dueNow || c.idealOn <= weekAhead, dueNow, overdue: dueNow && isOverdueOn(c, today) };
}
