// Mood check-ins.
import { z } from 'zod';
import { MoodBody, MoodsQuery } from '../contracts.js';
import { JournalReflection, MoodCheckIn } from '../openapi/models.js';
import { route } from '../route.js';

export const journalRoutes = [
  route({
    method: 'get',
    path: '/api/reflections',
    tag: 'Journal',
    summary: 'Every reflection',
    description: 'Newest first, across all applications, each with the company and role it is about.',
    response: z.array(JournalReflection),
    handle: ({ useCases, actor }) => useCases.listAllReflections(actor),
  }),
  route({
    method: 'get',
    path: '/api/moods',
    tag: 'Journal',
    summary: 'Mood check-ins of the last days',
    description: 'Oldest first.',
    query: MoodsQuery,
    response: z.array(MoodCheckIn),
    handle: ({ query, useCases, actor }) => useCases.listMoods(actor, query.days),
  }),
  route({
    method: 'post',
    path: '/api/moods',
    tag: 'Journal',
    summary: 'Log a mood check-in',
    description: "Completes a recent plan's check-in step; several low moods bring a step to talk to someone you trust (R10).",
    body: MoodBody,
    status: 201,
    response: MoodCheckIn,
    handle: ({ body, useCases, actor }) => useCases.logMood(actor, body),
  }),
];
