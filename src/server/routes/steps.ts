// Acting on a plan: done, skip, snooze, reopen; and the step's draft (read, edit, download).
import { DraftBody, IdParams, StepChangeBody } from '../contracts.js';
import { Draft, PlanStep, StepDraft } from '../openapi/models.js';
import { route } from '../route.js';

const TAG = 'Steps and drafts';

export const stepRoutes = [
  route({
    method: 'post',
    path: '/api/steps/:id',
    tag: TAG,
    summary: 'Mark a step done, skip, snooze or reopen it',
    description: 'Snooze defaults to two days; `until` must be in the future. `reason` is kept with a skip. The plan is refreshed afterwards.',
    params: IdParams,
    body: StepChangeBody,
    response: PlanStep,
    errors: ['not_found'],
    handle: ({ params, body, useCases, actor }) => useCases.changeStep(actor, { ...body, stepId: params.id }),
  }),
  route({
    method: 'get',
    path: '/api/steps/:id/draft',
    tag: TAG,
    summary: "A step's draft",
    description: 'Steps that are not messages (a reflection, a check-in) answer 400 `unsupported`.',
    params: IdParams,
    response: StepDraft,
    errors: ['not_found', 'unsupported'],
    handle: ({ params, useCases, actor }) => useCases.getDraft(actor, params.id),
  }),
  route({
    method: 'put',
    path: '/api/steps/:id/draft',
    tag: TAG,
    summary: 'Save your own wording of a draft',
    description: 'Later plan updates keep your text.',
    params: IdParams,
    body: DraftBody,
    response: Draft,
    errors: ['not_found', 'unsupported'],
    handle: ({ params, body, useCases, actor }) => useCases.editDraft(actor, params.id, body),
  }),
  route({
    method: 'get',
    path: '/api/steps/:id/draft.eml',
    tag: TAG,
    summary: 'Download the draft as an .eml file',
    description:
      'From you, to the contact, replying to the stored rejection email when it came from them. Open it in your mail client to send it: nothing is sent from here.',
    params: IdParams,
    response: { contentType: 'message/rfc822', description: 'The draft as an RFC 5322 message, sent as an attachment.' },
    errors: ['not_found', 'unsupported'],
    handle: async ({ params, useCases, actor }) => {
      const step = await useCases.getStep(actor, params.id);
      const eml = await useCases.draftAsEml(actor, params.id);
      return new Response(new Uint8Array(eml), {
        headers: {
          'Content-Type': 'message/rfc822',
          'Content-Disposition': `attachment; filename="rebound-${step.kind.replace(/_/g, '-')}-${step.id}.eml"`,
        },
      });
    },
  }),
];
