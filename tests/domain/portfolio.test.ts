import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, type Answers } from '../../content';
import { runtimesInProduction, summarisePortfolio } from '../../src/domain/portfolio';
import { answerProgress } from '../../src/domain/progress';
import { verdictLanguage } from '../../src/domain/score';
import { fullImageResizerAnswers } from '../support/plans';

const kb = getKnowledgeBase();

/** A Go-fluent team of six whose organisation runs Go today. */
const goTeamOfSix: Answers = {
  'team-fluency': 'go',
  'team-size': 'under-10',
  'runtimes-in-production': 'go-only',
};

/** The three services, answered as a person would from a one-line description of each. */
const billing = {
  id: 's1',
  name: 'billing-api',
  answers: {
    'workload-kind': 'crud-api',
    'service-origin': 'greenfield',
    'memory-safety-impact': 'serious',
    bottleneck: 'io',
    'latency-budget': 'relaxed',
    'memory-constraints': 'ordinary',
    'concurrency-shape': 'independent',
    deadline: 'months',
  },
};
const imageResizer = {
  id: 's2',
  name: 'image-resizer',
  answers: fullImageResizerAnswers(),
};
const adminTool = {
  id: 's3',
  name: 'admin-tool',
  answers: {
    'workload-kind': 'internal-tool',
    'service-origin': 'greenfield',
    'memory-safety-impact': 'minor',
    bottleneck: 'io',
    'latency-budget': 'relaxed',
    deadline: 'months',
  },
};
const three = [billing, imageResizer, adminTool];

describe('summarisePortfolio', () => {
  it('gives Go / Rust / Go for billing, an image resizer and an admin tool, and two runtimes', () => {
    const portfolio = summarisePortfolio(kb, { teamAnswers: goTeamOfSix, services: three });
    expect(
      portfolio.entries.map((e) => [e.name, verdictLanguage(e.recommendation.verdict)]),
    ).toEqual([
      ['billing-api', 'go'],
      ['image-resizer', 'rust'],
      ['admin-tool', 'go'],
    ]);
    expect(portfolio.entries.map((e) => e.recommendation.verdict.kind)).toEqual([
      'clear',
      'clear',
      'clear',
    ]);
    expect(portfolio.inProduction).toEqual(['go']);
    expect(portfolio.runtimes).toEqual([
      { language: 'go', serviceIds: ['s1', 's3'], inProduction: true },
      { language: 'rust', serviceIds: ['s2'], inProduction: false },
    ]);
    expect(portfolio.extraRuntimes).toBe(1);
    expect(portfolio.newRuntimes).toEqual(['rust']);
  });

  it('says the resizer alone brings Rust in, firmly: no one answer change would turn it', () => {
    const firm = {
      ...imageResizer,
      answers: {
        ...imageResizer.answers,
        'memory-constraints': 'costly',
        'concurrency-shape': 'shared-buggy',
        deadline: 'long-lived',
      },
    };
    // A team fluent in both, in an organisation that runs only Go: a deadline could not rule Rust out.
    const teamAnswers = { ...goTeamOfSix, 'team-fluency': 'both' };
    const portfolio = summarisePortfolio(kb, { teamAnswers, services: [billing, firm] });
    const [lone, ...others] = portfolio.loneRuntimes;
    expect(others).toEqual([]);
    expect(lone).toMatchObject({
      serviceId: 's2',
      language: 'rust',
      alternative: 'go',
      smallMargin: false,
    });
    expect(portfolio.entries[1]?.recommendation.fragile).toBe(false);
    expect(lone!.lead).toBeGreaterThan(0);
    expect(lone!.givenUp.every((r) => r.towards === 'rust')).toBe(true);
    expect(lone!.givenUp.map((r) => r.criterionId)).toContain('compute-profile');
    expect(lone!.kept.every((r) => r.towards === 'go')).toBe(true);
  });

  it('flags a lone runtime won by a small margin, and shows what keeping one runtime means', () => {
    const closer = {
      ...imageResizer,
      answers: { ...imageResizer.answers, 'concurrency-shape': 'independent' },
    };
    const portfolio = summarisePortfolio(kb, {
      teamAnswers: goTeamOfSix,
      services: [billing, closer],
    });
    const [lone] = portfolio.loneRuntimes;
    expect(verdictLanguage(portfolio.entries[1]!.recommendation.verdict)).toBe('rust');
    expect(lone?.smallMargin).toBe(true);
    expect(portfolio.entries[1]?.recommendation.fragile).toBe(true);
    expect(lone!.lead).toBeGreaterThan(0);
    expect(lone!.givenUp.every((r) => r.towards === 'rust')).toBe(true);
    expect(lone!.kept.map((r) => r.criterionId)).toContain('team-fluency');
  });

  it('counts runtimes from the verdicts alone while the runtimes question is unanswered', () => {
    const { 'runtimes-in-production': _, ...team } = goTeamOfSix;
    const portfolio = summarisePortfolio(kb, { teamAnswers: team, services: three });
    expect(portfolio.inProduction).toBeNull();
    expect(portfolio.runtimes.map((r) => r.language)).toEqual(['go', 'rust']);
    expect(portfolio.extraRuntimes).toBe(1);
    expect(portfolio.newRuntimes).toEqual([]);
    expect(portfolio.loneRuntimes.map((l) => l.serviceId)).toEqual(['s2']);
  });

  it('counts a runtime already in production even when no service chooses it', () => {
    const portfolio = summarisePortfolio(kb, {
      teamAnswers: { ...goTeamOfSix, 'runtimes-in-production': 'both' },
      services: [billing, adminTool],
    });
    expect(portfolio.runtimes).toEqual([
      { language: 'go', serviceIds: ['s1', 's3'], inProduction: true },
      { language: 'rust', serviceIds: [], inProduction: true },
    ]);
    expect(portfolio.extraRuntimes).toBe(1);
    expect(portfolio.newRuntimes).toEqual([]);
    expect(portfolio.loneRuntimes).toEqual([]);
  });

  it('adds no runtime when the organisation already runs the one a service needs', () => {
    const portfolio = summarisePortfolio(kb, {
      teamAnswers: { ...goTeamOfSix, 'runtimes-in-production': 'both' },
      services: three,
    });
    expect(portfolio.runtimes).toHaveLength(2);
    expect(portfolio.loneRuntimes).toEqual([]);
  });

  it('reports one runtime, new to production, for an organisation that runs neither yet', () => {
    const portfolio = summarisePortfolio(kb, {
      teamAnswers: { ...goTeamOfSix, 'runtimes-in-production': 'neither' },
      services: [billing, adminTool],
    });
    expect(portfolio.inProduction).toEqual([]);
    expect(portfolio.runtimes.map((r) => r.language)).toEqual(['go']);
    expect(portfolio.extraRuntimes).toBe(0);
    expect(portfolio.newRuntimes).toEqual(['go']);
    expect(portfolio.loneRuntimes).toEqual([]);
  });

  it('never flags a rewrite held at Go by the rewrite bar as a small-margin runtime', () => {
    const rewrite = {
      id: 's4',
      name: 'orders',
      answers: {
        'service-origin': 'existing-go',
        'rewrite-ceiling': 'no',
        'rewrite-memory-cost': 'no',
        'rewrite-bug-class': 'no',
        'rewrite-bottleneck': 'database',
      },
    };
    const rustTeam = { 'team-fluency': 'rust' };
    const auth = {
      id: 's5',
      name: 'auth',
      answers: kb.presets.find((p) => p.id === 'auth-token-service')!.answers,
    };
    const portfolio = summarisePortfolio(kb, { teamAnswers: rustTeam, services: [rewrite, auth] });
    const go = portfolio.loneRuntimes.find((l) => l.language === 'go');
    expect(portfolio.entries[0]?.recommendation.verdict.kind).toBe('gated');
    expect(go?.smallMargin).toBe(false);
  });

  it('lists the cost of each extra runtime with the title of its source', () => {
    const { costs } = summarisePortfolio(kb, { teamAnswers: {}, services: three });
    expect(costs.map((c) => c.id)).toEqual([
      'base-images',
      'profilers',
      'crash-modes',
      'on-call',
      'hiring',
    ]);
    expect(costs[0]?.sourceTitle).toBe('Rust vs Go for Backends: Language choice');
    expect(costs.every((c) => c.detail.length > 0)).toBe(true);
  });

  it('applies the weights to every service', () => {
    const noTeam = { 'team-fluency': 0, hiring: 0, 'operational-consolidation': 0 };
    const portfolio = summarisePortfolio(kb, {
      teamAnswers: goTeamOfSix,
      services: [imageResizer],
      weights: noTeam,
    });
    expect(portfolio.entries[0]?.recommendation.reasons.every((r) => r.towards === 'rust')).toBe(
      true,
    );
  });
});

describe('answerProgress', () => {
  it('counts shown questions, with "not sure" as answered', () => {
    const alwaysShown = kb.questions.filter((q) => !q.showWhen).length;
    expect(answerProgress(kb, {})).toEqual({ shown: alwaysShown, answered: 0, complete: false });
    expect(answerProgress(kb, { bottleneck: 'unsure' }).answered).toBe(1);
  });

  it('follows branching: a rewrite shows four more questions', () => {
    const rewriteOnly = kb.questions.filter((q) =>
      q.showWhen?.some((c) => c.questionId === 'service-origin'),
    ).length;
    expect(rewriteOnly).toBe(4);
    expect(answerProgress(kb, { 'service-origin': 'existing-go' })).toEqual({
      shown: kb.questions.filter((q) => !q.showWhen).length + rewriteOnly,
      answered: 1,
      complete: false,
    });
  });

  it('ignores answers to hidden questions', () => {
    expect(answerProgress(kb, { 'rewrite-ceiling': 'yes' }).answered).toBe(0);
  });

  it('is complete when every shown question is answered', () => {
    const billingPreset = kb.presets.find((p) => p.id === 'billing-crud-api')!.answers;
    const shown = kb.questions.filter((q) => !q.showWhen).length;
    expect(answerProgress(kb, billingPreset)).toEqual({ shown, answered: shown, complete: true });
  });
});

describe('runtimesInProduction', () => {
  it('reads the team answer through the content mapping', () => {
    expect(runtimesInProduction(kb, {})).toBeNull();
    expect(runtimesInProduction(kb, { 'runtimes-in-production': 'rust-only' })).toEqual(['rust']);
    expect(runtimesInProduction(kb, { 'runtimes-in-production': 'bogus' })).toBeNull();
  });
});
