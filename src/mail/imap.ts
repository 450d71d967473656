// Reading mail over IMAP, incrementally. Per folder the caller keeps {uidValidity, lastUid}: while
// UIDVALIDITY is unchanged only UIDs above lastUid are fetched; when it changed the server has
// renumbered the folder, so it is scanned again (callers dedupe by `messageId` then, since
// every key changes with the UIDVALIDITY). Folders are opened read-only (EXAMINE), so reading
// never marks mail \Seen.
import type { ImapFlow } from 'imapflow';
import { closeQuietly, connectImap, imapError, withImap } from './imap-client.js';
import type { ImapAccount } from './imap-client.js';
import type { RawMessage } from './raw-message.js';

export type { ImapAccount } from './imap-client.js';

export interface ImapFolderState {
  folder: string;
  uidValidity: string;
  lastUid: number;
}

export interface ImapMessage extends RawMessage {
  folder: string;
  uid: number;
  uidValidity: string;
  /** The Message-ID header from the envelope ("<id@host>"), or null when the message has none. */
  messageId: string | null;
}

export interface ReadImapOptions {
  folders: string[];
  /** Only messages the server received on or after this day (IMAP SEARCH SINCE: date, no time). */
  since?: Date;
  state: ImapFolderState[];
  /**
   * Called with the folder's new state once the consumer has taken a message (i.e. when it asks
   * for the next one) and at the end of each folder. Saving it gives at-least-once delivery: a
   * crash re-reads at most the message being processed. lastUid is the highest UID yielded, so
   * messages skipped by `since` stay below or above it as their UIDs dictate.
   */
  onState?: (s: ImapFolderState) => void;
}

/** UIDs fetched per FETCH command: bounds memory to one batch however large the folder. */
const BATCH = 50;

/**
 * Every folder with its special use: the server's flag (RFC 6154) or, on servers without
 * SPECIAL-USE, imapflow's guess from well-known names ("Sent Items" → \Sent).
 */
export async function listImapFolders(
  account: ImapAccount,
): Promise<{ path: string; specialUse: string | null }[]> {
  return withImap(account, 'listing folders', async (client) => {
    const list = await client.list();
    return list.map((f) => ({ path: f.path, specialUse: f.specialUse ?? null }));
  });
}

/** "1:3,7,9:10" from sorted UIDs: short FETCH commands for mostly contiguous runs. */
export function uidSet(uids: readonly number[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < uids.length) {
    let j = i;
    while (j + 1 < uids.length && uids[j + 1] === uids[j]! + 1) j++;
    out.push(i === j ? String(uids[i]) : `${uids[i]}:${uids[j]}`);
    i = j + 1;
  }
  return out.join(',');
}

export async function* readImap(
  account: ImapAccount,
  opts: ReadImapOptions,
): AsyncGenerator<ImapMessage> {
  const client = await connectImap(account);
  try {
    for (const folder of opts.folders) yield* readFolder(client, account, folder, opts);
  } finally {
    await closeQuietly(client);
  }
}

async function* readFolder(
  client: ImapFlow,
  account: ImapAccount,
  folder: string,
  opts: ReadImapOptions,
): AsyncGenerator<ImapMessage> {
  let doing = `opening folder ${folder}`;
  let lock;
  try {
    lock = await client.getMailboxLock(folder, { readOnly: true });
  } catch (e) {
    throw imapError(account, doing, e);
  }
  try {
    const box = client.mailbox;
    if (box === false) throw new Error('the folder did not open');
    const uidValidity = String(box.uidValidity);
    const saved = opts.state.find((s) => s.folder === folder);
    const from = saved && saved.uidValidity === uidValidity ? saved.lastUid + 1 : 1;
    let lastUid = from - 1;
    const report = (): void => opts.onState?.({ folder, uidValidity, lastUid });

    doing = `searching folder ${folder}`;
    let uids: number[] = [];
    if (box.exists > 0) {
      const found = await client.search(
        { uid: `${from}:*`, ...(opts.since && { since: opts.since }) },
        { uid: true },
      );
      // "N:*" matches the highest UID even when it is below N (RFC 3501 §6.4.8): filter.
      uids = (found || []).filter((u) => u >= from).sort((a, b) => a - b);
    }

    doing = `fetching messages from ${folder}`;
    for (let i = 0; i < uids.length; i += BATCH) {
      const batch = uids.slice(i, i + BATCH);
      for await (const msg of client.fetch(
        uidSet(batch),
        { uid: true, envelope: true, source: true },
        { uid: true },
      )) {
        if (!msg.source) continue; // expunged while we were fetching
        yield {
          key: `${folder}:${uidValidity}:${msg.uid}`,
          raw: msg.source,
          origin: `${account.host}/${folder}/${msg.uid}`,
          folder,
          uid: msg.uid,
          uidValidity,
          messageId: msg.envelope?.messageId ?? null,
        };
        // Reached when the consumer asks for the next message: this one is theirs now.
        if (msg.uid > lastUid) lastUid = msg.uid;
        report();
      }
    }
    // Also when nothing was new, so a changed UIDVALIDITY is recorded.
    if (!saved || saved.uidValidity !== uidValidity || saved.lastUid !== lastUid) report();
  } catch (e) {
    throw imapError(account, doing, e);
  } finally {
    lock.release();
  }
}
