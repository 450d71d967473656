// The user's profile (name, signature) and settings (cadences, thresholds).
import type { Actor } from '../../core/types.js';
import type { ProfileRecord } from '../../store/index.js';
import { nowIso, type Deps } from '../deps.js';
import { ProfileInput, parseInput } from '../inputs.js';

export function profileUseCases(d: Deps) {
  return {
    async getProfile(actor: Actor): Promise<ProfileRecord> {
      return d.store.profiles.get(actor.userId);
    },

    /** Changes only the fields given. Plans pick new settings up the next time they are refreshed. */
    async setProfile(actor: Actor, input: ProfileInput): Promise<ProfileRecord> {
      const p = parseInput(ProfileInput, input);
      return d.store.transaction(async (tx) => {
        const cur = await tx.profiles.get(actor.userId);
        const { name, email, signature, openToFreelance, ...settings } = p;
        const next: ProfileRecord = {
          profile: {
            name: name !== undefined ? name : cur.profile.name,
            email: email !== undefined ? email : cur.profile.email,
            signature: signature !== undefined ? signature : cur.profile.signature,
            openToFreelance: openToFreelance ?? cur.profile.openToFreelance,
          },
          settings: { ...cur.settings, ...Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)) },
        };
        await tx.profiles.save(actor.userId, next, nowIso(d));
        return next;
      });
    },
  };
}
