// Domain errors carry a stable code. Only the HTTP layer maps codes to statuses; the CLI maps
// them to exit codes. Messages are one line, written for the person reading them.

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'empty_email',
  'binary_email',
  'unsupported',
  'store_error',
  'mail_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class ReboundError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ReboundError';
    this.code = code;
    this.details = details;
  }
}

export const isReboundError = (e: unknown): e is ReboundError => e instanceof ReboundError;

export function notFound(what: string, id: number | string): ReboundError {
  return new ReboundError('not_found', `No ${what} with id ${String(id)}.`, { what, id });
}

export function invalid(message: string, details?: Record<string, unknown>): ReboundError {
  return new ReboundError('invalid_input', message, details);
}
