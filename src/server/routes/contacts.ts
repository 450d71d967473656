// Contacts: the people around the search.
import { z } from 'zod';
import { NewContactBody } from '../contracts.js';
import { Contact } from '../openapi/models.js';
import { route } from '../route.js';

export const contactRoutes = [
  route({
    method: 'get',
    path: '/api/contacts',
    tag: 'Contacts',
    summary: 'List contacts',
    response: z.array(Contact),
    handle: ({ useCases, actor }) => useCases.listContacts(actor),
  }),
  route({
    method: 'post',
    path: '/api/contacts',
    tag: 'Contacts',
    summary: 'Add a contact',
    description: 'With `applicationId`, the contact is linked to that application and its plan is refreshed.',
    body: NewContactBody,
    status: 201,
    response: Contact,
    errors: ['not_found'],
    handle: ({ body, useCases, actor }) => useCases.addContact(actor, body),
  }),
];
