// Keeping in touch (R7): touch-bases, tag cadences, saved articles, milestones, and undo for an
// interaction or a piece of news noted by mistake. Per-contact routes live in contacts.ts.
import { z } from 'zod';
import { ArticleInput, MilestoneInput, TagCadenceInput } from '../../app/use-cases/touch.js';
import { IdParams } from '../contracts.js';
import { ContactEvent, Interaction, Milestone, SavedArticle, TagCadence, TouchBase } from '../openapi/models.js';
import { route } from '../route.js';

const TAG = 'Keeping in touch';

const TagParams = z.object({ tag: z.string().meta({ description: 'The tag (any case; stored lower-case).' }) });

export const touchRoutes = [
  route({
    method: 'get',
    path: '/api/touch-bases',
    tag: TAG,
    summary: 'Everyone you keep in touch with',
    description: 'Each person with a cadence (their own, a tag, or the default after a final round), soonest ideal day first, with the reason and a draft. Snoozed people are left out until the snooze ends.',
    response: z.array(TouchBase),
    handle: ({ useCases, actor }) => useCases.listTouchBases(actor),
  }),
  route({
    method: 'delete',
    path: '/api/interactions/:id',
    tag: TAG,
    summary: 'Remove an interaction logged by mistake',
    params: IdParams,
    response: Interaction,
    errors: ['not_found'],
    handle: ({ params, useCases, actor }) => useCases.deleteInteraction(actor, params.id),
  }),
  route({
    method: 'delete',
    path: '/api/contact-events/:id',
    tag: TAG,
    summary: 'Remove a piece of news noted by mistake',
    params: IdParams,
    response: ContactEvent,
    errors: ['not_found'],
    handle: ({ params, useCases, actor }) => useCases.deleteContactEvent(actor, params.id),
  }),
  route({
    method: 'get',
    path: '/api/cadences/tags',
    tag: TAG,
    summary: 'Cadences set per tag',
    response: z.array(TagCadence),
    handle: ({ useCases, actor }) => useCases.listTagCadences(actor),
  }),
  route({
    method: 'put',
    path: '/api/cadences/tags/:tag',
    tag: TAG,
    summary: 'Set the cadence for everyone with a tag',
    description: 'People with a cadence of their own keep it; with several tagged cadences, the shortest applies.',
    params: TagParams,
    body: TagCadenceInput.omit({ tag: true }),
    response: TagCadence,
    handle: ({ params, body, useCases, actor }) => useCases.setTagCadence(actor, { tag: params.tag, everyDays: body.everyDays }),
  }),
  route({
    method: 'delete',
    path: '/api/cadences/tags/:tag',
    tag: TAG,
    summary: "Remove a tag's cadence",
    params: TagParams,
    response: TagCadence,
    errors: ['not_found'],
    handle: ({ params, useCases, actor }) => useCases.deleteTagCadence(actor, params.tag),
  }),
  route({
    method: 'get',
    path: '/api/articles',
    tag: TAG,
    summary: 'Saved articles, newest first',
    response: z.array(SavedArticle),
    handle: ({ useCases, actor }) => useCases.listArticles(actor),
  }),
  route({
    method: 'post',
    path: '/api/articles',
    tag: TAG,
    summary: 'Save an article to share',
    description: "Tags decide whom it suits: a contact's tags, or their company's name. Nothing is fetched from the link.",
    body: ArticleInput,
    status: 201,
    response: SavedArticle,
    handle: ({ body, useCases, actor }) => useCases.addArticle(actor, body),
  }),
  route({
    method: 'delete',
    path: '/api/articles/:id',
    tag: TAG,
    summary: 'Remove a saved article',
    params: IdParams,
    response: SavedArticle,
    errors: ['not_found'],
    handle: ({ params, useCases, actor }) => useCases.deleteArticle(actor, params.id),
  }),
  route({
    method: 'get',
    path: '/api/milestones',
    tag: TAG,
    summary: 'Your milestones, newest first',
    response: z.array(Milestone),
    handle: ({ useCases, actor }) => useCases.listMilestones(actor),
  }),
  route({
    method: 'post',
    path: '/api/milestones',
    tag: TAG,
    summary: 'Add a milestone of your own',
    description: 'A new skill, a course finished, a project shipped. `on` defaults to today and cannot be in the future.',
    body: MilestoneInput,
    status: 201,
    response: Milestone,
    handle: ({ body, useCases, actor }) => useCases.addMilestone(actor, body),
  }),
  route({
    method: 'delete',
    path: '/api/milestones/:id',
    tag: TAG,
    summary: 'Remove a milestone',
    params: IdParams,
    response: Milestone,
    errors: ['not_found'],
    handle: ({ params, useCases, actor }) => useCases.deleteMilestone(actor, params.id),
  }),
];
