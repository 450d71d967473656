// Heavy modules load on first use, so `rebound today` does not pay for the mail parser, the IMAP
// client, the SMTP transport or the language pipeline of the tone check.
export const mailParse = () => import('../mail/parse.js');
export const mailCompose = () => import('../mail/compose.js');
export const mailImap = () => import('../mail/imap.js');
export const mailDrafts = () => import('../mail/drafts.js');
export const mailSmtp = () => import('../mail/smtp.js');
export const ingestEngine = () => import('./ingest/index.js');
export const tone = () => import('../core/tone/index.js');
export const icsLib = () => import('ics');
