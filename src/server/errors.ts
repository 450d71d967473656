// The one place where error codes become HTTP statuses (docs/API.md's table), and where an
// unexpected error becomes a bare 500 without its stack. Every error answer has the same shape:
// {"error": {"code", "message"}}.
import { isReboundError, type ErrorCode } from '../core/errors.js';

/** Codes only the HTTP face produces: requests refused before any use case runs. */
export const HTTP_ERROR_CODES = [
  'unauthorized',
  'forbidden_host',
  'forbidden_origin',
  'route_not_found',
  'payload_too_large',
  'internal',
] as const;
export type HttpErrorCode = (typeof HTTP_ERROR_CODES)[number];
export type ApiErrorCode = ErrorCode | HttpErrorCode;

export const STATUS_BY_CODE: Readonly<Record<ApiErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 500 | 502 | 503>> = {
  invalid_input: 400,
  empty_email: 400,
  binary_email: 400,
  unsupported: 400,
  unauthorized: 401,
  forbidden_host: 403,
  forbidden_origin: 403,
  not_found: 404,
  route_not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  internal: 500,
  mail_error: 502,
  store_error: 503,
};

/** A refusal by the HTTP layer itself (bad host, missing token, unknown route…). */
export class HttpProblem extends Error {
  constructor(
    readonly code: HttpErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

export interface ErrorBody {
  /** `field`: for invalid input, the member at fault as a dotted path (`questions.0.text`), when known. */
  error: { code: ApiErrorCode; message: string; field?: string };
}

export interface ErrorAnswer {
  status: (typeof STATUS_BY_CODE)[ApiErrorCode];
  body: ErrorBody;
  /** True when the error is a bug or an outage worth a line in the server's log. */
  unexpected: boolean;
}

// SQLite reports a locked, full, read-only or unreadable database with these codes: the store
// is unavailable, not buggy, so the client may retry (503) instead of reporting a bug (500).
const STORE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|FULL|READONLY|IOERR|CANTOPEN|CORRUPT|NOTADB)/;

function isStoreOutage(e: unknown): boolean {
  if (!(e instanceof Error) || e.name !== 'SqliteError') return false;
  const code = (e as Error & { code?: unknown }).code;
  return typeof code === 'string' && STORE_UNAVAILABLE.test(code);
}

const answer = (code: ApiErrorCode, message: string, unexpected = false): ErrorAnswer => ({
  status: STATUS_BY_CODE[code],
  body: { error: { code, message } },
  unexpected,
});

export function errorAnswer(e: unknown): ErrorAnswer {
  if (e instanceof HttpProblem) return answer(e.code, e.message);
  if (isReboundError(e)) {
    const a = answer(e.code, e.message, e.code === 'store_error' || e.code === 'mail_error');
    const field = e.code === 'invalid_input' ? e.details?.['field'] : undefined;
    if (typeof field === 'string' && field !== 'input') a.body.error.field = field;
    return a;
  }
  if (isStoreOutage(e)) return answer('store_error', 'Your data could not be read or written just now; try again in a moment.', true);
  return answer('internal', 'Something went wrong inside Rebound. The details are in the terminal where it runs.', true);
}
