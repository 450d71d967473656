// Everything the playbook engine reads: the facts of one application, a little about the rest
// of the search, the user's settings and the moment the plan is made.
import type {
  Application,
  Contact,
  Feedback,
  Interview,
  IsoInstant,
  MoodCheckIn,
  Profile,
  Reflection,
  Rejection,
  Settings,
} from '../types.js';
import type { TouchFacts } from '../touch/types.js';
import type { PriorDecision } from './merge.js';

export interface PipelineFacts {
  /** Applications still in play (applied, screening, interviewing, offer). */
  activeCount: number;
  /** When the user last applied anywhere, if ever. */
  lastAppliedOn: IsoInstant | null;
  /** True while another application is in an interview process. */
  interviewsUnderway: boolean;
}

export interface PlanFacts {
  application: Application;
  /** Null while the application is still open: only R11 (silence) can apply then. */
  rejection: Rejection | null;
  interviews: Interview[];
  /** People tied to this application: met in interviews, linked, or at the company. */
  contacts: Contact[];
  /** Friends, family and mentors the user could lean on (R10). */
  supportContacts: Contact[];
  feedback: Feedback[];
  reflections: Reflection[];
  pipeline: PipelineFacts;
  /** When each of the user's rejections arrived, this one included (R10). */
  rejectionDates: IsoInstant[];
  /** Recent mood check-ins (R1, R10). */
  moods: MoodCheckIn[];
  profile: Profile;
  settings: Settings;
  /** Decisions already made on this plan's steps (with the user's skip reason, when known); regeneration keeps them. */
  previous: PriorDecision[];
  now: IsoInstant;
  /**
   * R7: cadences, last contact and reasons on record for this application's people. Absent,
   * touch-bases follow settings.touchBaseDays from the rejection, with an occasion as the reason.
   */
  touch?: TouchFacts;
}
