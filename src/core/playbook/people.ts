// Who is who in one application: the people met, the hiring manager, the person who
// delivered the news. The rules pick recipients from here.
import type { Contact, Interview, InterviewMode, Settings } from '../types.js';
import { EMPLOYER_CONTACT_KINDS } from '../types.js';
import type { PlanFacts } from './facts.js';

export interface People {
  /** Employer-side people met in interviews, in first-met order. */
  met: Contact[];
  /** How many live meetings (per the strictness setting) with each hiring manager. */
  hiringManagerMeetings: Map<number, number>;
  /** The person who sent the rejection, when a human and known as a contact. */
  sender: Contact | null;
  /** Employer-side contacts linked to the application or at the company. */
  employer: Contact[];
  agencyRecruiter: Contact | null;
}

export function liveModes(settings: Settings): readonly InterviewMode[] {
  return settings.feedbackStrictness === 'in_person' ? ['in_person'] : ['in_person', 'video'];
}

export function findPeople(f: PlanFacts): People {
  const byId = new Map(f.contacts.map((c) => [c.id, c]));
  const employer = f.contacts.filter((c) => EMPLOYER_CONTACT_KINDS.includes(c.kind));
  const met: Contact[] = [];
  const hiringManagerMeetings = new Map<number, number>();
  const live = liveModes(f.settings);
  const sorted: Interview[] = [...f.interviews].sort((a, b) => a.at.localeCompare(b.at));
  for (const i of sorted) {
    for (const id of i.participantIds) {
      const c = byId.get(id);
      if (!c || !EMPLOYER_CONTACT_KINDS.includes(c.kind)) continue;
      if (!met.some((m) => m.id === c.id)) met.push(c);
      if (c.kind === 'hiring_manager' && live.includes(i.mode)) {
        hiringManagerMeetings.set(c.id, (hiringManagerMeetings.get(c.id) ?? 0) + 1);
      }
    }
  }
  const senderId = f.rejection?.senderContactId ?? null;
  const senderContact = senderId !== null ? (byId.get(senderId) ?? null) : null;
  const sender =
    senderContact && EMPLOYER_CONTACT_KINDS.includes(senderContact.kind) && !f.rejection?.automatedSender
      ? senderContact
      : null;
  const agencyRecruiter = employer.find((c) => c.kind === 'agency_recruiter') ?? null;
  return { met, hiringManagerMeetings, sender, employer, agencyRecruiter };
}

/** The hiring manager met live most often, if any. */
export function hiringManagerMet(p: People): Contact | null {
  let best: Contact | null = null;
  let most = 0;
  for (const c of p.met) {
    const n = p.hiringManagerMeetings.get(c.id) ?? 0;
    if (n > most) {
      best = c;
      most = n;
    }
  }
  return best;
}

/** The main interviewer: the hiring manager met, else the person met most often (R4). */
export function mainInterviewer(p: People, interviews: readonly Interview[]): Contact | null {
  const hm = hiringManagerMet(p) ?? p.met.find((c) => c.kind === 'hiring_manager') ?? null;
  if (hm) return hm;
  let best: Contact | null = null;
  let most = 0;
  for (const c of p.met) {
    if (c.kind !== 'interviewer') continue;
    const n = interviews.filter((i) => i.participantIds.includes(c.id)).length;
    if (n > most) {
      best = c;
      most = n;
    }
  }
  return best;
}

export const firstName = (c: Contact | null): string | null => c?.name.trim().split(/\s+/)[0] ?? null;
