// How a phrasing becomes a message: greeting, paragraphs, closing word and sign-off.
import type { Facts } from './facts.js';
import { tidyLines } from './text.js';

export type Greeting = 'Hi' | 'Hello' | 'Dear';

/** One phrasing's output, before the greeting and sign-off are put around it. */
export interface Message {
  subject: string;
  greeting: Greeting;
  /** Paragraphs in order; null or empty ones are left out. */
  paragraphs: ReadonlyArray<string | null>;
  /** The closing word, without its comma ("Best", "With thanks"). */
  closing: string;
}

export type Phrasing = (f: Facts) => Message;

/** Joins the sentences that are present into one paragraph. */
export function para(
  ...sentences: ReadonlyArray<string | null | false | undefined>
): string | null {
  const kept = sentences.filter((s): s is string => typeof s === 'string' && s.trim() !== '');
  return kept.length === 0 ? null : kept.join(' ');
}

/** "Hi Dana," with a first name; a neutral "Hello," when the name is unknown. */
export function greetingLine(f: Facts, greeting: Greeting): string {
  return f.first === null ? 'Hello,' : `${greeting} ${f.first},`;
}

/** "Best," then the sign-off on the next line, or the closing word alone when there is none. */
export function signOffLines(closing: string, signOff: string | null): string {
  return signOff === null ? `${closing},` : `${closing},\n${signOff}`;
}

export function assemble(f: Facts, m: Message, signOff: string | null): string {
  const paragraphs = m.paragraphs.filter((p): p is string => p !== null && p.trim() !== '');
  return tidyLines(
    [greetingLine(f, m.greeting), ...paragraphs, signOffLines(m.closing, signOff)].join('\n\n'),
  );
}
