// The insights answer (GET /api/insights) as zod schemas for the OpenAPI document; the check at
// the bottom fails the build if it drifts from src/core/insights.
import { z } from 'zod';
import { FUNNEL_STAGES, type Insights as InsightsT } from '../../core/insights/index.js';
import { STAGES, THEMES } from '../../core/types.js';

const count = z.number().int();
const share = z.number().nullable().meta({ description: 'A share between 0 and 1, or null when there is nothing to divide by.' });
const days = z.number().nullable();
const section = {
  takeaway: z.string().meta({ description: 'One sentence a person can act on.' }),
  enoughData: z.boolean().meta({ description: 'False while there is too little data to read much into it.' }),
};
const stage = z.enum(STAGES);
const theme = z.enum(THEMES);
const response = z.object({ sent: count, replied: count, rate: share, specific: count });

export const Insights = z
  .object({
    now: z.string(),
    funnel: z.object({
      ...section,
      applications: count,
      stages: z.array(
        z.object({ stage: z.enum(FUNNEL_STAGES), reached: count, fromPrevious: share, fromApplied: share, endedHere: count }),
      ),
    }),
    sources: z.object({
      ...section,
      sources: z.array(
        z.object({
          source: z.string(),
          applications: count,
          screen: count,
          interview: count,
          final: count,
          offer: count,
          interviewRate: share,
        }),
      ),
    }),
    rejectionStages: z.object({
      ...section,
      total: count,
      stages: z.array(z.object({ stage, count, share })),
      mostCommon: stage.nullable(),
      focus: z.enum(['applications', 'screens', 'first_interviews', 'final_rounds']).nullable(),
    }),
    feedbackThemes: z.object({
      ...section,
      feedback: count,
      vague: count,
      themes: z.array(z.object({ theme, count, controllable: z.boolean(), skills: z.array(z.string()) })),
      controllable: count,
      outside: count,
      months: z.array(
        z.object({
          month: z.string().meta({ description: 'YYYY-MM' }),
          feedback: count,
          themes: z.record(theme, count),
          controllable: count,
          outside: count,
        }),
      ),
    }),
    responses: z.object({ ...section, thankYou: response, feedbackRequest: response }),
    decisions: z.object({
      ...section,
      decided: count,
      medianDays: days,
      byStage: z.array(z.object({ stage, decided: count, medianDays: days })),
      ghosted: count,
      ghostedShare: share,
      companies: z.array(z.object({ company: z.string(), applications: count, ghosted: count })),
    }),
    resumes: z.object({
      ...section,
      versions: z.array(
        z.object({
          version: z.string(),
          applications: count,
          interviews: count,
          interviewRate: share,
          rejections: count,
          rejectionRate: share,
        }),
      ),
    }),
    mood: z.object({
      ...section,
      checkIns: count,
      average: z.number().nullable(),
      withRejections: z.number().nullable(),
      withoutRejections: z.number().nullable(),
      withApplications: z.number().nullable(),
      withoutApplications: z.number().nullable(),
      weeks: z.array(
        z.object({
          week: z.string(),
          mood: z.number().nullable(),
          checkIns: count,
          applications: count,
          rejections: count,
        }),
      ),
    }),
  })
  .meta({
    id: 'Insights',
    description: 'What the rejections teach: each section has a one-sentence takeaway and the numbers behind it.',
  });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;
export type InsightsCheck = Expect<Same<z.output<typeof Insights>, InsightsT>>;
