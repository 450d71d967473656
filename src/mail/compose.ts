// Writes an outgoing message as RFC 5322 bytes (an .eml), with nodemailer's composer.
import MailComposer from 'nodemailer/lib/mail-composer/index.js';

export interface Address {
  name: string | null;
  address: string | null;
}

export interface OutgoingMessage {
  from: Address;
  to: Address;
  subject: string;
  text: string;
  inReplyTo?: string | null;
  references?: string[];
  date: Date;
  /** Domain for the generated Message-ID when the sender has no address. */
  messageIdDomain?: string;
}

const fmt = (a: Address): string | undefined =>
  a.address ? (a.name ? `"${a.name.replace(/"/g, "'")}" <${a.address}>` : a.address) : undefined;

export async function composeEml(m: OutgoingMessage): Promise<Buffer> {
  const domain = m.from.address?.split('@')[1] ?? m.messageIdDomain ?? 'rebound.local';
  const id = `${m.date.getTime().toString(36)}.${Buffer.from(m.subject).toString('hex').slice(0, 12)}@${domain}`;
  const composer = new MailComposer({
    from: fmt(m.from),
    to: fmt(m.to),
    subject: m.subject,
    text: m.text,
    date: m.date,
    messageId: `<${id}>`,
    ...(m.inReplyTo && { inReplyTo: m.inReplyTo }),
    ...(m.references && m.references.length > 0 && { references: m.references }),
    headers: { 'X-Unsent': '1' },
  });
  return composer.compile().build();
}
