// Small argument helpers shared by the commands.
import fs from 'node:fs';
import { invalid } from '../core/errors.js';

/** Repeatable option collector: --with 1 --with 2, or --with 1 2. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function positiveInt(value: string, what: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) <= 0) throw invalid(`${what} must be a positive whole number, not "${value}".`);
  return Number(value);
}

export async function readStdin(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Reads a file the user named, or stdin for "-". */
export async function readSource(source: string, stdin: NodeJS.ReadableStream): Promise<Buffer> {
  if (source === '-') return readStdin(stdin);
  try {
    return fs.readFileSync(source);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw invalid(code === 'ENOENT' ? `No file at ${source}.` : `Could not read ${source} (${code ?? 'error'}).`);
  }
}

export function writeFileSafely(target: string, data: Buffer | string): void {
  try {
    fs.writeFileSync(target, data);
  } catch (e) {
    throw invalid(`Could not write ${target} (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
}
