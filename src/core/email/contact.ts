// Finds a named person behind a mail: a person's display name, or the name under a sign-off;
// null for no-reply robots and team signatures ("The Talent Team").
import {
  cap,
  HONORIFIC_RE,
  looksLikePerson,
  normKey,
  ORG_WORDS,
  personName,
  words,
} from './names.js';
import { isRoleMailbox } from './sender.js';
import type { Sender } from './sender.js';

const SIGN_OFF_RE =
  /^(?:best|best regards|kind regards|regards|warm regards|warmest regards|warmly|warm wishes|best wishes|all the best|cheers|thanks|thanks again|thank you|many thanks|sincerely|yours sincerely|sincerely yours|yours truly|yours|respectfully|with gratitude|with thanks|talk soon|speak soon|take care|cordially|hugs|love|with best wishes|in solidarity|abraço|ciao|baci|groetjes|mvh|saludos|cordialement|viele grüße|met vriendelijke groet|hilsen)\s*[,!.]*\s*$/i;
const TEAMISH_RE =
  /\b(?:team|recruit\w*|talent|careers?|hr|human resources|people|hiring|department|office|crew|circle|staff|notifications?|alerts?|portal|calendar|the)\b/i;

function personFromLine(line: string, notNames: readonly string[]): string | null {
  let s = line.trim().replace(/^[-–—~]+\s*/, '');
  s = s.split(/\s*(?:[,|]|\s[-–]\s|&|\band\b)\s*/)[0] ?? '';
  s = s.replace(HONORIFIC_RE, '').trim();
  const key = normKey(s);
  if (notNames.some((n) => n.length > 1 && (n === key || n.includes(key) || key.includes(n))))
    return null;
  if (s.length < 2 || s.length > 40 || TEAMISH_RE.test(s)) return null;
  const ws = words(s);
  if (ws.length > 3) return null;
  for (const w of ws) {
    if (!/^[A-Z][a-zà-ÿ'’-]+\.?$|^[A-Z]\.$/.test(w)) return null;
    if (ORG_WORDS.has(w.toLowerCase().replace(/[.'’]/g, ''))) return null;
  }
  return s;
}

export function contactOf(
  sender: Sender,
  lines: readonly string[],
  company: string | null,
): string | null {
  // Names that belong to the organisation, not a person: the company, the display name, the tenant.
  const notNames = [
    company,
    sender.name,
    sender.local.split('+')[0] ?? null,
    sender.domain.split('.')[0] ?? null,
  ]
    .filter((x): x is string => x !== null && x.length > 0)
    .map(normKey);
  // "Société Générale" reads like a first and last name; being the company's name, it is not one.
  const display =
    sender.name.length > 0 &&
    looksLikePerson(sender.name, sender) &&
    (company === null || normKey(sender.name) !== normKey(company))
      ? personName(sender.name)
      : null;
  const displayKeys = display === null ? [] : words(display).map(normKey);
  let signed: string | null = null;
  // A sign-off followed by a person's name; search upward from the end of the message.
  for (let i = lines.length - 2; i >= Math.max(0, lines.length - 14) && signed === null; i--) {
    if (!SIGN_OFF_RE.test((lines[i] ?? '').trim())) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 3); j++) {
      const line = (lines[j] ?? '').trim();
      if (line.length === 0) continue;
      signed = personFromLine(line, display === null ? notNames : []);
      break;
    }
    if (signed === null) break;
  }
  if (display !== null) {
    // "Principal Ortiz" signs as "Daniel Ortiz": the fuller form of the same person wins.
    const last = normKey(words(display).pop() ?? '');
    if (
      signed !== null &&
      words(signed).length > words(display).length &&
      normKey(words(signed).pop() ?? '') === last
    )
      return signed;
    return display;
  }
  if (signed !== null) return signed;
  // A bare "nora.brown@…" address names its owner.
  const dotted = /^([a-z]{2,})[._]([a-z]{2,})$/.exec(sender.local);
  if (sender.name.length === 0 && dotted !== null && !sender.ats && !isRoleMailbox(sender.local)) {
    return `${cap(dotted[1] ?? '')} ${cap(dotted[2] ?? '')}`;
  }
  // "- Nell, Hollis Bakery" or a lone first name closing the message.
  const lastLine = (lines[lines.length - 1] ?? '').trim();
  if (/^[-–—~]\s*\S/.test(lastLine)) return personFromLine(lastLine, notNames);
  if (
    sender.local.length > 0 &&
    !isRoleMailbox(sender.local) &&
    !sender.noreply &&
    displayKeys.length === 0
  ) {
    const cand = personFromLine(lastLine, notNames);
    const first = cand?.split(' ')[0]?.toLowerCase();
    if (cand !== null && first !== undefined && sender.local.includes(first)) return cand;
  }
  return null;
}
