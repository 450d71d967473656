// The From header, parsed, and what it says about the sender: an applicant-tracking vendor, a
// no-reply robot, a personal mailbox, or a person. Vendors must never be taken for the employer.
import { memoized } from '../memo.js';

export interface Sender {
  /** Display name without quotes, or '' when absent. */
  name: string;
  /** Lower-cased address, possibly truncated in the source (then without a domain). */
  address: string;
  local: string;
  domain: string;
  /** The mail came through an applicant-tracking system or job board. */
  ats: boolean;
  /** An automated, unattended address (noreply, notifications…). */
  noreply: boolean;
  /** A personal mailbox provider (gmail.com…): the domain says nothing about the employer. */
  freemail: boolean;
  /** A testing platform (HireVue, Codility…) sent it. */
  assessmentVendor: boolean;
  /** A calendar or scheduling tool sent it. */
  scheduler: boolean;
}

/** Vendor names, lower-case, as they appear in display names, signatures and subjects. */
export const ATS_VENDOR_NAMES: readonly string[] = [
  'workday',
  'greenhouse',
  'lever',
  'icims',
  'smartrecruiters',
  'smart recruiters',
  'linkedin',
  'ashby',
  'jobvite',
  'taleo',
  'successfactors',
  'success factors',
  'sap successfactors',
  'bamboohr',
  'bamboo hr',
  'workable',
  'indeed',
  'ziprecruiter',
  'glassdoor',
  'handshake',
  'ripplematch',
  'rippling',
  'jazzhr',
  'jazz hr',
  'breezy',
  'breezy hr',
  'breezyhr',
  'recruitee',
  'teamtailor',
  'personio',
  'pinpoint',
  'dayforce',
  'ceridian',
  'adp',
  'ultipro',
  'ukg',
  'paylocity',
  'paycom',
  'paycor',
  'cornerstone ondemand',
  'oracle cloud',
  'oracle recruiting',
  'oracle hcm',
  'phenom',
  'eightfold',
  'avature',
  'hirebridge',
  'applicantpro',
  'apploi',
  'clearcompany',
  'comeet',
  'wellfound',
  'angellist',
  'otta',
  'welcome to the jungle',
  'dice',
  'monster',
  'careerbuilder',
  'simplyhired',
  'jobscore',
  'hireology',
  'talentlyft',
  'homerun',
  'join.com',
  'kenjo',
  'factorial',
  'bullhorn',
  'jobdiva',
  'ceipal',
  'zoho recruit',
  'freshteam',
  'manatal',
  'recruiterflow',
  'loxo',
  'hirevue',
  'hackerrank',
  'codility',
  'codesignal',
  'testgorilla',
  'myworkday',
  'myworkdayjobs',
  'brassring',
  'kenexa',
  'peopleadmin',
  'neogov',
  'governmentjobs',
  'talemetry',
  'jobylon',
  'lano',
  'softgarden',
  'stepstone',
  'xing',
  'seek',
  'reed',
  'totaljobs',
  'symplicity',
  'joinhandshake',
  'wayup',
  'builtin',
  'built in',
  'hiringthing',
  'trakstar',
  'isolved',
  'talentreef',
  'harri',
  'snagajob',
  'jobtarget',
  'grnhse',
  'candidate experience',
  'notification',
  'notifications',
  'careers',
  'recruiting',
  'talent',
];

/** Domains (or their registrable tails) belonging to vendors and job boards. */
const ATS_DOMAIN_TAILS: readonly string[] = [
  'myworkday.com',
  'myworkdayjobs.com',
  'workday.com',
  'greenhouse.io',
  'greenhouse-mail.io',
  'lever.co',
  'hire.lever.co',
  'icims.com',
  'smartrecruiters.com',
  'linkedin.com',
  'ashbyhq.com',
  'jobvite.com',
  'taleo.net',
  'successfactors.com',
  'successfactors.eu',
  'sapsf.com',
  'sapsf.eu',
  'bamboohr.com',
  'workablemail.com',
  'workable.com',
  'indeed.com',
  'indeedemail.com',
  'ziprecruiter.com',
  'glassdoor.com',
  'joinhandshake.com',
  'handshake.com',
  'ripplematch.com',
  'rippling.com',
  'jazzhr.com',
  'applytojob.com',
  'breezy.hr',
  'breezyhr.com',
  'recruitee.com',
  'teamtailor.com',
  'teamtailor-mail.com',
  'personio.de',
  'personio.com',
  'pinpointhq.com',
  'dayforcehcm.com',
  'ceridian.com',
  'adp.com',
  'ultipro.com',
  'ukg.com',
  'paylocity.com',
  'paycomonline.net',
  'paycor.com',
  'csod.com',
  'csodmail.com',
  'oraclecloud.com',
  'taleo.com',
  'phenompeople.com',
  'eightfold.ai',
  'avature.net',
  'gem.com',
  'hirebridge.com',
  'applicantpro.com',
  'apploi.com',
  'clearcompany.com',
  'comeet.co',
  'dover.com',
  'wellfound.com',
  'angel.co',
  'otta.com',
  'welcometothejungle.com',
  'hired.com',
  'dice.com',
  'monster.com',
  'careerbuilder.com',
  'jobscore.com',
  'hireology.com',
  'fountain.com',
  'talentlyft.com',
  'homerun.co',
  'join.com',
  'bullhorn.com',
  'jobdiva.com',
  'ceipal.com',
  'zohorecruit.com',
  'freshteam.com',
  'manatal.com',
  'hirevue.com',
  'hackerrank.com',
  'hackerrankforwork.com',
  'codility.com',
  'codesignal.com',
  'brassring.com',
  'kenexa.com',
  'peopleadmin.com',
  'governmentjobs.com',
  'neogov.com',
  'softgarden.io',
  'stepstone.de',
  'symplicity.com',
  'wayup.com',
  'hiringthing.com',
  'paradox.ai',
  'talentreef.com',
  'harri.com',
  'snagajob.com',
  'invalidemail.com',
  'grnhse.io',
  'lever-mail.co',
  'myworkdaysite.com',
  'applicantstack.com',
  'recruiterbox.com',
  'trinethire.com',
  'isolvedhire.com',
  'sparkhire.com',
];

const FREEMAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.uk',
  'ymail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.com',
  'yandex.com',
  'zoho.com',
  'fastmail.com',
  'hey.com',
  'qq.com',
  '163.com',
  'comcast.net',
]);

const NOREPLY_LOCAL_RE =
  /(?:^|[._+-])(?:no-?reply|do-?not-?reply|donotreply|noreply|notifications?|notify|mailer|system|alerts?|auto-?reply|autoreply|bounce|automated|postmaster|jobs-noreply|info|careers|jobs|recruiting|talent|hr|hiring|candidates?|team|hello|support|news)(?:$|[._+-])/;
/** Substrings of unattended mailboxes; plain includes() checks, this runs on every message. */
const NOREPLY_PARTS = [
  'reply',
  'notification',
  'mailer',
  'system',
  'bounce',
  'automated',
  'postmaster',
];

function isStrongNoreply(local: string): boolean {
  for (const part of NOREPLY_PARTS) if (local.includes(part)) return true;
  return false;
}

const ASSESSMENT_VENDOR_RE =
  /\b(?:hirevue|codility|hackerrank|hackerrankforwork|codesignal|testgorilla|pymetrics|mettl|coderbyte|harver|vervoe|canditech|alooba|wonderlic|cappfinity|sova|criteriacorp|shl|talogy)\b/;
const SCHEDULER_RE =
  /\b(?:calendly|goodtime|google calendar|outlook calendar|modernloop|prelude|cronofy)\b/;
const ATS_TAILS = new Set(ATS_DOMAIN_TAILS);
const TRUNCATED_ATS_RE =
  /(?:^|\.)(?:myworkday|greenhouse|lever|icims|smartrecruit|ashbyhq|jobvite|taleo|successfactors|workablemail|bamboohr|csodmail|oraclecloud|ripplematch|paylocity|ultipro)(?:[.-]|$)/;

function domainIsAts(domain: string): boolean {
  if (domain.length === 0) return false;
  let rest = domain;
  for (;;) {
    if (ATS_TAILS.has(rest)) return true;
    const dot = rest.indexOf('.');
    if (dot < 0) break;
    rest = rest.slice(dot + 1);
  }
  // Truncated headers ("spe@myworkday.c") still name the vendor.
  return TRUNCATED_ATS_RE.test(domain);
}

// A mailbox hears from the same few senders again and again (newsletters, one ATS): parse each
// From header once. Entries are frozen, since every message from that sender shares one.
const parseCached = memoized((from) => Object.freeze(parseUncached(from)), 1024);

/** Parses `Name <local@domain>` (also bare or truncated forms). The result is shared: read only. */
export function parseSender(from: string): Sender {
  return parseCached(from);
}

function parseUncached(from: string): Sender {
  const raw = from.trim();
  let name = '';
  let address = '';
  const lt = raw.indexOf('<');
  if (lt >= 0) {
    name = raw.slice(0, lt).trim();
    const gt = raw.indexOf('>', lt);
    address = raw
      .slice(lt + 1, gt < 0 ? raw.length : gt)
      .trim()
      .toLowerCase();
  } else if (raw.includes('@') && !raw.includes(' ')) {
    address = raw.toLowerCase();
  } else {
    name = raw;
  }
  name = name.replace(/^["']+|["']+$/g, '').trim();
  const at = address.indexOf('@');
  const local = at >= 0 ? address.slice(0, at) : address;
  const domain = at >= 0 ? address.slice(at + 1) : '';
  const lowerName = name.toLowerCase();
  const ats =
    domainIsAts(domain) ||
    /\b(?:workday|greenhouse|lever|icims|smartrecruiters|ashby|jobvite|taleo|successfactors|workable|bamboohr|linkedin|indeed|ripplematch)\b/.test(
      lowerName,
    );
  const noreply =
    isStrongNoreply(local) || /\b(?:no-?reply|do not reply|notifications?)\b/.test(lowerName);
  const both = `${lowerName} ${domain}`;
  return {
    name,
    address,
    local,
    domain,
    ats,
    noreply,
    freemail: FREEMAIL_DOMAINS.has(domain),
    assessmentVendor: ASSESSMENT_VENDOR_RE.test(both),
    scheduler: SCHEDULER_RE.test(both) || /^calendar-notification/.test(local),
  };
}

/** True when the local part looks like a shared role mailbox rather than a person. */
export function isRoleMailbox(local: string): boolean {
  return NOREPLY_LOCAL_RE.test(local);
}

const VENDOR_NAME_SET = new Set(ATS_VENDOR_NAMES);
const VENDOR_FIRST_WORDS = new Set([
  'workday',
  'greenhouse',
  'lever',
  'icims',
  'smartrecruiters',
  'linkedin',
  'ashby',
  'jobvite',
  'taleo',
  'successfactors',
  'bamboohr',
  'workable',
  'indeed',
  'ziprecruiter',
  'glassdoor',
  'handshake',
  'ripplematch',
  'jazzhr',
  'breezy',
  'recruitee',
  'teamtailor',
  'personio',
  'paylocity',
  'ultipro',
  'dayforce',
  'rippling',
  'hirevue',
  'hackerrank',
  'codility',
  'codesignal',
  'myworkday',
  'wellfound',
  'otta',
  'testgorilla',
]);
const VENDOR_TAIL_WORDS = new Set([
  'notification',
  'notifications',
  'jobs',
  'careers',
  'recruiting',
  'hiring',
  'mail',
  'team',
  'talent',
  'system',
  'candidate',
  'experience',
  'inmail',
  'alert',
  'alerts',
  'job',
]);

/** True when a candidate company name is really an ATS vendor or job board. */
export function isVendorName(candidate: string): boolean {
  const k = candidate
    .toLowerCase()
    .replace(/[^a-z0-9. ]+/g, ' ')
    .trim();
  if (k.length === 0) return true;
  if (VENDOR_NAME_SET.has(k)) return true;
  const parts = k.split(/\s+/);
  if (VENDOR_NAME_SET.has(parts.join('').replace(/\./g, ''))) return true;
  // "Workday Notification", "LinkedIn Jobs", "Greenhouse Recruiting".
  if (!VENDOR_FIRST_WORDS.has(parts[0] ?? '')) return false;
  return parts.slice(1).every((w) => VENDOR_TAIL_WORDS.has(w));
}

export function isAtsDomain(domain: string): boolean {
  return domainIsAts(domain);
}
