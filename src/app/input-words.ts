// Plain words for a failed input contract, shared by the CLI and the HTTP face: "cannot be
// empty" rather than zod's "Too small: expected string to have >=1 characters".
import type { z } from 'zod';

export type Issue = z.core.$ZodIssue;

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
};

/** The value the client sent at `path`, to tell "missing" from "wrong". */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

const sizeOf = (origin: string, n: number | bigint): string =>
  origin === 'string' ? `${String(n)} character${n === 1 ? '' : 's'}` : origin === 'array' ? `${String(n)} item${n === 1 ? '' : 's'}` : String(n);

/** For a union (`"" or a status`), the issue of its last alternative: the one that says what is wanted. */
export function innermost(issue: Issue): Issue {
  if (issue.code !== 'invalid_union') return issue;
  const branches = issue.errors.filter((b) => b.length > 0);
  const last = branches[branches.length - 1]?.[0];
  return last ? innermost({ ...last, path: [...issue.path, ...last.path] }) : issue;
}

/** Plain words for one issue; a message written by the contract itself is kept as it is. */
export function problem(issue: Issue, sent: unknown): string {
  if (!/^(Invalid|Too (small|big))\b/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (sent === undefined) return 'is missing';
      return `must be ${KINDS[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'cannot be empty';
      if (issue.origin === 'array' && Number(issue.minimum) === 1) return 'needs at least one item';
      return issue.origin === 'string' || issue.origin === 'array'
        ? `needs at least ${sizeOf(issue.origin, issue.minimum)}`
        : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `is too long: at most ${sizeOf(issue.origin, issue.maximum)}`
        : `must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    default:
      return 'is not valid';
  }
}
