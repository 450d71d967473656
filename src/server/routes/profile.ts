// The profile and settings, and the demo data for a first look around.
import { ProfileBody } from '../contracts.js';
import { DemoLoaded, ProfileRecord } from '../openapi/models.js';
import { route } from '../route.js';

export const profileRoutes = [
  route({
    method: 'get',
    path: '/api/profile',
    tag: 'Settings',
    summary: 'Your profile and settings',
    response: ProfileRecord,
    handle: ({ useCases, actor }) => useCases.getProfile(actor),
  }),
  route({
    method: 'patch',
    path: '/api/profile',
    tag: 'Settings',
    summary: 'Change your profile or settings',
    description: 'Changes only the fields given.',
    body: ProfileBody,
    response: ProfileRecord,
    handle: ({ body, useCases, actor }) => useCases.setProfile(actor, body),
  }),
  route({
    method: 'post',
    path: '/api/demo',
    tag: 'Settings',
    summary: 'Load the demo search',
    description: 'A small, realistic search dated around today. Only into an empty store: 409 `conflict` otherwise.',
    status: 201,
    response: DemoLoaded,
    errors: ['conflict'],
    handle: ({ useCases, actor }) => useCases.loadDemo(actor),
  }),
];
