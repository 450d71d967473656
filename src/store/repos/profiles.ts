// The user's profile and settings: one row per user, settings as validated JSON.
import type { Kysely } from 'kysely';
import type { Profile, Settings } from '../../core/types.js';
import { DEFAULT_PROFILE, DEFAULT_SETTINGS } from '../../core/types.js';
import type { Database } from '../schema.js';

export interface ProfileRecord {
  profile: Profile;
  settings: Settings;
}

function readSettings(json: string): Settings {
  let parsed: unknown = {};
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = {};
  }
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (parsed && typeof parsed === 'object') {
    for (const [k, v] of Object.entries(parsed)) {
      if (k in DEFAULT_SETTINGS && typeof v === typeof (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[k]) {
        out[k] = v;
      }
    }
  }
  return out as unknown as Settings;
}

export class ProfileRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async get(userId: number): Promise<ProfileRecord> {
    const row = await this.db.selectFrom('profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
    if (!row) return { profile: { ...DEFAULT_PROFILE }, settings: { ...DEFAULT_SETTINGS } };
    return {
      profile: {
        name: row.name,
        email: row.email,
        signature: row.signature,
        openToFreelance: row.open_to_freelance !== 0,
      },
      settings: readSettings(row.settings_json),
    };
  }

  /** The calendar feed's secret token, or null when the feed was never asked for. */
  async calendarToken(userId: number): Promise<string | null> {
    const row = await this.db.selectFrom('profiles').select('calendar_token').where('user_id', '=', userId).executeTakeFirst();
    return row?.calendar_token ?? null;
  }

  /** Keeps a new calendar feed token (the old one stops working). */
  async setCalendarToken(userId: number, token: string, now: string): Promise<void> {
    await this.db
      .insertInto('profiles')
      .values({
        user_id: userId,
        name: DEFAULT_PROFILE.name,
        email: DEFAULT_PROFILE.email,
        signature: DEFAULT_PROFILE.signature,
        open_to_freelance: DEFAULT_PROFILE.openToFreelance ? 1 : 0,
        settings_json: JSON.stringify(DEFAULT_SETTINGS),
        updated_at: now,
        calendar_token: token,
      })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ calendar_token: token, updated_at: now }))
      .execute();
  }

  async save(userId: number, rec: ProfileRecord, now: string): Promise<void> {
    const values = {
      name: rec.profile.name,
      email: rec.profile.email,
      signature: rec.profile.signature,
      open_to_freelance: rec.profile.openToFreelance ? 1 : 0,
      settings_json: JSON.stringify(rec.settings),
      updated_at: now,
    };
    await this.db
      .insertInto('profiles')
      .values({ user_id: userId, ...values })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
      .execute();
  }
}
