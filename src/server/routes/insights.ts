// What the rejections teach, over the whole search.
import { Insights } from '../openapi/insights-models.js';
import { route } from '../route.js';

export const insightsRoutes = [
  route({
    method: 'get',
    path: '/api/insights',
    tag: 'Insights',
    summary: 'Insights over the whole search',
    description:
      'The funnel by stage and by source, where rejections happen and what that points at, feedback themes over time, reply rates of thank-you notes and feedback requests, time to decision and silence by company, results by resume version, and mood beside activity.',
    response: Insights,
    handle: ({ useCases, actor }) => useCases.insights(actor),
  }),
];
