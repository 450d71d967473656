// Request validation for the HTTP face: the route's zod contract, and on failure one line that
// names the field as the client sent it (a body member, a query parameter, the id in the
// address) and says what is wrong in plain words instead of zod's own phrasing.
import type { z } from 'zod';
import { invalid } from '../core/errors.js';
import { innermost, problem, valueAt } from '../app/input-words.js';

export type Part = 'path' | 'query' | 'body';

/** The field as the client knows it: `participantIds, item 2`, `the id in the address`. */
export function fieldLabel(part: Part, path: readonly PropertyKey[]): string {
  const words = path.map((k) => (typeof k === 'number' ? `item ${k + 1}` : String(k))).join(', ');
  if (part === 'path') return `the ${words || 'id'} in the address`;
  if (part === 'query') return words ? `${words} (in the query)` : 'the query';
  return words || 'the request body';
}

/** Parses `input` with `schema`, or throws invalid_input naming the field and the problem. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, part: Part): z.output<S> {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) return r.data;
  const first = r.error.issues[0];
  if (!first) throw invalid('The request is not valid.');
  const issue = innermost(first);
  const sent = valueAt(input, issue.path);
  const label = fieldLabel(part, issue.path);
  const start = label.startsWith('the ') ? `T${label.slice(1)}` : label;
  throw invalid(`${start}: ${problem(issue, sent)}.`, {
    field: issue.path.map(String).join('.') || part,
  });
}
