import type { Conflict, Gate, PortfolioSettings, RuntimeCost, ScoringSettings } from '../schema';

/** Bars a verdict must clear before it may leave the sources' default. */
export const gates: Gate[] = [
  {
    id: 'rewrite-bar',
    label: 'The bar for rewriting a Go service',
    appliesWhen: [{ questionId: 'service-origin', anyOf: ['existing-go'] }],
    passWhenAny: [
      { questionId: 'rewrite-ceiling', anyOf: ['yes'] },
      { questionId: 'rewrite-memory-cost', anyOf: ['yes'] },
      { questionId: 'rewrite-bug-class', anyOf: ['yes'] },
    ],
    otherwise: {
      language: 'go',
      headline: 'Keep Go — profile the bottleneck first',
      explanation:
        'None of the three reasons for a rewrite holds: the service has not outgrown Go’s performance ceiling, memory does not cost more than the developers, and no class of bugs Go cannot prevent is escaping the tests. A rewrite buys about 1.5× for months of work; profile the service and fix its bottleneck, which is usually the database.',
      evidenceIds: ['rewrite-conditions', 'rewrite-rarely', 'profile-first'],
      answerNotes: {
        questionId: 'rewrite-bottleneck',
        notes: {
          database:
            'You named the database as the bottleneck. A rewrite in Rust would leave it exactly where it is: a service that spends its time in the database gains little from a faster language. Profile the queries and fix them first.',
          downstream:
            'You named calls to other services as the bottleneck. Time spent waiting on the network is not spent in Go, so a rewrite would not shorten it. Profile those calls and fix them where they are slow.',
          cpu: 'You named CPU in your own code as the bottleneck. Profile it and speed up the hot functions in Go first; if, after tuning, the Go runtime itself turns out to be the limit, the first bar is met and the rewrite is worth weighing again.',
          'gc-memory':
            'You named garbage collection or memory as the bottleneck. Profile allocations first, and price a bigger instance (about $200 a month in the source’s example) against months of rewriting; if memory spend really outweighs what the developers cost, the second bar is met.',
          unknown:
            'You do not know the bottleneck yet, so that is the first job: profile the service before weighing a rewrite. Most of the time the answer is the database, and no change of language fixes that.',
        },
      },
    },
    passedHeadline: 'The rewrite clears the bar — now count its cost',
    passedNote:
      'At least one of the sources’ three reasons for a rewrite holds, so the scores decide. If they choose Rust, budget for the move: a Go team needs two to three months before its first real Rust work, and builds slow from 12 s to about 4 minutes from cold (0.8 s to 6 s incremental).',
    passedEvidenceIds: ['rewrite-conditions', 'ramp-up-times', 'compile-times'],
  },
];

/** Where the sources disagree, both claims are kept and a question decides which applies. */
export const conflicts: Conflict[] = [
  {
    id: 'cli-tools',
    topic: 'Command-line tools',
    evidenceIds: ['cli-rust', 'cli-go'],
    resolution:
      'Both claims are kept. A CLI that must start instantly and ship as one self-contained binary follows the Rust claim; a CLI that belongs to the DevOps and cloud-native toolchain follows the Go claim.',
    questionId: 'cli-needs',
  },
];

/** What each extra runtime in production costs the organisation. */
export const runtimeCosts: RuntimeCost[] = [
  {
    id: 'base-images',
    label: 'Base images and build pipelines',
    detail: 'Another toolchain, base image and CI pipeline to keep patched and fast.',
    sourceId: 'language-choice',
  },
  {
    id: 'profilers',
    label: 'Profilers and observability',
    detail: 'A second set of profilers, metrics conventions and debugging tools to learn and run.',
    sourceId: 'language-choice',
  },
  {
    id: 'crash-modes',
    label: 'Crash modes',
    detail: 'More ways to fail in production that on-call must recognise at 3 a.m.',
    sourceId: 'language-choice',
  },
  {
    id: 'on-call',
    label: 'On-call knowledge',
    detail: 'On-call habits stop carrying over from one service to the next.',
    sourceId: 'language-choice',
  },
  {
    id: 'hiring',
    label: 'Hiring and onboarding',
    detail:
      'Two hiring profiles to fill; the Rust candidate pool is small and new hires take months to ramp up.',
    sourceId: 'when-each-wins',
  },
];

export const scoring: ScoringSettings = {
  closeCallMargin: 0.05,
  fragileMargin: 0.12,
  defaultLanguage: 'go',
  defaultLanguageEvidenceIds: ['start-with-go', 'go-for-most'],
  fluencyQuestionId: 'team-fluency',
  fluencyOptions: { go: 'go', rust: 'rust' },
  confidence: {
    high: { answered: 0.7, margin: 0.15 },
    medium: { answered: 0.4, margin: 0.05 },
  },
  // Weaker decisions are looked at again sooner.
  reviewAfterMonths: { low: 3, medium: 6, high: 12 },
};

/**
 * What each answer to the runtimes question says already runs in production, so the portfolio
 * can count the runtimes a set of verdicts means without naming the question in code.
 */
export const portfolio: PortfolioSettings = {
  runtimesQuestionId: 'runtimes-in-production',
  runtimesOptions: {
    'go-only': ['go'],
    'rust-only': ['rust'],
    both: ['go', 'rust'],
    neither: [],
  },
};
