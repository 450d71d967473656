// The tone check (R9) for text the user is about to send.
import { ToneBody } from '../contracts.js';
import { ToneReport } from '../openapi/models.js';
import { route } from '../route.js';

export const toneRoutes = [
  route({
    method: 'post',
    path: '/api/tone',
    tag: 'Steps and drafts',
    summary: 'Check the tone of a message',
    description:
      'Passages that may land badly, each with why and a calmer wording. Names of your contacts and companies are not flagged as misspelt. Nothing is stored or sent.',
    body: ToneBody,
    response: ToneReport,
    handle: async ({ body, useCases, actor }) => {
      const report = await useCases.checkMessageTone(actor, { text: body.text, kind: body.kind ?? null });
      return { findings: report.findings };
    },
  }),
];
