// Reading a tracker's stage name ("Bookmarked", "Not Selected", "No Response 🔕") as one of
// Rebound's application statuses. Huntr, Teal and home-made spreadsheets name the same stages
// differently; anything not listed here is reported, not guessed.
import { APPLICATION_STATUSES, type ApplicationStatus } from '../types.js';

const SYNONYMS: Readonly<Record<string, ApplicationStatus>> = {
  wishlist: 'wishlist',
  'wish list': 'wishlist',
  bookmarked: 'wishlist',
  saved: 'wishlist',
  interested: 'wishlist',
  applying: 'wishlist',
  'to apply': 'wishlist',
  'not applied': 'wishlist',
  applied: 'applied',
  submitted: 'applied',
  'application submitted': 'applied',
  'in review': 'applied',
  screen: 'screening',
  screening: 'screening',
  'phone screen': 'screening',
  'recruiter screen': 'screening',
  interview: 'interviewing',
  interviews: 'interviewing',
  interviewing: 'interviewing',
  offer: 'offer',
  offered: 'offer',
  negotiating: 'offer',
  negotiation: 'offer',
  accepted: 'accepted',
  'offer accepted': 'accepted',
  hired: 'accepted',
  rejected: 'rejected',
  rejection: 'rejected',
  'not selected': 'rejected',
  'not moving forward': 'rejected',
  unsuccessful: 'rejected',
  ghosted: 'ghosted',
  'no response': 'ghosted',
  'no reply': 'ghosted',
  withdrawn: 'withdrawn',
  withdrew: 'withdrawn',
  'i withdrew': 'withdrawn',
  'not interested': 'withdrawn',
};

/** The status a stage name stands for, or null when it is not one Rebound recognises. */
export function readStatus(raw: string): ApplicationStatus | null {
  // Letters and spaces only: Teal decorates stages with emoji, others with underscores.
  const key = raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[_-]+/g, ' ')
    .replace(/[^\p{L}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return SYNONYMS[key] ?? null;
}

/** For messages: the statuses a stage may be written as. */
export const KNOWN_STATUSES: readonly string[] = APPLICATION_STATUSES;
