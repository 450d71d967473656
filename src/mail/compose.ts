// Writes an outgoing message as RFC 5322 bytes (an .eml), with nodemailer's composer: UTF-8
// throughout, encoded words for non-ASCII names and subjects, a Message-ID, and In-Reply-To /
// References when the message answers another.
import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { ReboundError } from '../core/errors.js';

export interface Address {
  name: string | null;
  address: string | null;
}

export interface OutgoingMessage {
  /** Without an address there is no From header: the result is a draft for a mail client to finish. */
  from: Address;
  /** Without an address there is no To header (allowed by RFC 5322; the user picks a recipient). */
  to: Address;
  subject: string;
  text: string;
  inReplyTo?: string | null;
  references?: string[];
  date: Date;
  /** Domain for the generated Message-ID when the sender has no address. */
  messageIdDomain?: string;
}

// Header values must be single lines: a CR or LF in user text would start a new header.
const oneLine = (s: string): string => s.replace(/[\r\n]+/g, ' ').trim();

function mailbox(a: Address, field: string): { name: string; address: string } | undefined {
  if (a.address === null || a.address.trim() === '') return undefined;
  const address = a.address.trim();
  if (/[\s<>,;"]/.test(address) || !address.includes('@')) {
    throw new ReboundError(
      'invalid_input',
      `The ${field} address "${oneLine(address)}" is not a valid email address.`,
    );
  }
  return { name: oneLine(a.name ?? ''), address };
}

/** "<id>" with the brackets, or throws for ids that could break the header. */
function msgId(id: string, field: string): string {
  const bare = id.trim().replace(/^<|>$/g, '');
  if (bare === '' || /[\s<>]/.test(bare))
    throw new ReboundError(
      'invalid_input',
      `The ${field} message id "${oneLine(id)}" is not valid.`,
    );
  return `<${bare}>`;
}

/**
 * The Message-ID is derived from the content, so composing the same draft twice gives the same
 * id (a mail client or the Drafts folder can tell it is the same message) while different
 * drafts never collide.
 */
function messageIdFor(m: OutgoingMessage): string {
  const domain = m.from.address?.split('@')[1]?.trim() || m.messageIdDomain || 'rebound.local';
  const digest = createHash('sha256')
    .update(
      JSON.stringify([
        m.from,
        m.to,
        m.subject,
        m.text,
        m.inReplyTo ?? null,
        m.references ?? [],
        m.date.toISOString(),
      ]),
    )
    .digest('hex')
    .slice(0, 32);
  return `<${digest}.rebound@${domain}>`;
}

export async function composeEml(m: OutgoingMessage): Promise<Buffer> {
  if (Number.isNaN(m.date.getTime()))
    throw new ReboundError('invalid_input', 'The message date is not a valid date.');
  const from = mailbox(m.from, 'From');
  const to = mailbox(m.to, 'To');
  const inReplyTo = m.inReplyTo ? msgId(m.inReplyTo, 'In-Reply-To') : undefined;
  const references = (m.references ?? []).map((r) => msgId(r, 'References'));
  // A reply's References end with the message it answers (RFC 5322 §3.6.4).
  if (inReplyTo && !references.includes(inReplyTo)) references.push(inReplyTo);
  const composer = new MailComposer({
    ...(from && { from }),
    ...(to && { to }),
    subject: oneLine(m.subject),
    // RFC 5322 lines end in CRLF; nodemailer keeps whatever the text uses.
    text: m.text.replace(/\r?\n/g, '\r\n'),
    date: m.date,
    messageId: messageIdFor(m),
    ...(inReplyTo && { inReplyTo }),
    ...(references.length > 0 && { references }),
    // Outlook opens an .eml carrying X-Unsent as an editable draft instead of a received mail.
    headers: { 'X-Unsent': '1' },
  });
  return composer.compile().build();
}
