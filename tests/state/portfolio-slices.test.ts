import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '../../content';
import { summarisePortfolio } from '../../src/domain/portfolio';
import { summarisePortfolioInSlices } from '../../src/state/portfolio-selectors';

const kb = getKnowledgeBase();

describe('a portfolio scored over several tasks', () => {
  it('comes to the same portfolio as scoring it at once', async () => {
    const services = Array.from({ length: 12 }, (_, i) => {
      const preset = kb.presets[i % kb.presets.length]!;
      return { id: `s${i + 1}`, name: `${preset.name} ${i + 1}`, answers: preset.answers };
    });
    const input = { teamAnswers: {}, services, weights: { 'memory-safety': 8 } };
    expect(await summarisePortfolioInSlices(kb, input)).toEqual(summarisePortfolio(kb, input));
  });
});
