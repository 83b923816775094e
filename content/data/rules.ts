import type {
  ChangelogEntry,
  Conflict,
  DealBreaker,
  Gate,
  PortfolioSettings,
  RuntimeCost,
  ScoringSettings,
} from '../schema';

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

/**
 * Where a source is categorical, an answer rules a language out whatever the weights. Two that
 * rule out both languages make a conflict the person must resolve, never a silent pick.
 */
export const dealBreakers: DealBreaker[] = [
  {
    id: 'gc-pauses-break-it',
    label: 'Garbage-collection pauses break the service',
    when: [{ questionId: 'tail-spikes', anyOf: ['no'] }],
    rulesOut: 'go',
    explanation:
      'You said pauses of a few milliseconds break this service. Go’s garbage collector can cause such pauses; The Eternal Struggle calls them a dealbreaker for low-latency trading and real-time audio, while harmless for most microservices. Rust has no garbage collector.',
    evidenceIds: ['gc-dealbreaker', 'gc-latency-spikes'],
  },
  {
    id: 'no-room-for-a-collector',
    label: 'Too small for a garbage-collected runtime',
    when: [{ questionId: 'memory-constraints', anyOf: ['no-gc-room'] }],
    rulesOut: 'go',
    explanation:
      'You said the hardware is too small for a garbage-collected runtime. Go always ships one; Rust needs none, and The Eternal Struggle reaches for it when a service must live in a small, fixed amount of memory (12 MB in its example).',
    evidenceIds: ['constrained-hardware'],
  },
  {
    id: 'mvp-in-weeks-new-to-rust',
    label: 'Due within weeks, and the team is new to Rust',
    when: [
      { questionId: 'deadline', anyOf: ['weeks'] },
      { questionId: 'team-fluency', anyOf: ['go', 'neither'] },
    ],
    rulesOut: 'rust',
    explanation:
      'You said the first version is due within weeks and nobody on the team is productive in Rust yet. When Each One Wins puts a senior developer new to Rust at two to three months before a first real change, and The Eternal Struggle calls Go the correct choice for an MVP due in three weeks.',
    evidenceIds: ['mvp-three-weeks', 'ramp-up-times', 'rust-velocity-slower'],
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
  defaultLanguage: 'go',
  defaultLanguageEvidenceIds: ['start-with-go', 'go-for-most'],
  tieBreaks: [
    {
      id: 'team-fluency',
      questionId: 'team-fluency',
      options: { go: 'go', rust: 'rust' },
      explanation:
        'when either language could work, the sources pick the one the team is already productive in.',
      evidenceIds: ['fluency-compounds', 'when-either-works'],
    },
    {
      id: 'runtimes-in-production',
      questionId: 'runtimes-in-production',
      options: { 'go-only': 'go', 'rust-only': 'rust' },
      explanation:
        'the team is not fluent in just one of the two, so the runtime the organisation already runs breaks the tie: every extra runtime compounds.',
      evidenceIds: ['runtime-consolidation'],
    },
  ],
  // High needs most of what carries weight answered and a verdict that holds in nine plausible
  // variations out of ten; medium, a fair part answered and three out of four.
  confidence: {
    high: { answered: 0.7, stability: 0.9 },
    medium: { answered: 0.4, stability: 0.75 },
  },
  // A person's estimate of a latency budget, a bottleneck or a deadline is off by one step about
  // one time in five; one assumed from the kind of service, about two in five. Weights are
  // settings a team argues about: each may sit 30% either side of where it was put.
  stability: { offByOneStep: 0.2, assumedOffByOneStep: 0.4, weightBand: 0.3 },
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

/** Changes that can move a verdict, newest first: an old link whose verdict moved names them. */
export const changelog: ChangelogEntry[] = [
  {
    version: '4.0.0',
    date: '2026-11-30',
    changes: [
      'A team productive in both languages counts as productive in Rust for time to ship and for the size of the team, as it already did for the deal-breaker: a deadline or a small team no longer leans towards Go for it.',
    ],
  },
  {
    version: '3.0.0',
    date: '2026-11-30',
    changes: [
      'The kind of service no longer adds leans of its own: it fills in only the questions left unanswered, labelled as assumed, and an explicit answer replaces it.',
      'Answers that only remove one language’s advantage (no firm latency budget, ordinary memory, a contained bug, slow deploys, no hard date) no longer count as votes for the other language.',
      'Deal-breakers rule a language out whatever the weights: garbage-collection pauses that break the service, hardware too small for a garbage-collected runtime, and an MVP due within weeks for a team new to Rust.',
      'Time to ship and hiring take the team’s fluency into account, and a close call with no fluent language is broken by the runtime already in production.',
      'A new question asks where the code runs; “Proxy, database or storage engine” became “Database or storage engine”, and proxies join API gateways.',
      'Confidence now rests on how much of what carries weight was answered and on whether one realistic answer change would flip the verdict.',
    ],
  },
];
