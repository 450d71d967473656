// The user's profile (name, signature) and settings (cadences, thresholds).
import type { Actor } from '../../core/types.js';
import type { ProfileRecord } from '../../store/index.js';
import { nowIso, type Deps } from '../deps.js';
import { ProfileInput, parseInput } from '../inputs.js';
import { refreshPlan } from './plans.js';

export function profileUseCases(d: Deps) {
  return {
    async getProfile(actor: Actor): Promise<ProfileRecord> {
      return d.store.profiles.get(actor.userId);
    },

    /**
     * Changes only the fields given, then refreshes every plan with steps still open, so their
     * drafts carry the new name and signature and their dates the new settings. Drafts the user
     * edited are kept as they are.
     */
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
        const now = nowIso(d);
        await tx.profiles.save(actor.userId, next, now);
        const open = new Set((await tx.steps.open(actor.userId)).map((s) => s.applicationId));
        for (const applicationId of open) {
          if (await tx.rejections.forApplication(actor.userId, applicationId)) await refreshPlan(tx, actor, applicationId, now);
        }
        return next;
      });
    },
  };
}
