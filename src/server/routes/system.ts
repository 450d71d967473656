// Health and today's agenda: the two reads every client starts with, and the two the API
// benchmark measures (npm run bench:api).
import type { Agenda } from '../../app/index.js';
import { Agenda as AgendaModel, Health } from '../openapi/models.js';
import { route } from '../route.js';

interface Serialized {
  upcoming: Agenda['upcoming'];
  pipeline: Agenda['pipeline'];
  lastMood: Agenda['lastMood'];
  /** The JSON of everything but `now`, without its opening brace. */
  tail: Buffer;
}

// The today use case hands back the same agenda (with a fresh `now`) while nothing changed;
// its JSON is kept beside it, so a repeated answer is a copy, not a new serialisation.
const serialized = new WeakMap<Agenda['due'], Serialized>();

function agendaResponse(a: Agenda): Response {
  let s = serialized.get(a.due);
  if (!s || s.upcoming !== a.upcoming || s.pipeline !== a.pipeline || s.lastMood !== a.lastMood) {
    const { now: _now, ...rest } = a;
    s = { upcoming: a.upcoming, pipeline: a.pipeline, lastMood: a.lastMood, tail: Buffer.from(JSON.stringify(rest).slice(1)) };
    serialized.set(a.due, s);
  }
  const body = Buffer.concat([Buffer.from(`{"now":${JSON.stringify(a.now)},`), s.tail]);
  return new Response(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), {
    headers: { 'Content-Type': 'application/json' },
  });
}

export const systemRoutes = [
  route({
    method: 'get',
    path: '/api/health',
    tag: 'Today',
    summary: 'Is the server up?',
    description: 'Answers without touching your data, so it stays cheap to poll.',
    response: Health,
    handle: () => Promise.resolve({ ok: true as const }),
  }),
  route({
    method: 'get',
    path: '/api/today',
    tag: 'Today',
    summary: "Today's agenda",
    description:
      'What is worth doing now across every plan, the week ahead, pipeline health (active applications against the target) and the last mood check-in. Open applications gone quiet after an interview get their follow-up step here (R11).',
    response: AgendaModel,
    handle: async ({ useCases, actor }) => agendaResponse(await useCases.today(actor)),
  }),
];
