// Applications and everything hanging off one: interviews, the rejection, the plan, feedback
// and reflections. The application id always comes from the path.
import { z } from 'zod';
import {
  ApplicationPatchBody,
  ApplicationsQuery,
  FeedbackBody,
  IdParams,
  NewApplicationBody,
  NewInterviewBody,
  ReflectionBody,
  RejectionBody,
} from '../contracts.js';
import { Application, ApplicationDetail, Feedback, Interview, PlanView, Reflection } from '../openapi/models.js';
import { route } from '../route.js';

const TAG = 'Applications';

export const applicationRoutes = [
  route({
    method: 'get',
    path: '/api/applications',
    tag: TAG,
    summary: 'List applications',
    description: 'Newest first. Filter by status, or search company and role.',
    query: ApplicationsQuery,
    response: z.array(Application),
    handle: ({ query, useCases, actor }) => useCases.listApplications(actor, query),
  }),
  route({
    method: 'post',
    path: '/api/applications',
    tag: TAG,
    summary: 'Add an application',
    description: '`appliedOn` defaults to today, except on the wishlist.',
    body: NewApplicationBody,
    status: 201,
    response: Application,
    handle: ({ body, useCases, actor }) => useCases.addApplication(actor, body),
  }),
  route({
    method: 'get',
    path: '/api/applications/:id',
    tag: TAG,
    summary: 'One application with its whole timeline',
    description: 'The application, its rejection, plan steps, interviews, contacts, feedback, reflections and kept emails (as plain text).',
    params: IdParams,
    response: ApplicationDetail,
    errors: ['not_found'],
    handle: ({ params, useCases, actor }) => useCases.getApplicationDetail(actor, params.id),
  }),
  route({
    method: 'patch',
    path: '/api/applications/:id',
    tag: TAG,
    summary: 'Edit an application',
    description: 'Changes only the fields given. A rejected application gets its plan refreshed.',
    params: IdParams,
    body: ApplicationPatchBody,
    response: Application,
    errors: ['not_found'],
    handle: ({ params, body, useCases, actor }) => useCases.updateApplication(actor, params.id, body),
  }),
  route({
    method: 'post',
    path: '/api/applications/:id/interviews',
    tag: TAG,
    summary: 'Log an interview',
    description: 'Participants are contact ids. An application still at applied or screening moves to interviewing.',
    params: IdParams,
    body: NewInterviewBody,
    status: 201,
    response: Interview,
    errors: ['not_found'],
    handle: ({ params, body, useCases, actor }) => useCases.addInterview(actor, { ...body, applicationId: params.id }),
  }),
  route({
    method: 'post',
    path: '/api/applications/:id/rejection',
    tag: TAG,
    summary: 'Record a rejection and get the plan',
    description:
      'Paste the email (or a raw .eml) in `email` and Rebound reads who sent it, when, and how it was worded; or log a call, letter or silence with `channel`. Recording again replaces the rejection and keeps your decisions on the plan.',
    params: IdParams,
    body: RejectionBody,
    status: 201,
    response: PlanView,
    errors: ['not_found', 'empty_email', 'binary_email'],
    handle: ({ params, body, useCases, actor }) => {
      const { email, ...rest } = body;
      return useCases.recordRejection(actor, {
        ...rest,
        applicationId: params.id,
        rawEmail: email === null || email === undefined ? null : Buffer.from(email, 'utf8'),
      });
    },
  }),
  route({
    method: 'get',
    path: '/api/applications/:id/plan',
    tag: TAG,
    summary: "An application's plan",
    params: IdParams,
    response: PlanView,
    errors: ['not_found'],
    handle: ({ params, useCases, actor }) => useCases.getPlan(actor, params.id),
  }),
  route({
    method: 'post',
    path: '/api/applications/:id/feedback',
    tag: TAG,
    summary: 'Add feedback received',
    description: 'A non-answer is marked vague unless `vague` says otherwise; vague feedback brings one short follow-up step (R4).',
    params: IdParams,
    body: FeedbackBody,
    status: 201,
    response: Feedback,
    errors: ['not_found'],
    handle: ({ params, body, useCases, actor }) => useCases.addFeedback(actor, { ...body, applicationId: params.id }),
  }),
  route({
    method: 'post',
    path: '/api/applications/:id/reflections',
    tag: TAG,
    summary: 'Add a reflection',
    params: IdParams,
    body: ReflectionBody,
    status: 201,
    response: Reflection,
    errors: ['not_found'],
    handle: ({ params, body, useCases, actor }) => useCases.addReflection(actor, { ...body, applicationId: params.id }),
  }),
];
