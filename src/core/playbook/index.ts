// The playbook engine's public surface.
export { buildPlan, stageReached, type Plan } from './engine.js';
export { mergeDecisions, type MergedStep } from './merge.js';
export type { PlanFacts, PipelineFacts } from './facts.js';
export { occasionNear, occasionsFor, type Occasion } from './holidays.js';
