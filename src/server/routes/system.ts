// Health and today's agenda: the two reads every client starts with, and the two the API
// benchmark measures (npm run bench:api).
import crypto from 'node:crypto';
import type { AgendaSnapshot } from '../../app/use-cases/today.js';
import { brotliWithNow, gzipWithNow, jsonWithNow, matchesEtag, pickCoding, prepareJson, type Coding, type PreparedJson } from '../agenda-body.js';
import { Agenda as AgendaModel, Health } from '../openapi/models.js';
import { apiHeaders, apiResponse } from '../respond.js';
import { route } from '../route.js';

// ETags name one computed agenda of one server run: a restart never reuses one.
const RUN = crypto.randomBytes(6).toString('base64url');

interface Rendered {
  version: number;
  etag: string;
  body: PreparedJson;
  headers: { notModified: HeaderSet; json: HeaderSet; gzip: HeaderSet; br: HeaderSet };
}
type HeaderSet = Readonly<Record<string, string>>;

// The agenda's bytes, kept for the computation they were made from (one per user). The today
// use case says when the agenda is still the same (a store change token and the instant the
// agenda would next change): until then an answer costs a copy, not a serialisation.
const rendered = new Map<number, Rendered>();

function render(userId: number, s: AgendaSnapshot): Rendered {
  const kept = rendered.get(userId);
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
  rendered.set(userId, r);
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

function agendaResponse(userId: number, s: AgendaSnapshot, header: (name: string) => string | undefined): Response {
  const r = render(userId, s);
  if (matchesEtag(header('if-none-match'), r.etag)) return apiResponse(null, 304, r.headers.notModified);
  const coding = codingFor(header('accept-encoding'));
  const br = coding === 'br' ? brotliWithNow(r.body, s.now) : null;
  if (br) return apiResponse(br, 200, r.headers.br);
  const gz = coding !== 'identity' ? gzipWithNow(r.body, s.now) : null;
  if (gz) return apiResponse(gz, 200, r.headers.gzip);
  return apiResponse(jsonWithNow(r.body, s.now), 200, r.headers.json);
}

export const systemRoutes = [
  route({
    method: 'get',
    path: '/api/health',
    tag: 'Today',
    summary: 'Is the server up?',
    description: "Answers without touching your data, so it stays cheap to poll. `now` is the server's clock.",
    response: Health,
    handle: ({ now }) => Promise.resolve({ ok: true as const, now: now() }),
  }),
  route({
    method: 'get',
    path: '/api/today',
    tag: 'Today',
    summary: "Today's agenda",
    description:
      'What is worth doing now across every plan, the week ahead, pipeline health (active applications against the target) and the last mood check-in. Open applications gone quiet after an interview get their follow-up step here (R11). Sent with a weak ETag: `If-None-Match` answers 304 while nothing but `now` changed; brotli or gzip when asked for.',
    response: AgendaModel,
    handle: async ({ useCases, actor, header }) => agendaResponse(actor.userId, await useCases.todaySnapshot(actor), header),
  }),
];
