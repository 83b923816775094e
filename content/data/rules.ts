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
        'None of the three reasons for a rewrite has been shown: no profile shows the service has outgrown Go’s performance ceiling, nothing shows memory costing more than the developers, and no class of bugs Go cannot prevent is known to escape the tests. A rewrite buys about 1.5× for months of work; profile the service and fix its bottleneck, which is usually the database.',
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
      'At least one of the three reasons for a rewrite that When Each One Wins accepts holds, so the scores decide. If they choose Rust, budget for the move: that author puts a senior developer new to Rust at two to three months before a first real pull request, and on one 1,500-line service with Go 1.17 and Rust 1.59 builds took 12 s against 4 minutes from cold; measure yours.',
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
    label: 'A hard tail deadline under a p99 budget below 10 ms',
    when: [
      { questionId: 'tail-spikes', anyOf: ['no'] },
      { questionId: 'latency-budget', anyOf: ['under-10ms'] },
    ],
    rulesOut: 'go',
    explanation:
      'You said the service has a hard tail deadline and a p99 budget under 10 ms. Go’s stop-the-world pauses are short (usually under 100 microseconds since Go 1.8, by its release notes), but its collector adds jitter to the tail under allocation load; The Eternal Struggle calls the collector a dealbreaker for low-latency trading and real-time audio, and harmless for most microservices. Rust has no collector, though its allocator and async runtime still need care.',
    evidenceIds: ['gc-dealbreaker', 'gc-latency-spikes'],
  },
  {
    id: 'no-room-for-a-collector',
    label: 'A device too small for a garbage-collected runtime',
    // Only a device can be that small: edge platforms give a service tens of MB or more.
    when: [
      { questionId: 'runs-where', anyOf: ['device'] },
      { questionId: 'memory-constraints', anyOf: ['no-gc-room'] },
    ],
    rulesOut: 'go',
    explanation:
      'You said the device is too small for a garbage-collected runtime. Rust can run with no runtime and no heap at all, while the standard Go toolchain always ships its runtime and collector; The Eternal Struggle reaches for Rust on extremely constrained hardware.',
    evidenceIds: ['constrained-hardware'],
  },
  {
    id: 'mvp-in-weeks-new-to-rust',
    label: 'Due within about a month, and the team is new to Rust',
    when: [
      { questionId: 'deadline', anyOf: ['weeks'] },
      { questionId: 'team-fluency', anyOf: ['go', 'neither'] },
    ],
    rulesOut: 'rust',
    explanation:
      'You said the first version is due within about a month and nobody on the team is productive in Rust yet. When Each One Wins puts a senior developer new to Rust at two to three months before a first real change, and The Eternal Struggle calls Go the correct choice for an MVP due in three weeks.',
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
      'Both claims are kept; both languages ship fast static binaries. A CLI whose work is heavy local computing (searching, parsing, transforming large files) follows the Rust claim; a CLI that belongs to the DevOps and cloud-native toolchain follows the Go claim.',
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
      'Two hiring profiles to fill; one source finds the Rust candidate pool small and puts newcomers at months to a first real pull request.',
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
    version: '5.0.0',
    date: '2026-12-07',
    changes: [
      'The garbage-collection deal-breaker now needs a hard tail deadline and a p99 budget under 10 ms together; a hard tail deadline alone leans Rust on latency without ruling Go out. An API gateway with a hard tail deadline and a 10–50 ms budget moves from “Rust, Go ruled out” to Go by its scores, and the image-resizing example now answers that rare jitter is acceptable, so Rust wins it on its scores, not by a rule.',
      'A p99 budget under 10 ms leans Rust in full only when requests do not mostly wait on I/O; for an I/O-bound service it leans a little (a Go team’s CRUD API with a sub-10 ms budget moves further towards Go). A CPU-bound hot path stays Rust, but is now fragile: learning that it mostly waits on I/O would flip it.',
      '“Too small for a garbage-collected runtime” rules Go out only for a service that runs on a device: an edge worker answered that way now leans Rust on memory instead of ruling Go out.',
      'Proxies leave the gateway option: “High-throughput proxy or load balancer” is a kind of its own, assuming a mix of waiting and computing, where “API gateway, middleware or glue service” assumes waiting.',
      'Hiring “a few specialists” leans Rust only for specialised work (parsers and tooling, storage engines, edge, hot paths, proxies), no longer for a CRUD API or an auth service.',
      'Build and CI time weighs 2 instead of 1: plans that care about builds move a little towards Go, and plans that leave the question unanswered answer a smaller share of what carries weight (one plan in our checks dropped from medium to low confidence at 39.6%).',
      'Running in the browser as WebAssembly also leans Rust on memory: a Go team’s CPU-bound browser module moves from a close call broken to Go to Rust.',
      'A deadline “within weeks” now reads “within about a month”; its effect and the deal-breaker for a team new to Rust are unchanged.',
      'Decision model 3. “Fragile” now means that one one-step mistake in one given estimate (the bottleneck, the latency budget, pauses, memory, concurrency, impact, the deadline, build sensitivity, the ecosystem) would turn the verdict; a change to a fact about the service, team or organisation is an event to revisit on, listed apart. Five of the eleven worked examples were called fragile before; none is now.',
      'Each verdict has a stability: the share of 2,048 plausible variations of the estimates, the open questions and the weights (each within ±30% of itself) under which it holds. High confidence now needs at least 70% of what carries weight answered and a stability of at least 90%; medium needs 40% and 75%. The billing API example moves from medium to high confidence (it holds in every variation); the rewrite at its ceiling moves from medium to low (it holds in 70 of 100, because whether the bar is met is itself an estimate).',
      'A catastrophic memory-safety impact counts in full where the work exposes it (shared mutable state, untrusted input, auth and crypto, systems code) and a little over half for independent request handlers in a business API, gateway, operator, command-line or internal tool, since Go is memory-safe through its collector and what remains is data races.',
      'Where the code runs fills in what was not said and steps aside on a criterion answered directly: an edge gateway answered “ordinary instances” no longer leans Rust on memory for running at the edge.',
    ],
  },
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
