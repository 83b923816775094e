import type { Consequence } from '../consequence-schema';

/**
 * What a choice costs where a criterion pulled the other way, and how to soften it: the
 * "Consequences" of a decision record. Facts come from the sources cited; the words are ours.
 */
export const consequences: Consequence[] = [
  {
    id: 'go-against-memory-safety',
    criterionId: 'memory-safety',
    chosen: 'go',
    consequence:
      'Go gives less compile-time safety: its garbage collector rules out use-after-free, but data races on shared state remain possible.',
    mitigation:
      'Run the tests and a staging load under Go’s race detector, keep shared mutable state small, and reopen the decision if a class of bugs keeps escaping the tests.',
    sourceIds: ['high-load-2025', 'language-choice', 'when-each-wins'],
  },
  {
    id: 'rust-against-memory-safety',
    criterionId: 'memory-safety',
    chosen: 'rust',
    consequence:
      'The borrow checker’s guarantees are paid for in a steeper learning curve, even where a memory bug would do little harm.',
    mitigation:
      'Keep the service’s design simple and ownership clear; the cost falls after the first month, though iteration stays slower than in Go.',
    sourceIds: ['language-choice', 'when-each-wins'],
  },
  {
    id: 'go-against-compute-profile',
    criterionId: 'compute-profile',
    chosen: 'go',
    consequence:
      'CPU-heavy work runs with the garbage collector’s overhead, so peak throughput and CPU use trail Rust’s.',
    mitigation:
      'Profile before anything else; if one computation dominates, carve it out as a small Rust service behind the Go one (the hybrid approach).',
    sourceIds: ['high-load-2025', 'eternal-struggle'],
  },
  {
    id: 'rust-against-compute-profile',
    criterionId: 'compute-profile',
    chosen: 'rust',
    consequence:
      'The service mostly waits on the database or network, where Rust’s speed buys little: the bottleneck stays where it was.',
    mitigation:
      'Profile and fix the real bottleneck, usually the database, before counting on the language for speed.',
    sourceIds: ['when-each-wins', 'high-load-2025'],
  },
  {
    id: 'go-against-latency',
    criterionId: 'latency',
    chosen: 'go',
    consequence:
      'Garbage-collection pauses can show up as tail-latency spikes, most of all under traffic peaks.',
    mitigation:
      'Watch p99 from the first release and alert on it. Profile allocations (pprof, the execution tracer), cut them and tune GOGC and GOMEMLIMIT first; if the tail still misses the budget, carve the hot path out to Rust.',
    sourceIds: ['high-load-2025', 'eternal-struggle', 'when-each-wins'],
  },
  {
    id: 'rust-against-latency',
    criterionId: 'latency',
    chosen: 'rust',
    consequence:
      'The latency budget leaves room for a garbage collector, so Rust’s steadier tail is a margin the service does not need.',
    mitigation:
      'Spend the margin elsewhere: keep the code plain rather than tuned, so the team can change it quickly.',
    sourceIds: ['high-load-2025'],
  },
  {
    id: 'go-against-memory-cost',
    criterionId: 'memory-cost',
    chosen: 'go',
    consequence:
      'On one author’s synthetic billing API Go used about twice Rust’s memory at steady state and three times at peak, which shows on the bill or on small hardware.',
    mitigation:
      'Profile allocations, cut them and cap the heap with GOMEMLIMIT (Go 1.19 and later) first; track memory per instance against cost, and where memory spend still approaches what the team costs, the bar for a Rust rewrite is met.',
    sourceIds: ['when-each-wins', 'eternal-struggle'],
  },
  {
    id: 'rust-against-memory-cost',
    criterionId: 'memory-cost',
    chosen: 'rust',
    consequence:
      'Memory is cheap here, so the saving Rust brings does not pay for its slower development.',
    mitigation:
      'Count the saving anyway when choosing instance sizes, and record that it was not the reason for the choice.',
    sourceIds: ['when-each-wins'],
  },
  {
    id: 'go-against-concurrency',
    criterionId: 'concurrency',
    chosen: 'go',
    consequence:
      'Shared mutable state across goroutines is where Go lets bugs through that Rust’s compiler would reject.',
    mitigation:
      'Prefer channels and ownership by one goroutine over shared state, run the race detector, and reopen the decision if such bugs keep reaching production.',
    sourceIds: ['when-each-wins', 'high-load-2025', 'backend-comparison'],
  },
  {
    id: 'rust-against-concurrency',
    criterionId: 'concurrency',
    chosen: 'rust',
    consequence:
      'Many independent requests are what goroutines make simple; Rust’s more explicit async model asks more of every handler.',
    mitigation:
      'Settle on one async runtime and a few shared patterns for handlers early, so each new endpoint follows them.',
    sourceIds: ['backend-comparison', 'eternal-struggle'],
  },
  {
    id: 'rust-against-team-fluency',
    criterionId: 'team-fluency',
    chosen: 'rust',
    consequence:
      'The team is not fluent in Rust: a new Rust codebase costs months of ramp-up, against weeks for Go.',
    mitigation:
      'Plan the ramp-up into the schedule, bring in or grow at least one experienced Rust engineer, and start with a small, well-bounded part of the service.',
    sourceIds: ['language-choice', 'when-each-wins'],
  },
  {
    id: 'go-against-team-fluency',
    criterionId: 'team-fluency',
    chosen: 'go',
    consequence:
      'The team’s Rust fluency goes unused here, and some of them will need to learn Go’s idioms.',
    mitigation:
      'Go is quick to pick up (days to weeks); keep the Rust skills for the services the sources point to Rust for.',
    sourceIds: ['when-each-wins', 'eternal-struggle'],
  },
  {
    id: 'rust-against-hiring',
    criterionId: 'hiring',
    chosen: 'rust',
    consequence:
      'Rust’s talent pool is small, and a senior engineer from another language takes two to three months to a first real change.',
    mitigation:
      'Hire for Rust early, write down the choice so candidates know what they will work in, and budget the longer onboarding.',
    sourceIds: ['when-each-wins', 'language-choice'],
  },
  {
    id: 'go-against-hiring',
    criterionId: 'hiring',
    chosen: 'go',
    consequence: 'Specialists the team meant to hire for Rust work would find a Go service.',
    mitigation: 'Say which services are Go and which are Rust in the job description.',
    sourceIds: ['language-choice'],
  },
  {
    id: 'rust-against-time-to-ship',
    criterionId: 'time-to-ship',
    chosen: 'rust',
    consequence:
      'Development is slower in Rust, most of all early on, which puts a near deadline at risk.',
    mitigation:
      'Cut the first release to the smallest useful scope, or ship it in Go and move only a proven bottleneck to Rust later.',
    sourceIds: ['eternal-struggle', 'when-each-wins'],
  },
  {
    id: 'go-against-time-to-ship',
    criterionId: 'time-to-ship',
    chosen: 'go',
    consequence: 'The schedule leaves time that Go’s faster start does not need.',
    mitigation: 'Use it for tests and profiling before the first release.',
    sourceIds: ['eternal-struggle'],
  },
  {
    id: 'rust-against-build-time',
    criterionId: 'build-time',
    chosen: 'rust',
    consequence:
      'Builds are much slower: about 4 minutes against 12 seconds cold and 6 seconds against under one incremental on one author’s billing API (Go 1.17, Rust 1.59); newer toolchains and caching narrow it, so measure your own.',
    mitigation:
      'Use `cargo check` and the editor’s language server for quick “does it compile?” feedback, and build only what changed in CI; the slow builds remain the biggest daily cost.',
    sourceIds: ['when-each-wins', 'language-choice'],
  },
  {
    id: 'go-against-build-time',
    criterionId: 'build-time',
    chosen: 'go',
    consequence:
      'Fast builds matter little here, so Go’s quick compiles are a bonus, not a reason.',
    mitigation: 'None needed.',
    sourceIds: ['when-each-wins'],
  },
  {
    id: 'rust-against-ecosystem',
    criterionId: 'ecosystem',
    chosen: 'rust',
    consequence:
      'The libraries the service leans on are more mature and cohesive in Go; in Rust some may be young or missing.',
    mitigation:
      'Check every library the service needs before starting, and plan time to fill or wrap a gap.',
    sourceIds: ['when-each-wins', 'backend-comparison'],
  },
  {
    id: 'go-against-ecosystem',
    criterionId: 'ecosystem',
    chosen: 'go',
    consequence:
      'Systems-level work (WebAssembly, packet-level networking, implementing cryptographic algorithms) is where the sources list Rust as the stronger fit.',
    mitigation:
      'Keep that part small and behind a clear interface, so it can move to Rust on its own if it has to.',
    sourceIds: ['high-load-2025', 'when-each-wins'],
  },
  {
    id: 'rust-against-operational-consolidation',
    criterionId: 'operational-consolidation',
    chosen: 'rust',
    consequence:
      'Rust adds a runtime to production: another base image and pipeline, other profilers, new crash modes for on-call to learn.',
    mitigation:
      'Give the Rust service the same logging, metrics and health checks as the rest, and write its on-call notes before the first release.',
    sourceIds: ['language-choice'],
  },
  {
    id: 'go-against-operational-consolidation',
    criterionId: 'operational-consolidation',
    chosen: 'go',
    consequence:
      'Go adds a runtime to production alongside the Rust the organisation already runs.',
    mitigation:
      'Share build, observability and on-call conventions across both, and reopen the decision if Go stays a single service.',
    sourceIds: ['language-choice'],
  },
  {
    id: 'rust-against-ai-assisted',
    criterionId: 'ai-assisted',
    chosen: 'rust',
    consequence:
      'One author found AI-assisted coding less productive in Rust at the time of writing (slower build feedback, borrow-checker errors that assistants sometimes misread) and expected the gap to narrow.',
    mitigation:
      'Keep crates small so feedback stays quick, and review assistant changes against the compiler’s own explanation.',
    sourceIds: ['when-each-wins'],
  },
  {
    id: 'go-against-ai-assisted',
    criterionId: 'ai-assisted',
    chosen: 'go',
    consequence: 'Little AI-assisted coding is planned, so Go’s edge there counts for little.',
    mitigation: 'None needed.',
    sourceIds: ['when-each-wins'],
  },
];
