// Where rejections happen (the stage each ended application reached), and what that points at.
import { STAGES, type Stage } from '../types.js';
import { rate, stageOf, type AppFacts } from './data.js';
import { ENOUGH, listOf } from './words.js';

/** Where effort pays most, by the stage most rejections come at. */
export type Focus = 'applications' | 'screens' | 'first_interviews' | 'final_rounds';

export interface RejectionStageRow {
  stage: Stage;
  count: number;
  share: number | null;
}

export interface RejectionStagesSection {
  takeaway: string;
  enoughData: boolean;
  total: number;
  stages: RejectionStageRow[];
  /** The stage most rejections come at, when it stands out with enough data; else null. */
  mostCommon: Stage | null;
  focus: Focus | null;
}

const WHERE: Record<Stage, { where: string; noun: string; focus: Focus; action: string }> = {
  application: {
    where: 'before any interview',
    noun: 'applications',
    focus: 'applications',
    action: 'tailoring your resume and cover note to each role is where effort pays most',
  },
  screen: {
    where: 'after screening calls',
    noun: 'screening calls',
    focus: 'screens',
    action:
      'a short, clear story of your experience and what you are looking for is where effort pays most',
  },
  interview: {
    where: 'after first interviews',
    noun: 'first interviews',
    focus: 'first_interviews',
    action: 'practising those questions is where effort pays most',
  },
  final: {
    where: 'in final rounds',
    noun: 'final rounds',
    focus: 'final_rounds',
    action:
      'you are getting close, so preparing for the last round and staying in touch with the people you met pays most',
  },
};

export function rejectionStagesSection(apps: readonly AppFacts[]): RejectionStagesSection {
  const ended = apps.filter((a) => a.ended);
  const total = ended.length;
  const stages = STAGES.map((stage) => {
    const count = ended.filter((a) => stageOf(a.furthest) === stage).length;
    return { stage, count, share: rate(count, total) };
  });
  const top = Math.max(...stages.map((s) => s.count));
  const leaders = stages.filter((s) => s.count === top);
  const lead = leaders.length === 1 && top >= ENOUGH ? (leaders[0] as RejectionStageRow) : null;

  let takeaway: string;
  if (total < ENOUGH) {
    takeaway = `Too early to see where things stop: with fewer than ${String(ENOUGH)} answers, any pattern would be a guess.`;
  } else if (!lead) {
    takeaway =
      top < ENOUGH
        ? 'Your rejections are spread across the stages, with none coming up often enough yet to call it a pattern.'
        : `Your rejections are split evenly between ${listOf(leaders.map((s) => WHERE[s.stage].noun))}, so no single stage stands out yet.`;
  } else {
    const w = WHERE[lead.stage];
    const opening =
      lead.count * 2 > total ? 'Most of your rejections come' : 'Rejections come most often';
    takeaway = `${opening} ${w.where} (${String(lead.count)} of ${String(total)}): ${w.action}.`;
  }
  return {
    takeaway,
    enoughData: total >= ENOUGH,
    total,
    stages,
    mostCommon: total >= ENOUGH && lead ? lead.stage : null,
    focus: total >= ENOUGH && lead ? WHERE[lead.stage].focus : null,
  };
}
