// Keeping in touch (R7): interactions, news about people, tags, cadences (per person and per
// tag), snoozes, saved articles and milestones, and the facts the cadence logic reads from them.
import { sql, type Kysely, type Selectable } from 'kysely';
import type {
  CadenceOverride,
  ContactEvent,
  ContactEventKind,
  Interaction,
  InteractionKind,
  Milestone,
  PersonTouch,
  SavedArticle,
  TagCadence,
} from '../../core/touch/types.js';
import type { Contact } from '../../core/types.js';
import type {
  ContactEventsTable,
  ContactInteractionsTable,
  Database,
  MilestonesTable,
  SavedArticlesTable,
} from '../schema.js';
import { listJson, parseList } from './map.js';

export type NewInteraction = Omit<Interaction, 'id' | 'createdAt'>;
export type NewContactEvent = Omit<ContactEvent, 'id' | 'createdAt'>;
export type NewSavedArticle = Omit<SavedArticle, 'id' | 'createdAt'>;
export type NewMilestone = Omit<Milestone, 'id' | 'createdAt'>;

/** A person's own cadence choice and snooze, as stored. */
export interface ContactCadenceSetting {
  override: CadenceOverride;
  snoozedUntil: string | null;
}

/** A current R7 touch-base step: the engine's warm lead for one application. */
export interface TouchBaseStepRef {
  stepId: number;
  applicationId: number;
  contactId: number;
  status: string;
  key: string;
}

const toInteraction = (r: Selectable<ContactInteractionsTable>): Interaction => ({
  id: r.id,
  contactId: r.contact_id,
  on: r.on_day,
  kind: r.kind as InteractionKind,
  note: r.note,
  createdAt: r.created_at,
});

const toEvent = (r: Selectable<ContactEventsTable>): ContactEvent => ({
  id: r.id,
  contactId: r.contact_id,
  kind: r.kind as ContactEventKind,
  on: r.on_day,
  note: r.note,
  createdAt: r.created_at,
});

const toArticle = (r: Selectable<SavedArticlesTable>): SavedArticle => ({
  id: r.id,
  url: r.url,
  title: r.title,
  note: r.note,
  tags: parseList(r.tags_json),
  savedOn: r.saved_on,
  createdAt: r.created_at,
});

const toMilestone = (r: Selectable<MilestonesTable>): Milestone => ({
  id: r.id,
  title: r.title,
  on: r.on_day,
  createdAt: r.created_at,
});

function overrideOf(r: { every_days: number | null; off: number } | undefined): CadenceOverride {
  if (!r) return { kind: 'inherit' };
  if (r.off !== 0) return { kind: 'off' };
  return r.every_days === null ? { kind: 'inherit' } : { kind: 'every', days: r.every_days };
}

/** Keeps the latest day per contact. */
function keepLatest(into: Map<number, string>, rows: ReadonlyArray<{ contact_id: number; at: string | null }>): void {
  for (const r of rows) {
    if (r.at === null) continue;
    const day = r.at.slice(0, 10);
    const cur = into.get(r.contact_id);
    if (cur === undefined || day > cur) into.set(r.contact_id, day);
  }
}

export class TouchRepo {
  constructor(private readonly db: Kysely<Database>) {}

  // ---- interactions -------------------------------------------------------------------------

  async addInteraction(userId: number, i: NewInteraction, now: string): Promise<Interaction> {
    const row = await this.db
      .insertInto('contact_interactions')
      .values({ user_id: userId, contact_id: i.contactId, on_day: i.on, kind: i.kind, note: i.note, created_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toInteraction(row);
  }

  async deleteInteraction(userId: number, id: number): Promise<Interaction | undefined> {
    const row = await this.db
      .deleteFrom('contact_interactions')
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row ? toInteraction(row) : undefined;
  }

  /** Newest first. */
  async interactionsFor(userId: number, contactId: number): Promise<Interaction[]> {
    const rows = await this.db
      .selectFrom('contact_interactions')
      .selectAll()
      .where('user_id', '=', userId)
      .where('contact_id', '=', contactId)
      .orderBy('on_day', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toInteraction);
  }

  // ---- news about people --------------------------------------------------------------------

  async addEvent(userId: number, e: NewContactEvent, now: string): Promise<ContactEvent> {
    const row = await this.db
      .insertInto('contact_events')
      .values({ user_id: userId, contact_id: e.contactId, kind: e.kind, on_day: e.on, note: e.note, created_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toEvent(row);
  }

  async deleteEvent(userId: number, id: number): Promise<ContactEvent | undefined> {
    const row = await this.db
      .deleteFrom('contact_events')
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row ? toEvent(row) : undefined;
  }

  /** Newest first. */
  async eventsFor(userId: number, contactIds: readonly number[]): Promise<ContactEvent[]> {
    if (contactIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('contact_events')
      .selectAll()
      .where('user_id', '=', userId)
      .where('contact_id', 'in', [...contactIds])
      .orderBy('on_day', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toEvent);
  }

  // ---- tags ---------------------------------------------------------------------------------

  /** Replaces a person's tags. */
  async setTags(userId: number, contactId: number, tags: readonly string[]): Promise<void> {
    await this.db.deleteFrom('contact_tags').where('user_id', '=', userId).where('contact_id', '=', contactId).execute();
    const unique = [...new Set(tags)];
    if (unique.length === 0) return;
    await this.db
      .insertInto('contact_tags')
      .values(unique.map((tag) => ({ user_id: userId, contact_id: contactId, tag })))
      .execute();
  }

  /** Each person's tags, alphabetical. */
  async tagsFor(userId: number, contactIds: readonly number[]): Promise<Map<number, string[]>> {
    const out = new Map<number, string[]>();
    if (contactIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('contact_tags')
      .select(['contact_id', 'tag'])
      .where('user_id', '=', userId)
      .where('contact_id', 'in', [...contactIds])
      .orderBy('tag')
      .execute();
    for (const r of rows) out.set(r.contact_id, [...(out.get(r.contact_id) ?? []), r.tag]);
    return out;
  }

  async countWithTag(userId: number, tag: string): Promise<number> {
    const r = await this.db
      .selectFrom('contact_tags')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('tag', '=', tag)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  // ---- cadences -----------------------------------------------------------------------------

  async cadenceSettings(userId: number, contactIds: readonly number[]): Promise<Map<number, ContactCadenceSetting>> {
    const out = new Map<number, ContactCadenceSetting>();
    if (contactIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('contact_cadences')
      .selectAll()
      .where('user_id', '=', userId)
      .where('contact_id', 'in', [...contactIds])
      .execute();
    for (const r of rows) out.set(r.contact_id, { override: overrideOf(r), snoozedUntil: r.snoozed_until });
    return out;
  }

  private async upsertCadence(
    userId: number,
    contactId: number,
    values: { every_days?: number | null; off?: number; snoozed_until?: string | null },
    now: string,
  ): Promise<void> {
    await this.db
      .insertInto('contact_cadences')
      .values({ contact_id: contactId, user_id: userId, every_days: null, off: 0, snoozed_until: null, ...values, updated_at: now })
      .onConflict((oc) => oc.column('contact_id').doUpdateSet({ ...values, updated_at: now }))
      .execute();
  }

  /** A person's own cadence, touch-bases off, or back to their tags and the default. */
  async setOverride(userId: number, contactId: number, o: CadenceOverride, now: string): Promise<void> {
    const values =
      o.kind === 'every' ? { every_days: o.days, off: 0 } : o.kind === 'off' ? { every_days: null, off: 1 } : { every_days: null, off: 0 };
    await this.upsertCadence(userId, contactId, values, now);
  }

  async setSnooze(userId: number, contactId: number, until: string | null, now: string): Promise<void> {
    await this.upsertCadence(userId, contactId, { snoozed_until: until }, now);
  }

  async tagCadences(userId: number): Promise<TagCadence[]> {
    const rows = await this.db
      .selectFrom('tag_cadences')
      .select(['tag', 'every_days'])
      .where('user_id', '=', userId)
      .orderBy('tag')
      .execute();
    return rows.map((r) => ({ tag: r.tag, everyDays: r.every_days }));
  }

  async setTagCadence(userId: number, tag: string, everyDays: number, now: string): Promise<void> {
    await this.db
      .insertInto('tag_cadences')
      .values({ user_id: userId, tag, every_days: everyDays, updated_at: now })
      .onConflict((oc) => oc.columns(['user_id', 'tag']).doUpdateSet({ every_days: everyDays, updated_at: now }))
      .execute();
  }

  async deleteTagCadence(userId: number, tag: string): Promise<TagCadence | undefined> {
    const row = await this.db
      .deleteFrom('tag_cadences')
      .where('user_id', '=', userId)
      .where('tag', '=', tag)
      .returning(['tag', 'every_days'])
      .executeTakeFirst();
    return row ? { tag: row.tag, everyDays: row.every_days } : undefined;
  }

  // ---- articles and milestones --------------------------------------------------------------

  async addArticle(userId: number, a: NewSavedArticle, now: string): Promise<SavedArticle> {
    const row = await this.db
      .insertInto('saved_articles')
      .values({ user_id: userId, url: a.url, title: a.title, note: a.note, tags_json: listJson(a.tags), saved_on: a.savedOn, created_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toArticle(row);
  }

  /** Newest first. */
  async articles(userId: number): Promise<SavedArticle[]> {
    const rows = await this.db
      .selectFrom('saved_articles')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('saved_on', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toArticle);
  }

  async deleteArticle(userId: number, id: number): Promise<SavedArticle | undefined> {
    const row = await this.db.deleteFrom('saved_articles').where('user_id', '=', userId).where('id', '=', id).returningAll().executeTakeFirst();
    return row ? toArticle(row) : undefined;
  }

  async addMilestone(userId: number, m: NewMilestone, now: string): Promise<Milestone> {
    const row = await this.db
      .insertInto('milestones')
      .values({ user_id: userId, title: m.title, on_day: m.on, created_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toMilestone(row);
  }

  /** Newest first. */
  async milestones(userId: number): Promise<Milestone[]> {
    const rows = await this.db
      .selectFrom('milestones')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('on_day', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toMilestone);
  }

  async deleteMilestone(userId: number, id: number): Promise<Milestone | undefined> {
    const row = await this.db.deleteFrom('milestones').where('user_id', '=', userId).where('id', '=', id).returningAll().executeTakeFirst();
    return row ? toMilestone(row) : undefined;
  }

  // ---- what the cadence logic reads ---------------------------------------------------------

  /**
   * The last day the user was in touch with each person: an interaction logged, a touch-base
   * step marked done, an interview they took part in, or the news (not silence) on an
   * application they belong to. People with none of these are left out.
   */
  async lastContactDays(userId: number, contactIds: readonly number[]): Promise<Map<number, string>> {
    const out = new Map<number, string>();
    if (contactIds.length === 0) return out;
    const ids = [...contactIds];
    const [interactions, touchBases, interviews, linkedNews, metNews] = await Promise.all([
      this.db
        .selectFrom('contact_interactions')
        .select(['contact_id', (eb) => eb.fn.max('on_day').as('at')])
        .where('user_id', '=', userId)
        .where('contact_id', 'in', ids)
        .groupBy('contact_id')
        .execute(),
      this.db
        .selectFrom('plan_steps')
        .select((eb) => [sql<number>`contact_id`.as('contact_id'), eb.fn.max('completed_at').as('at')])
        .where('user_id', '=', userId)
        .where('kind', '=', 'touch_base')
        .where('status', '=', 'done')
        .where('contact_id', 'in', ids)
        .groupBy('contact_id')
        .execute(),
      this.db
        .selectFrom('interview_participants as p')
        .innerJoin('interviews as i', 'i.id', 'p.interview_id')
        .select(['p.contact_id', (eb) => eb.fn.max('i.at').as('at')])
        .where('i.user_id', '=', userId)
        .where('p.contact_id', 'in', ids)
        .groupBy('p.contact_id')
        .execute(),
      this.db
        .selectFrom('application_contacts as ac')
        .innerJoin('rejections as r', 'r.application_id', 'ac.application_id')
        .select(['ac.contact_id', (eb) => eb.fn.max('r.received_at').as('at')])
        .where('r.user_id', '=', userId)
        .where('r.channel', '!=', 'silence')
        .where('ac.contact_id', 'in', ids)
        .groupBy('ac.contact_id')
        .execute(),
      this.db
        .selectFrom('interview_participants as p')
        .innerJoin('interviews as i', 'i.id', 'p.interview_id')
        .innerJoin('rejections as r', 'r.application_id', 'i.application_id')
        .select(['p.contact_id', (eb) => eb.fn.max('r.received_at').as('at')])
        .where('r.user_id', '=', userId)
        .where('r.channel', '!=', 'silence')
        .where('p.contact_id', 'in', ids)
        .groupBy('p.contact_id')
        .execute(),
    ]);
    for (const rows of [interactions, touchBases, interviews, linkedNews, metNews]) keepLatest(out, rows);
    return out;
  }

  /** What the cadence and reason logic reads about each of `contacts`. */
  async people(userId: number, contacts: readonly Contact[]): Promise<PersonTouch[]> {
    const ids = contacts.map((c) => c.id);
    if (ids.length === 0) return [];
    const [tags, settings, tagCadences, last, events] = await Promise.all([
      this.tagsFor(userId, ids),
      this.cadenceSettings(userId, ids),
      this.tagCadences(userId),
      this.lastContactDays(userId, ids),
      this.eventsFor(userId, ids),
    ]);
    return contacts.map((c) => {
      const mine = tags.get(c.id) ?? [];
      const s = settings.get(c.id);
      return {
        contactId: c.id,
        tags: mine,
        override: s?.override ?? { kind: 'inherit' },
        tagCadences: tagCadences.filter((t) => mine.includes(t.tag)),
        lastContactOn: last.get(c.id) ?? c.createdAt.slice(0, 10),
        snoozedUntil: s?.snoozedUntil ?? null,
        events: events.filter((e) => e.contactId === c.id),
      };
    });
  }

  /** People with a cadence of their own or a tag that carries one. */
  async cadencedContactIds(userId: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('contact_cadences')
      .select('contact_id')
      .where('user_id', '=', userId)
      .where('every_days', 'is not', null)
      .where('off', '=', 0)
      .union(
        this.db
          .selectFrom('contact_tags as t')
          .innerJoin('tag_cadences as c', (j) => j.onRef('c.tag', '=', 't.tag').onRef('c.user_id', '=', 't.user_id'))
          .select('t.contact_id')
          .where('t.user_id', '=', userId),
      )
      .execute();
    return rows.map((r) => r.contact_id).sort((a, b) => a - b);
  }

  /** The current R7 touch-base steps: one warm lead per final-round rejection. */
  async touchBaseSteps(userId: number): Promise<TouchBaseStepRef[]> {
    const rows = await this.db
      .selectFrom('plan_steps')
      .select(['id', 'application_id', 'contact_id', 'status', 'key'])
      .where('user_id', '=', userId)
      .where('kind', '=', 'touch_base')
      .where('current', '=', 1)
      .where('contact_id', 'is not', null)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ stepId: r.id, applicationId: r.application_id, contactId: r.contact_id ?? 0, status: r.status, key: r.key }));
  }

  /** Applications each person is linked to or was interviewed for, newest first. */
  async applicationsOf(userId: number, contactIds: readonly number[]): Promise<Map<number, Array<{ id: number; company: string; role: string }>>> {
    const out = new Map<number, Array<{ id: number; company: string; role: string }>>();
    if (contactIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('application_contacts as ac')
      .innerJoin('applications as a', 'a.id', 'ac.application_id')
      .select(['ac.contact_id', 'a.id', 'a.company', 'a.role'])
      .where('a.user_id', '=', userId)
      .where('ac.contact_id', 'in', [...contactIds])
      .orderBy('a.id', 'desc')
      .execute();
    for (const r of rows) out.set(r.contact_id, [...(out.get(r.contact_id) ?? []), { id: r.id, company: r.company, role: r.role }]);
    return out;
  }
}
