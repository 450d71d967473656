// Builds a draft for a plan step from the facts, through the templates in core/drafts.
import { composeDraft } from '../drafts/index.js';
import type { ReasonShape } from '../drafts/facts.js';
import type { DraftContext, DraftKind } from '../drafts/types.js';
import type { Draft } from '../types.js';
import type { PlanFacts } from './facts.js';
import type { Recipient } from './people.js';

export interface DraftExtras {
  includeFeedbackAsk?: boolean;
  touchBaseReason?: string | null;
  touchBaseShape?: ReasonShape | null;
  vagueReply?: string | null;
}

/** A draft of `kind` to `to` (a saved contact, a person known only from a message, or no one). */
export function draftFor(kind: DraftKind, to: Recipient | null, f: PlanFacts, extras: DraftExtras = {}): Draft {
  const byId = new Map(f.contacts.map((c) => [c.id, c]));
  const last = [...f.interviews].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0] ?? null;
  const ctx: DraftContext = {
    kind,
    company: f.application.company,
    role: f.application.role,
    recipient: {
      contactId: to?.id ?? null,
      name: to?.name ?? null,
      email: to?.email ?? null,
      kind: to?.kind ?? null,
      title: to?.title ?? null,
    },
    sender: f.profile,
    valued: f.application.valued,
    lastInterview: last
      ? {
          at: last.at,
          mode: last.mode,
          finalRound: last.finalRound,
          participantNames: last.participantIds
            .map((id) => byId.get(id)?.name)
            .filter((n): n is string => typeof n === 'string'),
        }
      : null,
    interviewCount: f.interviews.length,
    includeFeedbackAsk: extras.includeFeedbackAsk ?? false,
    touchBaseReason: extras.touchBaseReason ?? null,
    touchBaseShape: extras.touchBaseShape ?? null,
    vagueReply: extras.vagueReply ?? null,
    seed: `${f.application.company}|${f.application.role}|${f.application.id}`,
  };
  return composeDraft(ctx);
}
