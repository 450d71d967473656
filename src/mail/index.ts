// The mail layer's public surface: reading mail (local stores, IMAP), parsing it, and writing
// drafts (.eml, IMAP Drafts, SMTP). src/app wires these to the store.
export { parseEmail, assertReadableText } from './parse.js';
export type { ParsedEmail, ParseProblem } from './parse.js';
export { parseEmailFast } from './parse-fast.js';
export type { RawMessage } from './raw-message.js';
export { detectMailboxKind, readMailbox } from './mailbox.js';
export type { MailboxKind, ReadMailboxOptions } from './mailbox.js';
export { readMbox } from './mbox.js';
export type { MboxVariant, MboxOptions } from './mbox.js';
export { readImap, listImapFolders } from './imap.js';
export type { ImapAccount, ImapFolderState, ImapMessage, ReadImapOptions } from './imap.js';
export { composeEml } from './compose.js';
export type { Address, OutgoingMessage } from './compose.js';
export { appendToDrafts, findDraftsFolder } from './drafts.js';
export { sendSmtp } from './smtp.js';
export type { SmtpAccount } from './smtp.js';
