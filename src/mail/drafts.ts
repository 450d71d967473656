// Putting a composed message into the user's IMAP Drafts folder, where their own mail client
// shows it ready to review and send. Rebound never sends from here.
import { ReboundError } from '../core/errors.js';
import { withImap } from './imap-client.js';
import type { ImapAccount } from './imap-client.js';

/** Names tried, in order, when no folder carries the \Drafts special-use flag. */
const DRAFT_NAMES = [
  'Drafts',
  'Draft',
  'INBOX.Drafts',
  'INBOX/Drafts',
  '[Gmail]/Drafts',
  '[Google Mail]/Drafts',
];

/** The Drafts folder among a LIST result: special-use \Drafts first, then the usual names. */
export function findDraftsFolder(
  folders: { path: string; specialUse: string | null; flags?: Set<string> }[],
): string | null {
  const flagged = folders.find((f) => f.specialUse === '\\Drafts' || f.flags?.has('\\Drafts'));
  if (flagged) return flagged.path;
  for (const name of DRAFT_NAMES) {
    const hit = folders.find((f) => f.path.toLowerCase() === name.toLowerCase());
    if (hit) return hit.path;
  }
  return null;
}

/**
 * Appends raw (an RFC 5322 message, e.g. from composeEml) to Drafts, flagged \Draft and \Seen.
 * uid is null when the server does not report it (no UIDPLUS).
 */
export async function appendToDrafts(
  account: ImapAccount,
  raw: Buffer,
): Promise<{ mailbox: string; uid: number | null }> {
  return withImap(account, 'saving the draft', async (client) => {
    const list = await client.list();
    const mailbox = findDraftsFolder(
      list.map((f) => ({ path: f.path, specialUse: f.specialUse ?? null, flags: f.flags })),
    );
    if (mailbox === null) {
      throw new ReboundError(
        'mail_error',
        `No Drafts folder on IMAP server ${account.host}:${account.port} (none flagged \\Drafts, none named Drafts); create one in your mail client.`,
        {
          host: account.host,
          port: account.port,
        },
      );
    }
    const res = await client.append(mailbox, raw, ['\\Draft', '\\Seen']);
    if (res === false) throw new Error(`the server refused to append to ${mailbox}`);
    return { mailbox, uid: res.uid ?? null };
  });
}
