// The playbook engine's public surface.
export { buildPlan, stageReached, type Plan } from './engine.js';
export { mergeDecisions, USER_SKIP_REASON, type MergedStep, type PriorDecision } from './merge.js';
export type { PlanFacts, PipelineFacts } from './facts.js';
export { supportStreaks } from './rules.js';
export { occasionNear, occasionsFor, type Occasion } from './holidays.js';
