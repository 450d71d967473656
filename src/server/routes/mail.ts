// Job mail: the classifier's verdict on one message, and the review queue of uncertain mail.
import { z } from 'zod';
import { ClassifyBody, IdParams, ReviewBody } from '../contracts.js';
import { JobEmail, Verdict } from '../openapi/models.js';
import { route } from '../route.js';

const TAG = 'Email';

export const mailRoutes = [
  route({
    method: 'post',
    path: '/api/classify',
    tag: TAG,
    summary: 'Say what a job email is',
    description: 'The label (rejection, interview, …), how sure, the company and role it names, and why. Nothing is stored.',
    body: ClassifyBody,
    response: Verdict,
    handle: ({ body, useCases, actor }) => Promise.resolve(useCases.classifyText(actor, body)),
  }),
  route({
    method: 'get',
    path: '/api/review',
    tag: TAG,
    summary: 'Mail waiting for a quick look',
    description: 'Job mail the classifier or the matcher was unsure about. Bodies are plain text: show them as text.',
    response: z.array(JobEmail),
    handle: ({ useCases, actor }) => useCases.listReview(actor),
  }),
  route({
    method: 'post',
    path: '/api/review/:id',
    tag: TAG,
    summary: 'Accept, relabel, link or ignore a reviewed email',
    description: 'Relabel needs `label`, link needs `applicationId`. The choice is remembered for mail from the same sender and template.',
    params: IdParams,
    body: ReviewBody,
    response: JobEmail,
    errors: ['not_found'],
    handle: ({ params, body, useCases, actor }) => useCases.reviewEmail(actor, { ...body, emailId: params.id }),
  }),
];
