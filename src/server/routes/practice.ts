// The practice bank (R5, R6): questions that gave pause, drilled with spaced repetition.
import { z } from 'zod';
import { PracticeAddInput, PracticeReviewInput } from '../../app/use-cases/practice.js';
import { IdParams } from '../contracts.js';
import { PracticeItem, PracticeList } from '../openapi/models.js';
import { route } from '../route.js';

const TAG = 'Practice';

const PracticeQuery = z.object({
  all: z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((v) => v === 'true' || v === '1')
    .meta({ description: 'true: every question in the bank, soonest due first. Default: only the questions due today or earlier.' }),
});

const PracticeAddBody = PracticeAddInput.extend({
  question: PracticeAddInput.shape.question.meta({ description: 'The question, 3 to 500 characters.' }),
  applicationId: PracticeAddInput.shape.applicationId.meta({ description: 'The application it came up in, if any.' }),
});

const PracticeReviewBody = PracticeReviewInput.omit({ id: true }).extend({
  rating: PracticeReviewInput.shape.rating.meta({
    description: 'How it went: again (back tomorrow), hard, good or easy (each puts the next review further out).',
  }),
  outline: PracticeReviewInput.shape.outline.meta({
    description: 'Your answer outline. Replaces the stored one; an empty string clears it; left out, the stored one stays.',
  }),
});

export const practiceRoutes = [
  route({
    method: 'get',
    path: '/api/practice',
    tag: TAG,
    summary: 'Practice questions due today, or the whole bank',
    description:
      'Interview questions you rated 2 or lower and the questions your reflections say gave you pause join the bank here, due the day they arrive. Most overdue first.',
    query: PracticeQuery,
    response: PracticeList,
    handle: ({ query, useCases, actor }) => useCases.listPractice(actor, { all: query.all }),
  }),
  route({
    method: 'post',
    path: '/api/practice',
    tag: TAG,
    summary: 'Add a question to practise',
    description: 'Due today. The same question twice (ignoring case and punctuation) answers 409; a question you removed comes back with its history.',
    body: PracticeAddBody,
    status: 201,
    response: PracticeItem,
    errors: ['not_found', 'conflict'],
    handle: ({ body, useCases, actor }) => useCases.addPractice(actor, body),
  }),
  route({
    method: 'post',
    path: '/api/practice/:id/review',
    tag: TAG,
    summary: 'Record one review: your outline and how it went',
    description: 'The rating sets the next review day: again is tomorrow; hard, good and easy space it out further each time (at most 180 days).',
    params: IdParams,
    body: PracticeReviewBody,
    response: PracticeItem,
    errors: ['not_found'],
    handle: ({ params, body, useCases, actor }) => useCases.reviewPractice(actor, { ...body, id: params.id }),
  }),
  route({
    method: 'delete',
    path: '/api/practice/:id',
    tag: TAG,
    summary: 'Remove a question from the bank',
    description: 'Answers with the removed question. Its interview or reflection does not bring it back; adding it again does.',
    params: IdParams,
    response: PracticeItem,
    errors: ['not_found'],
    handle: ({ params, useCases, actor }) => useCases.removePractice(actor, params.id),
  }),
];
