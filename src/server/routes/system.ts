// Health and today's agenda: the two reads every client starts with, and the two the API
// benchmark measures (npm run bench:api).
import { agendaAnswer } from '../agenda-answer.js';
import { Agenda as AgendaModel, Health } from '../openapi/models.js';
import { apiResponse } from '../respond.js';
import { route } from '../route.js';

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
    handle: async ({ useCases, actor, header }) => {
      const a = agendaAnswer(useCases, actor.userId, await useCases.todaySnapshot(actor), header);
      return apiResponse(a.body, a.status, a.headers);
    },
  }),
];
