// The draft for a touch-base, built from what is known about the person and the application that
// brought you together (when there is one). Nothing here sends anything.
import { composeDraft } from '../drafts/index.js';
import type { DraftContext, DraftInterview } from '../drafts/types.js';
import type { Contact, Draft, Profile } from '../types.js';
import { DRAFT_SHAPE } from './reasons.js';
import type { TouchReason } from './types.js';

export interface TouchDraftFacts {
  contact: Pick<Contact, 'id' | 'name' | 'email' | 'kind' | 'title' | 'company'>;
  /** The application you met them through, when there is one. */
  application: { id: number; company: string; role: string } | null;
  lastInterview: DraftInterview | null;
  interviewCount: number;
  profile: Profile;
  reason: TouchReason;
}

export function touchBaseDraft(f: TouchDraftFacts): Draft {
  const ctx: DraftContext = {
    kind: 'touch_base',
    company: f.application?.company ?? f.contact.company ?? '',
    role: f.application?.role ?? '',
    recipient: {
      contactId: f.contact.id,
      name: f.contact.name,
      email: f.contact.email,
      kind: f.contact.kind,
      title: f.contact.title,
    },
    sender: f.profile,
    valued: null,
    lastInterview: f.lastInterview,
    interviewCount: f.interviewCount,
    includeFeedbackAsk: false,
    touchBaseReason: f.reason.draftText,
    touchBaseShape: DRAFT_SHAPE[f.reason.kind],
    vagueReply: null,
    seed: f.application ? `${f.application.company}|${f.application.role}|${String(f.application.id)}` : `contact|${String(f.contact.id)}`,
  };
  return composeDraft(ctx);
}
