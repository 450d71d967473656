// A small, realistic demo search, written for the project, dated relative to now so the
// agenda always has something to show. Loaded through the same use cases as real data.
import { ReboundError } from '../../core/errors.js';
import { addDays } from '../../core/time.js';
import type { Actor } from '../../core/types.js';
import { nowIso, type Deps } from '../deps.js';
import { applicationUseCases } from './applications.js';
import { journalUseCases } from './journal.js';
import { profileUseCases } from './profile.js';
import { rejectionUseCases } from './rejections.js';
import { stepUseCases } from './steps.js';

const NORTHWIND_EMAIL = `From: Priya Shah <priya.shah@northwindhealth.example>
Subject: Your application for Senior UX Designer

Hi Alex,

Thank you for spending so much time with us over the last few weeks, and for the care you put into the final presentation.

I'm sorry to say that we have decided to move ahead with another candidate for the Senior UX Designer role. It was a close decision and the panel enjoyed meeting you.

Best regards,
Priya Shah
Talent Partner, Northwind Health`;

const BLUEFIN_EMAIL = `From: Bluefin Analytics <no-reply@bluefin.example>
Subject: Update on your application

Dear candidate,

Thank you for your interest in Bluefin Analytics. After reviewing your application for Product Designer, we will not be moving forward at this time.

This mailbox is not monitored; please do not reply.

Bluefin Analytics Recruiting`;

export function demoUseCases(d: Deps) {
  const apps = applicationUseCases(d);
  const rejections = rejectionUseCases(d);
  const journal = journalUseCases(d);
  const profile = profileUseCases(d);
  const steps = stepUseCases(d);
  /** Marks the steps a person would already have done on an older rejection. */
  const markDone = async (actor: Actor, applicationId: number, kinds: readonly string[]): Promise<void> => {
    const plan = await rejections.getPlan(actor, applicationId);
    for (const s of plan.steps) {
      if (kinds.includes(s.kind) && s.status === 'pending') await steps.changeStep(actor, { stepId: s.id, action: 'done' });
    }
  };

  return {
    /** Loads the demo search into an empty store. Refuses a store that already holds data. */
    async loadDemo(actor: Actor): Promise<{ applications: number }> {
      if ((await d.store.applications.count(actor.userId)) > 0) {
        throw new ReboundError('conflict', 'This store already has applications; the demo loads only into an empty one.');
      }
      const now = nowIso(d);
      const ago = (days: number, hour = 10): string => {
        const t = addDays(now, -days);
        return `${t.slice(0, 10)}T${String(hour).padStart(2, '0')}:00:00.000Z`;
      };
      const day = (days: number): string => ago(days).slice(0, 10);

      await profile.setProfile(actor, {
        name: 'Alex Rivera',
        email: 'alex.rivera@example.com',
        signature: 'Alex Rivera\nalex.rivera@example.com',
        openToFreelance: true,
      });
      await apps.addContact(actor, { name: 'Sam Patel', kind: 'mentor', email: 'sam.patel@example.com', notes: 'Former lead at my first agency.' });

      // 1. A final-round rejection from a human recruiter, after meeting the hiring manager.
      const northwind = await apps.addApplication(actor, {
        company: 'Northwind Health',
        role: 'Senior UX Designer',
        appliedOn: day(30),
        source: 'Referral',
        resumeVersion: 'design-2026-10',
        valued: 'how the team tests every flow with real patients',
      });
      const dana = await apps.addContact(actor, { name: 'Dana Okafor', kind: 'hiring_manager', title: 'Head of Design', company: 'Northwind Health', email: 'dana.okafor@northwindhealth.example' });
      const tom = await apps.addContact(actor, { name: 'Tom Berg', kind: 'interviewer', title: 'Staff Designer', company: 'Northwind Health' });
      await apps.addInterview(actor, { applicationId: northwind.id, at: ago(21, 15), kind: 'hiring_manager', mode: 'video', participantIds: [dana.id] });
      await apps.addInterview(actor, {
        applicationId: northwind.id,
        at: ago(8, 13),
        kind: 'onsite',
        mode: 'in_person',
        participantIds: [dana.id, tom.id],
        finalRound: true,
        questions: [
          { text: 'Tell us about a design decision you reversed after research.', rating: 4 },
          { text: 'How would you measure the success of a patient onboarding flow?', rating: 2 },
        ],
      });
      await rejections.recordRejection(actor, {
        applicationId: northwind.id,
        receivedAt: ago(0, Math.max(0, Number(now.slice(11, 13)) - 2)),
        rawEmail: Buffer.from(NORTHWIND_EMAIL),
      });

      // 2. An application-stage rejection from a no-reply address.
      const bluefin = await apps.addApplication(actor, { company: 'Bluefin Analytics', role: 'Product Designer', appliedOn: day(12), source: 'LinkedIn' });
      await rejections.recordRejection(actor, { applicationId: bluefin.id, receivedAt: ago(3, 9), rawEmail: Buffer.from(BLUEFIN_EMAIL) });
      await markDone(actor, bluefin.id, ['check_in']);

      // 3. A rejection with specific feedback, reflected on.
      const orchard = await apps.addApplication(actor, { company: 'Orchard Labs', role: 'Design Lead', appliedOn: day(40), source: 'Company site', resumeVersion: 'design-2026-09' });
      const mei = await apps.addContact(actor, { name: 'Mei Tanaka', kind: 'hiring_manager', company: 'Orchard Labs', email: 'mei@orchardlabs.example' });
      await apps.addInterview(actor, { applicationId: orchard.id, at: ago(20, 16), kind: 'hiring_manager', mode: 'video', participantIds: [mei.id] });
      await rejections.recordRejection(actor, { applicationId: orchard.id, receivedAt: ago(12, 11), channel: 'call' });
      await journal.addFeedback(actor, {
        applicationId: orchard.id,
        receivedAt: ago(9, 10),
        fromContactId: mei.id,
        text: 'We went with someone who had more experience with design systems at scale. Your portfolio case studies were strong, but your answers about leading a team were a little long.',
      });
      await journal.addReflection(actor, {
        applicationId: orchard.id,
        wentWell: 'The portfolio walkthrough landed well.',
        wentBadly: 'I rambled when asked about managing conflict in a team.',
        pauseQuestions: ['Tell me about a time you handled conflict in your team.'],
        requirementsMatch: 'partly',
        missingQualifications: ['Design systems at scale'],
      });
      await markDone(actor, orchard.id, ['check_in', 'thank_you', 'feedback_request', 'connect', 'pipeline']);

      // 4. An interview followed by silence.
      const kestrel = await apps.addApplication(actor, { company: 'Kestrel Bank', role: 'UX Researcher', appliedOn: day(28), source: 'Recruiter' });
      const ravi = await apps.addContact(actor, { name: 'Ravi Menon', kind: 'recruiter', company: 'Kestrel Bank', email: 'ravi.menon@kestrel.example' });
      await apps.addInterview(actor, { applicationId: kestrel.id, at: ago(13, 14), kind: 'screen', mode: 'phone', participantIds: [ravi.id] });

      // 5-7. The rest of the pipeline.
      await apps.addApplication(actor, { company: 'Harbor & Co', role: 'Interaction Designer', appliedOn: day(9), source: 'LinkedIn' });
      await apps.addApplication(actor, { company: 'Lumen Studio', role: 'Senior Product Designer', appliedOn: day(8), source: 'Company site' });
      await apps.addApplication(actor, { company: 'Fieldstone', role: 'UX Designer', appliedOn: day(15), source: 'Referral', status: 'screening' });

      return { applications: (await d.store.applications.list(actor.userId)).length };
    },
  };
}
