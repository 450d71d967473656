// Who is who in one application: the people met, the hiring manager, the person who
// delivered the news. The rules pick recipients from here.
import type { Contact, ContactKind, Interview, InterviewMode, Settings } from '../types.js';
import { EMPLOYER_CONTACT_KINDS } from '../types.js';
import type { PlanFacts } from './facts.js';

/** Someone to address a message to: a saved contact, or a person known only from a message. */
export interface Recipient {
  /** Null for a person who is not (yet) a saved contact. */
  id: number | null;
  name: string | null;
  email: string | null;
  kind: ContactKind | null;
  title: string | null;
}

export interface People {
  /** Employer-side people met in interviews, in first-met order. */
  met: Contact[];
  /** How many live meetings (per the strictness setting) with each hiring manager. */
  hiringManagerMeetings: Map<number, number>;
  /** Which live modes each hiring manager was met in, so a rationale can say "in person" or "on video". */
  hiringManagerModes: Map<number, Set<InterviewMode>>;
  /** The person who sent the rejection, when a human and known as a contact. */
  sender: Contact | null;
  /** A human sender who is not a saved contact (only a name or an address on the message). */
  unsavedSender: Recipient | null;
  /** Employer-side contacts linked to the application or at the company. */
  employer: Contact[];
  agencyRecruiter: Contact | null;
}

export function liveModes(settings: Settings): readonly InterviewMode[] {
  return settings.feedbackStrictness === 'in_person' ? ['in_person'] : ['in_person', 'video'];
}

const isEmployerSide = (c: Contact): boolean => EMPLOYER_CONTACT_KINDS.includes(c.kind);
const same = (a: string | null | undefined, b: string | null | undefined): boolean =>
  !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The contact who sent the rejection: by id, else by address, else by exact name. */
function senderContactOf(f: PlanFacts, byId: Map<number, Contact>): Contact | null {
  const r = f.rejection;
  if (!r) return null;
  if (r.senderContactId !== null) return byId.get(r.senderContactId) ?? null;
  return (
    f.contacts.find((c) => same(c.email, r.senderEmail)) ?? f.contacts.find((c) => same(c.name, r.senderName)) ?? null
  );
}

export function findPeople(f: PlanFacts): People {
  const byId = new Map(f.contacts.map((c) => [c.id, c]));
  const employer = f.contacts.filter(isEmployerSide);
  const met: Contact[] = [];
  const hiringManagerMeetings = new Map<number, number>();
  const hiringManagerModes = new Map<number, Set<InterviewMode>>();
  const live = liveModes(f.settings);
  const sorted: Interview[] = [...f.interviews].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const i of sorted) {
    for (const id of i.participantIds) {
      const c = byId.get(id);
      if (!c || !isEmployerSide(c)) continue;
      if (!met.some((m) => m.id === c.id)) met.push(c);
      if (c.kind === 'hiring_manager' && live.includes(i.mode)) {
        hiringManagerMeetings.set(c.id, (hiringManagerMeetings.get(c.id) ?? 0) + 1);
        hiringManagerModes.set(c.id, (hiringManagerModes.get(c.id) ?? new Set<InterviewMode>()).add(i.mode));
      }
    }
  }
  const r = f.rejection;
  const human = r !== null && !r.automatedSender;
  const senderContact = senderContactOf(f, byId);
  const sender = human && senderContact && isEmployerSide(senderContact) ? senderContact : null;
  const unsavedSender: Recipient | null =
    human && !senderContact && (r.senderName?.trim() || r.senderEmail?.trim())
      ? { id: null, name: r.senderName?.trim() || null, email: r.senderEmail?.trim() || null, kind: null, title: null }
      : null;
  const agencyRecruiter = employer.find((c) => c.kind === 'agency_recruiter') ?? null;
  return { met, hiringManagerMeetings, hiringManagerModes, sender, unsavedSender, employer, agencyRecruiter };
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

/** The first word of a person's name, or null when no name is known. */
export const firstName = (c: { name: string | null } | null): string | null => c?.name?.trim().split(/\s+/)[0] || null;
