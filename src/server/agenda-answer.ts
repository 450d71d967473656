// Today's agenda as an HTTP answer: the bytes are kept per computed agenda (agenda-body.ts) and
// each request only picks its form: 304, brotli, gzip or plain JSON. Used by the /api/today
// route and by the fast lane in front of the router (fast-lane.ts), so both answer alike.
import crypto from 'node:crypto';
import type { UseCases } from '../app/index.js';
import type { AgendaSnapshot } from '../app/use-cases/today.js';
import { betterBrotli, brotliWithNow, gzipWithNow, jsonWithNow, matchesEtag, pickCoding, prepareJson, type Coding, type PreparedJson } from './agenda-body.js';
import { apiHeaders } from './respond.js';

type HeaderSet = Readonly<Record<string, string>>;

export interface RawAnswer {
  status: number;
  headers: HeaderSet;
  body: Buffer | null;
}

// ETags name one computed agenda of one server run: a restart never reuses one.
const RUN = crypto.randomBytes(6).toString('base64url');

interface Rendered {
  version: number;
  etag: string;
  /** Replaced once, when the smaller brotli form is ready (same JSON, same ETag). */
  body: PreparedJson;
  headers: { notModified: HeaderSet; json: HeaderSet; gzip: HeaderSet; br: HeaderSet };
}

// The agenda's bytes, kept for the computation they were made from: per app (a computation's
// version is only unique within its use cases) and per user. The today use case says when the
// agenda is still the same (a store change token and the instant the agenda would next
// change): until then an answer costs a copy, not a serialisation.
const rendered = new WeakMap<UseCases, Map<number, Rendered>>();

function render(useCases: UseCases, userId: number, s: AgendaSnapshot): Rendered {
  let perUser = rendered.get(useCases);
  if (perUser === undefined) {
    perUser = new Map();
    rendered.set(useCases, perUser);
  }
  const kept = perUser.get(userId);
  if (kept?.version === s.version) return kept;
  const etag = `W/"${RUN}-${s.version}"`;
  // The browser may keep the agenda but asks again every time; the same ETag means nothing
  // changed but `now`, and a 304 then costs almost nothing.
  const common = { 'Cache-Control': 'private, no-cache', ETag: etag, Vary: 'Accept-Encoding' };
  const r: Rendered = {
    version: s.version,
    etag,
    body: prepareJson(s.agenda),
    headers: {
      notModified: apiHeaders(common),
      json: apiHeaders({ ...common, 'Content-Type': 'application/json' }),
      gzip: apiHeaders({ ...common, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }),
      br: apiHeaders({ ...common, 'Content-Type': 'application/json', 'Content-Encoding': 'br' }),
    },
  };
  perUser.set(userId, r);
  const users = perUser;
  betterBrotli(r.body).then(
    (better) => {
      if (better && users.get(userId) === r) r.body = better;
    },
    // The quick form stays: it is correct, only a little bigger.
    () => undefined,
  );
  return r;
}

// Clients send the same Accept-Encoding on every request: read it once per distinct value.
const codings = new Map<string, Coding>();
function codingFor(header: string | undefined): Coding {
  if (header === undefined) return 'identity';
  let c = codings.get(header);
  if (c === undefined) {
    c = pickCoding(header);
    // A bound, so odd clients cannot grow it without limit.
    if (codings.size >= 64) codings.clear();
    codings.set(header, c);
  }
  return c;
}

/** The answer to GET /api/today for this snapshot and these request headers. */
export function agendaAnswer(useCases: UseCases, userId: number, s: AgendaSnapshot, header: (name: string) => string | undefined): RawAnswer {
  const r = render(useCases, userId, s);
  if (matchesEtag(header('if-none-match'), r.etag)) return { status: 304, headers: r.headers.notModified, body: null };
  const coding = codingFor(header('accept-encoding'));
  const br = coding === 'br' ? brotliWithNow(r.body, s.now) : null;
  if (br) return { status: 200, headers: r.headers.br, body: br };
  const gz = coding !== 'identity' ? gzipWithNow(r.body, s.now) : null;
  if (gz) return { status: 200, headers: r.headers.gzip, body: gz };
  return { status: 200, headers: r.headers.json, body: jsonWithNow(r.body, s.now) };
}
