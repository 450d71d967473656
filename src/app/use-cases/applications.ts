// Applications and the people around them: add, list, show, edit; contacts; interviews.
import { invalid, notFound } from '../../core/errors.js';
import type { Actor, Application, Contact, Interview } from '../../core/types.js';
import { nowIso, type Deps } from '../deps.js';
import {
  ApplicationPatchInput,
  NewApplicationInput,
  NewContactInput,
  NewInterviewInput,
  id,
  parseInput,
} from '../inputs.js';
import type { ApplicationFilter } from '../../store/index.js';
import { refreshPlan } from './plans.js';

export function applicationUseCases(d: Deps) {
  return {
    async addApplication(actor: Actor, input: NewApplicationInput): Promise<Application> {
      const a = parseInput(NewApplicationInput, input);
      const now = nowIso(d);
      // Left out, the day defaults to today (none on the wishlist). Given empty or null, it is not
      // known: it stays empty rather than turning into today, which would skew R8's "days since".
      const appliedOn = input.appliedOn !== undefined ? a.appliedOn : a.status === 'wishlist' ? null : now.slice(0, 10);
      return d.store.applications.create(actor.userId, { ...a, appliedOn }, now);
    },

    async listApplications(actor: Actor, filter: ApplicationFilter = {}): Promise<Application[]> {
      return d.store.applications.list(actor.userId, filter);
    },

    async getApplication(actor: Actor, applicationId: number): Promise<Application> {
      const appId = parseInput(id, applicationId);
      const app = await d.store.applications.get(actor.userId, appId);
      if (!app) throw notFound('application', appId);
      return app;
    },

    async updateApplication(actor: Actor, applicationId: number, patch: ApplicationPatchInput): Promise<Application> {
      const appId = parseInput(id, applicationId);
      const p = parseInput(ApplicationPatchInput, patch);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        const app = await tx.applications.update(actor.userId, appId, p, now);
        if (!app) throw notFound('application', appId);
        if (await tx.rejections.forApplication(actor.userId, appId)) await refreshPlan(tx, actor, appId, now);
        return app;
      });
    },

    async addContact(actor: Actor, input: NewContactInput): Promise<Contact> {
      const c = parseInput(NewContactInput, input);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        if (c.applicationId !== null && !(await tx.applications.get(actor.userId, c.applicationId))) {
          throw notFound('application', c.applicationId);
        }
        const { applicationId, ...fields } = c;
        const contact = await tx.contacts.create(actor.userId, fields, now);
        if (applicationId !== null) {
          await tx.applications.linkContact(applicationId, contact.id);
          if (await tx.rejections.forApplication(actor.userId, applicationId)) await refreshPlan(tx, actor, applicationId, now);
        }
        return contact;
      });
    },

    async listContacts(actor: Actor): Promise<Contact[]> {
      return d.store.contacts.list(actor.userId);
    },

    async getContact(actor: Actor, contactId: number): Promise<Contact> {
      const cid = parseInput(id, contactId);
      const c = await d.store.contacts.get(actor.userId, cid);
      if (!c) throw notFound('contact', cid);
      return c;
    },

    async addInterview(actor: Actor, input: NewInterviewInput): Promise<Interview> {
      const i = parseInput(NewInterviewInput, input);
      const now = nowIso(d);
      return d.store.transaction(async (tx) => {
        const app = await tx.applications.get(actor.userId, i.applicationId);
        if (!app) throw notFound('application', i.applicationId);
        for (const cid of i.participantIds) {
          if (!(await tx.contacts.get(actor.userId, cid))) throw notFound('contact', cid);
        }
        const interview = await tx.interviews.create(actor.userId, i, now);
        for (const cid of i.participantIds) await tx.applications.linkContact(app.id, cid);
        if (['applied', 'screening', 'wishlist'].includes(app.status)) {
          await tx.applications.update(actor.userId, app.id, { status: 'interviewing' }, now);
        }
        if (await tx.rejections.forApplication(actor.userId, app.id)) await refreshPlan(tx, actor, app.id, now);
        return interview;
      });
    },

    async listInterviews(actor: Actor, applicationId: number): Promise<Interview[]> {
      const appId = parseInput(id, applicationId);
      if (!(await d.store.applications.get(actor.userId, appId))) throw notFound('application', appId);
      return d.store.interviews.forApplication(actor.userId, appId);
    },
  };
}

export function assertNotFuture(iso: string, now: string, what: string): void {
  if (Date.parse(iso) > Date.parse(now) + 36 * 3_600_000) throw invalid(`${what} is in the future (${iso.slice(0, 10)}).`);
}
