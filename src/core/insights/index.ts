// Insights over the whole search: a pure function of the user's records and `now`. Each section
// is plain JSON (numbers a chart can draw) with a one-sentence takeaway to show above it.
import type { IsoInstant } from '../types.js';
import { applicationFacts, type InsightsData } from './data.js';
import { decisionsSection, type DecisionsSection } from './decisions.js';
import {
  funnelSection,
  sourcesSection,
  type FunnelSection,
  type SourcesSection,
} from './funnel.js';
import { moodSection, type MoodSection } from './mood.js';
import { rejectionStagesSection, type RejectionStagesSection } from './rejections.js';
import { responsesSection, type ResponsesSection } from './responses.js';
import { resumesSection, type ResumesSection } from './resumes.js';
import { themesSection, type ThemesSection } from './themes.js';

export interface Insights {
  now: IsoInstant;
  funnel: FunnelSection;
  sources: SourcesSection;
  rejectionStages: RejectionStagesSection;
  feedbackThemes: ThemesSection;
  responses: ResponsesSection;
  decisions: DecisionsSection;
  resumes: ResumesSection;
  mood: MoodSection;
}

export type InsightSectionKey = Exclude<keyof Insights, 'now'>;

/** The sections in reading order, with the heading each is shown under. */
export const INSIGHT_SECTIONS: ReadonlyArray<{ key: InsightSectionKey; title: string }> = [
  { key: 'rejectionStages', title: 'Where rejections happen' },
  { key: 'feedbackThemes', title: 'What feedback says' },
  { key: 'funnel', title: 'How far applications get' },
  { key: 'sources', title: 'Where applications come from' },
  { key: 'resumes', title: 'Resume versions' },
  { key: 'responses', title: 'Replies to your notes' },
  { key: 'decisions', title: 'Time to decision and silence' },
  { key: 'mood', title: 'Mood beside activity' },
];

export function computeInsights(data: InsightsData, now: IsoInstant): Insights {
  const apps = applicationFacts(data);
  return {
    now,
    funnel: funnelSection(apps),
    sources: sourcesSection(apps),
    rejectionStages: rejectionStagesSection(apps),
    feedbackThemes: themesSection(data.feedback, now),
    responses: responsesSection(data.steps, data.feedback),
    decisions: decisionsSection(apps),
    resumes: resumesSection(apps),
    mood: moodSection(data, apps, now),
  };
}

export { FUNNEL_STAGES, type FunnelStage, type InsightsData, type StepOutcome } from './data.js';
export type {
  DecisionsSection,
  FunnelSection,
  MoodSection,
  RejectionStagesSection,
  ResponsesSection,
  ResumesSection,
  SourcesSection,
  ThemesSection,
};
export { weeklyReview, type WeekData } from './week.js';
