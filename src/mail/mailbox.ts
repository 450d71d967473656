// Reading local mail stores: an mbox file, a maildir, a folder of .eml files, or one .eml.
// Everything streams: one message in memory at a time, pulled by the consumer (async iteration
// gives back-pressure for free). A message that cannot be read is yielded with `error` set
// instead of ending the stream, so one bad file never costs the rest of a mailbox.
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ReboundError } from '../core/errors.js';
import { readMbox } from './mbox.js';
import type { MboxVariant } from './mbox.js';
import { DEFAULT_MAX_MESSAGE_BYTES, describeIoError, sha256, tooLarge, unreadable } from './raw-message.js';
import type { RawMessage } from './raw-message.js';

export type MailboxKind = 'mbox' | 'maildir' | 'eml-folder' | 'eml';

export interface ReadMailboxOptions {
  /** mbox escaping variant; see MboxOptions.variant (default 'mboxrd'). */
  mboxVariant?: MboxVariant;
  /** Messages above this size are yielded with `error` and no bytes (default 100 MB). */
  maxMessageBytes?: number;
}

const MBOX_EXT = new Set(['.mbox', '.mbx', '.mbs']);
const HEADER_START = /^[A-Za-z][A-Za-z0-9-]*:/;

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function firstBytes(path: string, n: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Throws ReboundError('invalid_input') for a missing path or a format it cannot read. */
export async function detectMailboxKind(path: string): Promise<MailboxKind> {
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReboundError(
      'invalid_input',
      code === 'ENOENT'
        ? `No such file or folder: ${path}`
        : `Cannot open ${path} (${describeIoError(e)}).`,
      { path },
    );
  }
  if (st.isDirectory()) {
    if ((await isDir(join(path, 'cur'))) || (await isDir(join(path, 'new')))) return 'maildir';
    for await (const f of emlFiles(path)) if (f.error === undefined) return 'eml-folder';
    throw new ReboundError(
      'invalid_input',
      `${path} is neither a maildir (no cur/ or new/ inside) nor a folder holding .eml files.`,
      { path },
    );
  }
  if (!st.isFile())
    throw new ReboundError('invalid_input', `${path} is not a regular file or folder.`, { path });
  const ext = extname(path).toLowerCase();
  const name = basename(path).toLowerCase();
  if (ext === '.eml') return 'eml';
  if (MBOX_EXT.has(ext) || name === 'mbox' || name === 'inbox') return 'mbox';
  let head: Buffer;
  try {
    head = await firstBytes(path, 1024);
  } catch (e) {
    throw new ReboundError('invalid_input', `Cannot read ${path} (${describeIoError(e)}).`, {
      path,
    });
  }
  const text = head.toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  if (text.startsWith('From ')) {
    // "From: x" is a header, "From x date" a postmark; an .eml can start with either.
    return 'mbox';
  }
  if (head.length === 0 || HEADER_START.test(text)) return 'eml';
  throw new ReboundError(
    'invalid_input',
    `${path} is not an mbox, a maildir, an .eml file or a folder of .eml files.`,
    { path },
  );
}

/** Every message under path, whatever the kind; see the module comment for error handling. */
export async function* readMailbox(
  path: string,
  opts: ReadMailboxOptions = {},
): AsyncGenerator<RawMessage> {
  const kind = await detectMailboxKind(path);
  switch (kind) {
    case 'mbox':
      yield* readMbox(path, { variant: opts.mboxVariant, maxMessageBytes: opts.maxMessageBytes });
      return;
    case 'maildir':
    case 'eml-folder':
      for await (const f of mailFiles(path, kind))
        yield f.error === undefined ? await readOne(f.path, opts) : unreadable(f.path, f.error);
      return;
    case 'eml':
      yield await readOne(path, opts);
  }
}

/** One message file; a file it cannot read becomes an unreadable entry, never an exception. */
export async function readOne(path: string, opts: ReadMailboxOptions): Promise<RawMessage> {
  const max = opts.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  try {
    const st = await stat(path);
    if (st.size > max)
      return tooLarge(path, max);
    const raw = await readFile(path);
    return { key: sha256(raw), raw, origin: path };
  } catch (e) {
    return unreadable(path, describeIoError(e));
  }
}

/** readOne with blocking reads, for worker threads (see slices.ts). */
export function readOneSync(path: string, opts: ReadMailboxOptions): RawMessage {
  const max = opts.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  try {
    if (statSync(path).size > max)
      return tooLarge(path, max);
    const raw = readFileSync(path);
    return { key: sha256(raw), raw, origin: path };
  } catch (e) {
    return unreadable(path, describeIoError(e));
  }
}

/** A message file to read, or a folder that could not be listed. */
export type MailFile = { path: string; error?: undefined } | { path: string; error: string };

/** The message files of a maildir or a folder of .eml files, in the order they are read. */
export async function* mailFiles(path: string, kind: 'maildir' | 'eml-folder'): AsyncGenerator<MailFile> {
  if (kind === 'eml-folder') yield* emlFiles(path);
  else yield* maildirFiles(path);
}

/**
 * A maildir's messages: the files in new/ and cur/, merged and sorted by name (maildir names
 * start with the delivery time, so this is roughly chronological). Dot-files, tmp/ (deliveries
 * in progress) and anything that is not a regular file are skipped; Maildir++ subfolders
 * (".Sent/") are separate mailboxes and are not descended into.
 */
async function* maildirFiles(path: string): AsyncGenerator<MailFile> {
  const files: string[] = [];
  for (const sub of ['new', 'cur']) {
    let entries: Dirent[];
    try {
      entries = await readdir(join(path, sub), { withFileTypes: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      yield { path: join(path, sub), error: describeIoError(e) };
      continue;
    }
    for (const d of entries) {
      if (d.name.startsWith('.')) continue;
      if (d.isFile() || d.isSymbolicLink()) files.push(join(path, sub, d.name));
    }
  }
  files.sort((a, b) => {
    const x = basename(a);
    const y = basename(b);
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : 1;
  });
  for (const f of files) yield { path: f };
}

/**
 * .eml files under dir, depth-first, each folder's entries sorted by name. Hidden entries are
 * skipped and symlinked folders are not followed (no cycles).
 */
async function* emlFiles(dir: string): AsyncGenerator<MailFile> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { path: dir, error: `cannot list folder: ${describeIoError(e)}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const d of entries) {
    if (d.name.startsWith('.')) continue;
    const p = join(dir, d.name);
    if (d.isDirectory()) yield* emlFiles(p);
    else if ((d.isFile() || d.isSymbolicLink()) && d.name.toLowerCase().endsWith('.eml'))
      yield { path: p };
  }
}
