import type { Criterion, Trigger } from '../schema';

/** Events that should reopen a decision, each named by a source. */
export const triggers: Trigger[] = [
  {
    id: 'performance-cliff',
    label: 'A performance cliff',
    condition:
      'Profiling shows the language runtime itself — not the database or the network — is what limits the service.',
    pushesTowards: 'rust',
    sourceId: 'language-choice',
  },
  {
    id: 'security-incident',
    label: 'A security incident',
    condition: 'An incident or near miss is traced to memory safety or a data race.',
    pushesTowards: 'rust',
    sourceId: 'language-choice',
  },
  {
    id: 'hiring-wave',
    label: 'A hiring wave',
    condition: 'The team must grow faster than the candidate pool for the chosen language allows.',
    pushesTowards: 'go',
    sourceId: 'language-choice',
  },
  {
    id: 'latency-budget-tightens',
    label: 'The latency budget tightens',
    condition:
      'The p99 budget moves towards single-digit milliseconds, or garbage-collection pauses appear in the tail.',
    pushesTowards: 'rust',
    sourceId: 'when-each-wins',
  },
  {
    id: 'rust-fluency-grows',
    label: 'The team’s Rust fluency grows',
    condition:
      'Several people on the team become productive in Rust, or a Rust service is already in production and owned by this team.',
    pushesTowards: 'rust',
    sourceId: 'language-choice',
  },
  {
    id: 'memory-cost-rises',
    label: 'Memory becomes a cost line',
    condition:
      'Spend on memory or instances approaches what the team costs, or the service must move to smaller hardware.',
    pushesTowards: 'rust',
    sourceId: 'when-each-wins',
  },
  {
    id: 'ci-slows',
    label: 'CI slows the team down',
    condition: 'Build and test times begin to hold up deploys or the inner development loop.',
    pushesTowards: 'go',
    sourceId: 'language-choice',
  },
  {
    id: 'library-gap',
    label: 'A missing library',
    condition:
      'A library the service depends on turns out to be missing or immature in the chosen ecosystem.',
    pushesTowards: 'either',
    sourceId: 'when-each-wins',
  },
  {
    id: 'ai-tooling-shift',
    label: 'AI tooling catches up',
    condition: 'Coding assistants become as productive in Rust as they are in Go for this team.',
    pushesTowards: 'rust',
    sourceId: 'when-each-wins',
  },
  {
    id: 'deadline-moves',
    label: 'The deadline moves',
    condition:
      'A hard delivery date appears, or the service turns from a prototype into long-lived core infrastructure.',
    pushesTowards: 'either',
    sourceId: 'eternal-struggle',
  },
  {
    id: 'shared-state-bugs',
    label: 'Concurrency bugs escape tests',
    condition: 'Bugs in shared mutable state keep reaching production despite the tests.',
    pushesTowards: 'rust',
    sourceId: 'when-each-wins',
  },
  {
    id: 'runtime-count-changes',
    label: 'The runtimes in production change',
    condition: 'A second runtime arrives in production, or one is retired.',
    pushesTowards: 'either',
    sourceId: 'language-choice',
  },
  {
    id: 'load-grows',
    label: 'Data volume reaches gigabytes per second',
    condition: 'The service starts processing gigabytes of data per second.',
    pushesTowards: 'rust',
    sourceId: 'eternal-struggle',
  },
];

/**
 * The decision drivers. Default weights run from 0 (ignored) to 5 (decisive); workload drivers
 * that the sources treat as a "specific reason for Rust" carry the most weight, so that one of them
 * can outweigh a team's Go habit, as the sources' per-service advice requires.
 */
export const criteria: Criterion[] = [
  {
    id: 'memory-safety',
    label: 'Memory-safety criticality',
    description:
      'How much damage a memory-safety bug or data race in this service would do: the workload’s risk profile.',
    scope: 'service',
    defaultWeight: 5,
    rustCase:
      'A memory-safety bug here would be costly, and Rust removes whole classes of them at compile time.',
    goCase:
      'A memory bug here would be contained, so Rust’s compile-time guarantees buy little that Go’s garbage collector does not already give.',
    evidence: {
      rust: ['risk-profile-rust', 'ownership-safety', 'rust-domains'],
      go: ['risk-profile-go', 'pitfall-faster-folklore'],
    },
    triggers: ['security-incident'],
    confirmation:
      'Count incidents and near misses caused by memory-safety bugs or data races; any at all reopens the decision.',
  },
  {
    id: 'compute-profile',
    label: 'CPU-bound or I/O-bound',
    description:
      'Whether a request spends its time computing in the service’s own code or waiting on databases and the network.',
    scope: 'service',
    defaultWeight: 5,
    rustCase:
      'The work is CPU-bound, where Rust’s lack of garbage-collection overhead shows in throughput and CPU use.',
    goCase:
      'The work is I/O-bound — mostly waiting on the database or network — where Go is very efficient and Rust’s edge shrinks.',
    evidence: {
      rust: ['cpu-bound-rust', 'billing-api-benchmark'],
      go: ['io-bound-go', 'gap-shrinks-when-db-bound', 'pitfall-mismatched-benchmarks'],
    },
    triggers: ['performance-cliff', 'load-grows'],
    confirmation:
      'Profile the service under production load and check where the time goes: database and network, or the service’s own code.',
  },
  {
    id: 'latency',
    label: 'Latency budget and tail sensitivity',
    description:
      'How tight the p99 budget is and whether occasional pauses in the tail are acceptable.',
    scope: 'service',
    defaultWeight: 5,
    rustCase:
      'A hot path’s tail-latency budget is tight; Rust has no collector to add assist work or pauses to the tail.',
    goCase:
      'The latency budget leaves room for Go’s garbage collector, which is not a problem for most services.',
    evidence: {
      rust: ['gc-latency-spikes', 'gc-dealbreaker', 'billing-api-benchmark', 'performance-c-class'],
      go: ['gc-dealbreaker', 'gap-shrinks-when-db-bound'],
    },
    triggers: ['latency-budget-tightens'],
    confirmation:
      'Track p99 latency under production load against the budget stated in the answers, including garbage-collection pauses in the tail.',
  },
  {
    id: 'memory-cost',
    label: 'Memory constraints and infrastructure cost',
    description: 'Whether memory is scarce (edge, embedded) or a material part of the bill.',
    scope: 'service',
    defaultWeight: 4,
    rustCase:
      'Memory is scarce or expensive here; on one author’s synthetic billing API (Go 1.17, Rust 1.59) Rust used about half of Go’s memory at steady state and a third at peak, before Go 1.19’s GOMEMLIMIT could cap the slack.',
    goCase:
      'Memory is neither scarce nor a large cost here, so Go’s garbage-collector slack is cheap to carry.',
    evidence: {
      rust: ['constrained-hardware', 'gc-slack-memory', 'billing-api-benchmark'],
      go: ['rewrite-rarely'],
    },
    triggers: ['memory-cost-rises'],
    confirmation:
      'Track resident memory (steady and peak) and its share of the infrastructure bill against the budget for it.',
  },
  {
    id: 'concurrency',
    label: 'Concurrency shape',
    description:
      'Many independent connections, or shared mutable state across threads — and whether that state has been buggy.',
    scope: 'service',
    defaultWeight: 3,
    rustCase:
      'Shared mutable state is at the heart of the service; Rust rules out data races at compile time (not deadlocks or logic races), while Go’s race detector finds them only on the paths the tests run.',
    goCase:
      'Concurrency here is many independent requests, which goroutines and channels handle simply and well.',
    evidence: {
      rust: ['shared-state-rust', 'data-races-go', 'concurrency-models'],
      go: ['io-bound-go', 'go-ergonomics', 'concurrency-models'],
    },
    triggers: ['shared-state-bugs'],
    confirmation:
      'Count production bugs in shared mutable state; run the race detector or equivalent in CI.',
  },
  {
    id: 'team-fluency',
    label: 'Team fluency',
    description:
      'Which language the people who will build and run this service are already productive in.',
    scope: 'team',
    defaultWeight: 4,
    rustCase: 'The team is already productive in Rust, so its usual ramp-up cost does not apply.',
    goCase:
      'The team is fluent in Go; a new Rust codebase would cost months of ramp-up against weeks for Go.',
    evidence: {
      rust: ['fluency-compounds', 'hiring-specialised-rust'],
      go: ['fluency-compounds', 'ramp-months-weeks', 'ramp-up-times'],
    },
    triggers: ['rust-fluency-grows'],
    confirmation:
      'Check how long a change takes from first commit to production, and how long a new team member needs for a first real change.',
  },
  {
    id: 'hiring',
    label: 'Team size and hiring',
    description: 'How large the team is and how much it must grow.',
    scope: 'team',
    defaultWeight: 2,
    rustCase:
      'The team does specialised work (compilers, embedded, low-latency systems), for which one source finds the Rust candidate pool adequate.',
    goCase:
      'Hiring matters here: Go candidates are plentiful and ramp up in weeks, while Rust’s pool is small.',
    evidence: {
      rust: ['hiring-specialised-rust'],
      go: ['hiring-go-easy', 'hiring-rust-hard', 'small-team-go', 'junior-go-week'],
    },
    triggers: ['hiring-wave'],
    confirmation:
      'Track time to fill open roles for the chosen language and time to first merged change for new hires.',
  },
  {
    id: 'time-to-ship',
    label: 'Time to ship',
    description: 'How soon the first version must be in production.',
    scope: 'service',
    defaultWeight: 3,
    rustCase: 'There is time to absorb Rust’s slower start, and the component is meant to last.',
    goCase:
      'The first version is due soon; development is faster in Go, most of all early in a project.',
    evidence: {
      rust: ['learning-curve'],
      go: ['mvp-three-weeks', 'rust-velocity-slower', 'reach-for-go'],
    },
    triggers: ['deadline-moves'],
    confirmation:
      'Compare the delivery date of the first production version with the deadline given in the answers.',
  },
  {
    id: 'build-time',
    label: 'Build and CI time sensitivity',
    description:
      'How much slow builds and test runs would hurt the team’s inner loop and deploy pipeline.',
    scope: 'service',
    // When Each One Wins calls Rust's build times the biggest day-to-day pain.
    defaultWeight: 2,
    rustCase: 'Build time hardly matters here, so Rust’s slower compiles cost little.',
    goCase:
      'Fast builds matter; one author’s billing API built in 12 s with Go 1.17 and 4 min with Rust 1.59 from cold.',
    evidence: {
      rust: ['compile-times'],
      go: ['compile-times', 'build-footprint'],
    },
    triggers: ['ci-slows'],
    confirmation:
      'Track cold and incremental build and test times in CI against what the team can tolerate.',
  },
  {
    id: 'ecosystem',
    label: 'Ecosystem fit',
    description:
      'Whether the libraries and platforms the service leans on live more naturally in one ecosystem.',
    scope: 'service',
    defaultWeight: 3,
    rustCase:
      'The service is systems-level work — WebAssembly, packet-level networking, implementing cryptographic algorithms — where the sources list Rust as the usual choice.',
    goCase:
      'What the service leans on is mature and cohesive in Go: its standard library covers the usual web stack, and cloud-native tools such as Kubernetes and Docker are written in Go.',
    evidence: {
      rust: ['rust-domains', 'ecosystem-rust-crates'],
      go: ['cloud-native-go', 'kubernetes-go', 'go-domains', 'ecosystem-go-cohesive'],
    },
    triggers: ['library-gap'],
    confirmation:
      'List the libraries and integrations the service depends on and note any that are missing or immature in the chosen ecosystem.',
  },
  {
    id: 'operational-consolidation',
    label: 'Runtimes already in production',
    description: 'Which runtimes the organisation already builds, monitors and supports on call.',
    scope: 'team',
    defaultWeight: 2,
    rustCase: 'Rust is already what the organisation runs; adding Go would be the extra runtime.',
    goCase:
      'Go is already what the organisation runs; a Rust service adds base images, profilers, crash modes and on-call knowledge.',
    evidence: {
      rust: ['runtime-consolidation'],
      go: ['runtime-consolidation'],
    },
    triggers: ['runtime-count-changes'],
    confirmation:
      'Count the runtimes in production and the base images, profilers and on-call runbooks each one needs.',
  },
  {
    id: 'ai-assisted',
    label: 'AI-assisted development',
    description: 'How much of the team’s coding goes through AI assistants.',
    scope: 'team',
    defaultWeight: 1,
    rustCase: 'The team codes without AI assistants, so this factor does not hold Rust back.',
    goCase:
      'Much of the coding is AI-assisted, which one author found more productive in Go at the time of writing, expecting the gap to narrow.',
    evidence: {
      rust: ['ai-assisted-go'],
      go: ['ai-assisted-go'],
    },
    triggers: ['ai-tooling-shift'],
    confirmation:
      'Ask the team whether AI assistants help or slow them down in the chosen language.',
  },
];
