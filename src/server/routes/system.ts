// Health and today's agenda: the two reads every client starts with.
import { Agenda, Health } from '../openapi/models.js';
import { route } from '../route.js';

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
    response: Agenda,
    handle: ({ useCases, actor }) => useCases.today(actor),
  }),
];
