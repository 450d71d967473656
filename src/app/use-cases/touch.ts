// Keeping in touch (R7) and moving on (R11): interactions, news about people, tags, cadences and
// snoozes, saved articles and milestones; the touch-bases and silences today's agenda shows.
// Every write goes through the store, so today's cached agenda sees it (the change token moves),
// and refreshes the plans whose R7 touch-base it changes.
import { z } from 'zod';
import { ReboundError, invalid, notFound } from '../../core/errors.js';
import { addDays, daysBetween } from '../../core/time.js';
import {
  CONTACT_EVENT_KINDS,
  INTERACTION_KINDS,
  addDaysTo,
  latestDay,
  normalTag,
  touchBaseDraft,
  touchBaseFor,
  touchStateOn,
  type Cadence,
  type CadenceSource,
  type ContactEvent,
  type Interaction,
  type Milestone,
  type PersonTouch,
  type SavedArticle,
  type TouchReason,
} from '../../core/touch/index.js';
import type { Actor, Application, Contact, Draft, IsoInstant, Settings } from '../../core/types.js';
import type { Repos } from '../../store/index.js';
import { nowIso, type Deps } from '../deps.js';
import { day, id, parseInput } from '../inputs.js';
import { refreshPlan } from './plans.js';

// ---- input contracts (shared by the CLI flags and the HTTP bodies) ----------------------------

const note = z.string().trim().max(2000).nullish().transform((v) => (v ? v : null));
const optDay = day.nullish().transform((v) => v ?? null);
const everyDays = z.coerce.number('must be a number of days').int('must be a whole number of days').min(7, 'must be at least 7 days').max(730, 'must be at most 730 days');
const tag = z
  .string()
  .transform(normalTag)
  .pipe(z.string().min(1, 'must not be empty').max(40, 'must be at most 40 characters'));

export const InteractionInput = z.object({
  contactId: id,
  on: optDay,
  kind: z.enum(INTERACTION_KINDS),
  note,
});
export type InteractionInput = z.input<typeof InteractionInput>;

export const CadenceInput = z.object({ everyDays: everyDays.nullable() });
export type CadenceInput = z.input<typeof CadenceInput>;

export const TagsInput = z.object({ tags: z.array(tag).max(20, 'at most 20 tags') });
export type TagsInput = z.input<typeof TagsInput>;

export const TagCadenceInput = z.object({ tag, everyDays });
export type TagCadenceInput = z.input<typeof TagCadenceInput>;

export const SnoozeInput = z.object({ until: day });
export type SnoozeInput = z.input<typeof SnoozeInput>;

export const ContactEventInput = z.object({
  contactId: id,
  kind: z.enum(CONTACT_EVENT_KINDS),
  on: day,
  note,
});
export type ContactEventInput = z.input<typeof ContactEventInput>;

export const ArticleInput = z.object({
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((v) => /^https?:\/\/\S+$/i.test(v), 'must start with http:// or https://'),
  title: z.string().trim().min(1, 'must not be empty').max(300),
  note,
  tags: z.array(tag).max(20, 'at most 20 tags').default([]),
});
export type ArticleInput = z.input<typeof ArticleInput>;

export const MilestoneInput = z.object({ title: z.string().trim().min(3, 'must be at least 3 characters').max(300), on: optDay });
export type MilestoneInput = z.input<typeof MilestoneInput>;

// ---- answers ----------------------------------------------------------------------------------

export interface ContactDetail {
  contact: Contact;
  tags: string[];
  cadence: Cadence | null;
  /** True when the user turned touch-bases off for this person. */
  cadenceOff: boolean;
  interactions: Interaction[];
  events: ContactEvent[];
}

export interface TagCadenceView {
  tag: string;
  everyDays: number;
  /** How many people carry the tag. */
  contacts: number;
}

export type TouchReasonView = Omit<TouchReason, 'draftText'>;

export interface TouchBase {
  contact: Pick<Contact, 'id' | 'name' | 'company' | 'title'>;
  everyDays: number;
  source: CadenceSource;
  idealOn: string;
  latestOn: string;
  /** The ideal day has come. */
  dueNow: boolean;
  /** The latest day has passed. */
  overdue: boolean;
  reason: TouchReasonView;
  draft: Draft;
  /** The plan's R7 touch-base step for this person, when there is one. */
  stepId: number | null;
}

export interface Ghosting {
  application: Pick<Application, 'id' | 'company' | 'role'>;
  lastInterviewAt: IsoInstant;
  daysSilent: number;
  state: 'follow_up' | 'ghosted';
  followUpStepId: number | null;
  /** When silence turns (or turned) into ghosted. */
  ghostsOn: string;
  text: string;
}

/** For how many days, from the day it was marked, a ghosted application stays on today's agenda. */
export const GHOSTED_SHOWN_DAYS = 14;

const today = (now: string): string => now.slice(0, 10);

function prettyDay(d: string): string {
  return new Date(`${d}T12:00:00.000Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', timeZone: 'UTC' });
}

// ---- the touch-bases of the whole search -----------------------------------------------------

interface TouchOptions {
  /** Every person with a cadence, not only the ones due now or in the week ahead. */
  all: boolean;
  /** Only this person. */
  contactId?: number;
}

interface Computed {
  base: TouchBase;
  cadence: Cadence;
}

/** The touch-bases to show at `now`: due ones and those in the week ahead (or all, with opts.all). */
export async function touchBasesAt(
  tx: Repos,
  actor: Actor,
  now: string,
  settings: Settings,
  locale: string,
  opts: TouchOptions,
): Promise<TouchBase[]> {
  return (await computeTouchBases(tx, actor, now, settings, locale, opts)).map((c) => c.base);
}

async function computeTouchBases(
  tx: Repos,
  actor: Actor,
  now: string,
  settings: Settings,
  locale: string,
  opts: TouchOptions,
): Promise<Computed[]> {
  const u = actor.userId;
  const [steps, cadenced] = await Promise.all([tx.touch.touchBaseSteps(u), tx.touch.cadencedContactIds(u)]);
  // The engine's warm leads (R7, one per final-round rejection) get the default cadence.
  const stepsByContact = new Map<number, typeof steps>();
  for (const s of steps) stepsByContact.set(s.contactId, [...(stepsByContact.get(s.contactId) ?? []), s]);
  let ids = [...new Set([...stepsByContact.keys(), ...cadenced])];
  if (opts.contactId !== undefined) ids = ids.filter((i) => i === opts.contactId);
  if (ids.length === 0) return [];
  const contacts = (await Promise.all(ids.map((i) => tx.contacts.get(u, i)))).filter((c): c is Contact => c !== undefined);
  const [people, articles, milestones, linked, profile] = await Promise.all([
    tx.touch.people(u, contacts),
    tx.touch.articles(u),
    tx.touch.milestones(u),
    tx.touch.applicationsOf(u, ids),
    tx.profiles.get(u),
  ]);
  const t = today(now);
  const weekAhead = addDaysTo(t, 7);
  const out: Computed[] = [];
  for (const [i, contact] of contacts.entries()) {
    const person = people[i];
    if (!person) continue;
    const mySteps = stepsByContact.get(contact.id) ?? [];
    // The open step, else the latest one: the plan the touch-base belongs to.
    const step = mySteps.find((s) => s.status === 'pending' || s.status === 'snoozed') ?? mySteps[mySteps.length - 1] ?? null;
    const stepApps = await Promise.all(mySteps.map((s) => tx.applications.get(u, s.applicationId)));
    const news = await Promise.all(mySteps.map((s) => tx.rejections.forApplication(u, s.applicationId)));
    // As in the plan: the rejection that made them a warm lead counts as the last contact.
    const effective: PersonTouch = {
      ...person,
      lastContactOn: latestDay([person.lastContactOn, ...news.map((r) => r?.receivedAt.slice(0, 10))]) ?? person.lastContactOn,
    };
    const companies = mySteps.length > 0
      ? stepApps.filter((a): a is Application => a !== undefined).map((a) => a.company)
      : (linked.get(contact.id) ?? []).map((a) => a.company);
    const tb = touchBaseFor(contact, effective, mySteps.length > 0 ? settings.touchBaseDays : null, { articles, milestones, locale }, companies);
    if (!tb) continue;
    const state = touchStateOn(tb.cadence, t, weekAhead);
    if (!opts.all && !state.show) continue;
    const app =
      (step ? stepApps[mySteps.indexOf(step)] : undefined) ?? (linked.get(contact.id)?.[0] ? await tx.applications.get(u, linked.get(contact.id)?.[0]?.id ?? 0) : undefined) ?? null;
    const stored = step ? await tx.steps.get(u, step.stepId) : undefined;
    const draft =
      stored?.draftEdited && stored.draft
        ? stored.draft
        : await freshDraft(tx, u, contact, app, profile.profile, tb.reason);
    const { draftText: _draftText, ...reason } = tb.reason;
    out.push({
      cadence: tb.cadence,
      base: {
        contact: tb.contact,
        everyDays: tb.cadence.everyDays,
        source: tb.cadence.source,
        idealOn: tb.cadence.idealOn,
        latestOn: tb.cadence.latestOn,
        dueNow: state.dueNow,
        overdue: state.overdue,
        reason,
        draft,
        stepId: step?.stepId ?? null,
      },
    });
  }
  return out.sort((a, b) => a.base.idealOn.localeCompare(b.base.idealOn) || a.base.contact.name.localeCompare(b.base.contact.name));
}

async function freshDraft(
  tx: Repos,
  userId: number,
  contact: Contact,
  app: Application | null,
  profile: Parameters<typeof touchBaseDraft>[0]['profile'],
  reason: TouchReason,
): Promise<Draft> {
  const interviews = app ? await tx.interviews.forApplication(userId, app.id) : [];
  const last = [...interviews].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0] ?? null;
  const names = last ? await Promise.all(last.participantIds.map((pid) => tx.contacts.get(userId, pid))) : [];
  return touchBaseDraft({
    contact,
    application: app ? { id: app.id, company: app.company, role: app.role } : null,
    lastInterview: last
      ? { at: last.at, mode: last.mode, finalRound: last.finalRound, participantNames: names.filter((c): c is Contact => c !== undefined).map((c) => c.name) }
      : null,
    interviewCount: interviews.length,
    profile,
    reason,
  });
}

// ---- silence (R11) ---------------------------------------------------------------------------

/** Open applications gone quiet after an interview, and those recently marked ghosted. */
export async function ghostingAt(tx: Repos, actor: Actor, now: string, settings: Settings): Promise<Ghosting[]> {
  const u = actor.userId;
  const out: Ghosting[] = [];
  const open = await tx.interviews.lastOfOpenApplications(u);
  for (const o of open) {
    const days = Math.floor(daysBetween(o.lastAt, now));
    if (days < settings.followUpDays) continue;
    const app = await tx.applications.get(u, o.applicationId);
    if (!app) continue;
    const steps = await tx.steps.forApplication(u, app.id);
    const ghostsOn = addDays(o.lastAt, settings.ghostDays).slice(0, 10);
    out.push({
      application: { id: app.id, company: app.company, role: app.role },
      lastInterviewAt: o.lastAt,
      daysSilent: days,
      state: 'follow_up',
      followUpStepId: steps.find((s) => s.key === 'follow_up')?.id ?? null,
      ghostsOn,
      text: `${String(days)} days since your last interview with ${app.company}, and no news. One polite follow-up is fair. If nothing comes by ${prettyDay(ghostsOn)}, Rebound marks it ghosted and helps you move on.`,
    });
  }
  // Shown from the day it was marked, for GHOSTED_SHOWN_DAYS calendar days (the agenda moves at midnight).
  const since = addDaysTo(today(now), -GHOSTED_SHOWN_DAYS);
  const silent = (await tx.rejections.list(u)).filter((r) => r.channel === 'silence' && r.receivedAt.slice(0, 10) > since && r.receivedAt <= now);
  for (const r of silent) {
    const app = await tx.applications.get(u, r.applicationId);
    if (app?.status !== 'ghosted') continue;
    const interviews = await tx.interviews.forApplication(u, app.id);
    const lastAt = [...interviews].sort((a, b) => b.at.localeCompare(a.at))[0]?.at ?? r.receivedAt;
    const steps = await tx.steps.forApplication(u, app.id);
    out.push({
      application: { id: app.id, company: app.company, role: app.role },
      lastInterviewAt: lastAt,
      daysSilent: Math.floor(daysBetween(lastAt, now)),
      state: 'ghosted',
      followUpStepId: steps.find((s) => s.key === 'follow_up')?.id ?? null,
      ghostsOn: r.receivedAt.slice(0, 10),
      text: `No answer from ${app.company} since your last interview, so Rebound marked it ghosted. A lighter plan runs now: reflect, stay in touch, back to the search.`,
    });
  }
  return out.sort((a, b) => (a.state === b.state ? b.daysSilent - a.daysSilent : a.state === 'follow_up' ? -1 : 1));
}

// ---- use cases -------------------------------------------------------------------------------

export function touchUseCases(d: Deps) {
  async function contactOrThrow(tx: Repos, actor: Actor, contactId: number): Promise<Contact> {
    const c = await tx.contacts.get(actor.userId, contactId);
    if (!c) throw notFound('contact', contactId);
    return c;
  }

  /** Rebuilds the plans whose R7 touch-base this change can move (one person's, or everyone's). */
  /** A write that may change what a touch-base is about, then the touch plans, in one transaction. */
  function writeThenRefresh<T>(actor: Actor, write: (tx: Repos, now: string) => Promise<T>): Promise<T> {
    const now = nowIso(d);
    return d.store.transaction(async (tx) => {
      const out = await write(tx, now);
      await refreshTouchPlans(tx, actor, now);
      return out;
    });
  }

  async function refreshTouchPlans(tx: Repos, actor: Actor, now: string, contactId?: number): Promise<void> {
    const steps = await tx.touch.touchBaseSteps(actor.userId);
    const apps = new Set(steps.filter((s) => contactId === undefined || s.contactId === contactId).map((s) => s.applicationId));
    for (const a of apps) {
      if (await tx.rejections.forApplication(actor.userId, a)) await refreshPlan(tx, actor, a, now);
    }
  }

  async function detail(tx: Repos, actor: Actor, contact: Contact, now: string): Promise<ContactDetail> {
    const u = actor.userId;
    const [tags, settings, interactions, events, profile] = await Promise.all([
      tx.touch.tagsFor(u, [contact.id]),
      tx.touch.cadenceSettings(u, [contact.id]),
      tx.touch.interactionsFor(u, contact.id),
      tx.touch.eventsFor(u, [contact.id]),
      tx.profiles.get(u),
    ]);
    const [tb] = await computeTouchBases(tx, actor, now, profile.settings, d.locale, { all: true, contactId: contact.id });
    return {
      contact,
      tags: tags.get(contact.id) ?? [],
      cadence: tb?.cadence ?? null,
      cadenceOff: settings.get(contact.id)?.override.kind === 'off',
      interactions,
      events,
    };
  }

  /** A write about one person, then their plans refreshed, then their detail; all in one transaction. */
  function aboutContact<T>(actor: Actor, contactId: number, write: (tx: Repos, c: Contact, now: string) => Promise<T>): Promise<T> {
    const now = nowIso(d);
    return d.store.transaction(async (tx) => {
      const c = await contactOrThrow(tx, actor, contactId);
      const result = await write(tx, c, now);
      await refreshTouchPlans(tx, actor, now, c.id);
      return result;
    });
  }

  async function tagView(tx: Repos, actor: Actor, t: { tag: string; everyDays: number }): Promise<TagCadenceView> {
    return { tag: t.tag, everyDays: t.everyDays, contacts: await tx.touch.countWithTag(actor.userId, t.tag) };
  }

  /** A contact with their tags, cadence and dates, interactions and news. */
  async function getContactDetail(actor: Actor, contactId: number): Promise<ContactDetail> {
    const cid = parseInput(id, contactId);
    const now = nowIso(d);
    return d.store.transaction(async (tx) => detail(tx, actor, await contactOrThrow(tx, actor, cid), now));
  }

  return {
    getContactDetail,

    /** Logs something done with a person; it resets their cadence and ends a snooze. */
    async logInteraction(actor: Actor, input: InteractionInput): Promise<Interaction> {
      const i = parseInput(InteractionInput, input);
      const now = nowIso(d);
      const on = i.on ?? today(now);
      if (on > today(now)) throw invalid(`on: ${on} is in the future; log an interaction once it has happened.`, { field: 'on' });
      return aboutContact(actor, i.contactId, async (tx, c) => {
        const logged = await tx.touch.addInteraction(actor.userId, { contactId: c.id, on, kind: i.kind, note: i.note }, now);
        const s = (await tx.touch.cadenceSettings(actor.userId, [c.id])).get(c.id);
        if (s?.snoozedUntil) await tx.touch.setSnooze(actor.userId, c.id, null, now);
        return logged;
      });
    },

    /** Removes an interaction logged by mistake. */
    async deleteInteraction(actor: Actor, interactionId: number): Promise<Interaction> {
      const iid = parseInput(id, interactionId);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        const gone = await tx.touch.deleteInteraction(actor.userId, iid);
        if (!gone) throw notFound('interaction', iid);
        await refreshTouchPlans(tx, actor, now, gone.contactId);
        return gone;
      });
    },

    /** A person's own cadence (`everyDays`), or touch-bases off (`null`). */
    async setContactCadence(actor: Actor, contactId: number, input: CadenceInput): Promise<ContactDetail> {
      const cid = parseInput(id, contactId);
      const c = parseInput(CadenceInput, input);
      await aboutContact(actor, cid, (tx, contact, now) =>
        tx.touch.setOverride(actor.userId, contact.id, c.everyDays === null ? { kind: 'off' } : { kind: 'every', days: c.everyDays }, now),
      );
      return getContactDetail(actor, cid);
    },

    /** Back to the cadence of the person's tags, or the default. */
    async clearContactCadence(actor: Actor, contactId: number): Promise<ContactDetail> {
      const cid = parseInput(id, contactId);
      await aboutContact(actor, cid, (tx, contact, now) => tx.touch.setOverride(actor.userId, contact.id, { kind: 'inherit' }, now));
      return getContactDetail(actor, cid);
    },

    /** Replaces a person's tags. */
    async setContactTags(actor: Actor, contactId: number, input: TagsInput): Promise<ContactDetail> {
      const cid = parseInput(id, contactId);
      const t = parseInput(TagsInput, input);
      await aboutContact(actor, cid, (tx, contact) => tx.touch.setTags(actor.userId, contact.id, t.tags));
      return getContactDetail(actor, cid);
    },

    /** Hides a person's touch-base until a day. */
    async snoozeContact(actor: Actor, contactId: number, input: SnoozeInput): Promise<ContactDetail> {
      const cid = parseInput(id, contactId);
      const s = parseInput(SnoozeInput, input);
      if (s.until <= today(nowIso(d))) throw invalid('until: snooze until a day in the future.', { field: 'until' });
      await aboutContact(actor, cid, (tx, contact, now) => tx.touch.setSnooze(actor.userId, contact.id, s.until, now));
      return getContactDetail(actor, cid);
    },

    async unsnoozeContact(actor: Actor, contactId: number): Promise<ContactDetail> {
      const cid = parseInput(id, contactId);
      await aboutContact(actor, cid, (tx, contact, now) => tx.touch.setSnooze(actor.userId, contact.id, null, now));
      return getContactDetail(actor, cid);
    },

    /** Notes news about a person: a promotion, a work anniversary (its start day), a new role. */
    async addContactEvent(actor: Actor, input: ContactEventInput): Promise<ContactEvent> {
      const e = parseInput(ContactEventInput, input);
      return aboutContact(actor, e.contactId, (tx, c, now) =>
        tx.touch.addEvent(actor.userId, { contactId: c.id, kind: e.kind, on: e.on, note: e.note }, now),
      );
    },

    async deleteContactEvent(actor: Actor, eventId: number): Promise<ContactEvent> {
      const eid = parseInput(id, eventId);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        const gone = await tx.touch.deleteEvent(actor.userId, eid);
        if (!gone) throw notFound('event', eid);
        await refreshTouchPlans(tx, actor, now, gone.contactId);
        return gone;
      });
    },

    async listTagCadences(actor: Actor): Promise<TagCadenceView[]> {
      const list = await d.store.touch.tagCadences(actor.userId);
      return Promise.all(list.map((t) => tagView(d.store, actor, t)));
    },

    /** Every person with this tag gets this cadence, unless they have one of their own. */
    async setTagCadence(actor: Actor, input: TagCadenceInput): Promise<TagCadenceView> {
      const t = parseInput(TagCadenceInput, input);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        await tx.touch.setTagCadence(actor.userId, t.tag, t.everyDays, now);
        await refreshTouchPlans(tx, actor, now);
        return tagView(tx, actor, t);
      });
    },

    async deleteTagCadence(actor: Actor, tagName: string): Promise<TagCadenceView> {
      const t = parseInput(tag, tagName);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        const gone = await tx.touch.deleteTagCadence(actor.userId, t);
        if (!gone) throw notFound('tag cadence', t);
        await refreshTouchPlans(tx, actor, now);
        return tagView(tx, actor, gone);
      });
    },

    async listArticles(actor: Actor): Promise<SavedArticle[]> {
      return d.store.touch.articles(actor.userId);
    },

    /** Saves an article to share; its tags decide whom it suits (a contact's tags or company). */
    async addArticle(actor: Actor, input: ArticleInput): Promise<SavedArticle> {
      const a = parseInput(ArticleInput, input);
      return writeThenRefresh(actor, (tx, now) => tx.touch.addArticle(actor.userId, { ...a, tags: [...new Set(a.tags)], savedOn: today(now) }, now));
    },

    async deleteArticle(actor: Actor, articleId: number): Promise<SavedArticle> {
      const aid = parseInput(id, articleId);
      return writeThenRefresh(actor, async (tx) => {
        const gone = await tx.touch.deleteArticle(actor.userId, aid);
        if (!gone) throw notFound('article', aid);
        return gone;
      });
    },

    async listMilestones(actor: Actor): Promise<Milestone[]> {
      return d.store.touch.milestones(actor.userId);
    },

    /** The user's own news: a new skill, a course finished, a project shipped. */
    async addMilestone(actor: Actor, input: MilestoneInput): Promise<Milestone> {
      const m = parseInput(MilestoneInput, input);
      const now = nowIso(d);
      const on = m.on ?? today(now);
      if (on > today(now)) throw invalid(`on: ${on} is in the future; add a milestone once you have reached it.`, { field: 'on' });
      return writeThenRefresh(actor, (tx) => tx.touch.addMilestone(actor.userId, { title: m.title, on }, now));
    },

    async deleteMilestone(actor: Actor, milestoneId: number): Promise<Milestone> {
      const mid = parseInput(id, milestoneId);
      return writeThenRefresh(actor, async (tx) => {
        const gone = await tx.touch.deleteMilestone(actor.userId, mid);
        if (!gone) throw notFound('milestone', mid);
        return gone;
      });
    },

    /** The next touch-base with one person (dates, reason, draft), snoozed or not. */
    async touchBaseWith(actor: Actor, contactId: number): Promise<TouchBase> {
      const cid = parseInput(id, contactId);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        const c = await contactOrThrow(tx, actor, cid);
        const { settings } = await tx.profiles.get(actor.userId);
        const [tb] = await computeTouchBases(tx, actor, now, settings, d.locale, { all: true, contactId: c.id });
        if (!tb) {
          throw new ReboundError('not_found', `No touch-base is planned with ${c.name}: give them a cadence or a tag with one first.`, { what: 'touch-base', id: c.id });
        }
        return tb.base;
      });
    },

    /** Every person with a cadence, soonest ideal day first; snoozed people are left out. */
    async listTouchBases(actor: Actor): Promise<TouchBase[]> {
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        const { settings } = await tx.profiles.get(actor.userId);
        const all = await computeTouchBases(tx, actor, now, settings, d.locale, { all: true });
        return all.filter((c) => c.cadence.snoozedUntil === null || c.cadence.snoozedUntil <= today(now)).map((c) => c.base);
      });
    },
  };
}
