import { describe, expect, it } from 'vitest';
import { computeInsights, INSIGHT_SECTIONS } from './index.js';
import { data, NOW } from './test-data.js';

describe('computeInsights', () => {
  it('gives every section a takeaway, even for an empty search, and says there is not enough data yet', () => {
    const i = computeInsights(data(), NOW);
    expect(i.now).toBe(NOW);
    const keys = INSIGHT_SECTIONS.map((s) => s.key);
    expect([...keys].sort()).toEqual(
      Object.keys(i)
        .filter((k) => k !== 'now')
        .sort(),
    );
    for (const key of keys) {
      expect(i[key].enoughData, key).toBe(false);
      expect(i[key].takeaway, key).toMatch(/^[A-Z0-9].*[.]$/);
    }
    expect(i.funnel.applications).toBe(0);
    expect(i.rejectionStages.total).toBe(0);
    expect(i.feedbackThemes.feedback).toBe(0);
    expect(i.mood.weeks).toEqual([]);
  });

  it('is plain data: it survives JSON unchanged, for the web app to chart', () => {
    const i = computeInsights(data(), NOW);
    expect(JSON.parse(JSON.stringify(i))).toEqual(i);
  });
});
