import type { Evidence } from '../schema';

/**
 * Claims and figures, each restated in our own words with the article it comes from.
 * Figures are copied exactly; where the article writes "~", `approximate` is set.
 */
export const evidence: Evidence[] = [
  // — Rust vs Go for Backend APIs, When Each One Wins —
  {
    id: 'billing-api-benchmark',
    sourceId: 'when-each-wins',
    title: 'Matched billing API under load',
    claim:
      'On the same billing-style API, the Rust build beat the Go build on every runtime metric: about 1.5× the throughput, about 1.5× lower latency, and about 2× less memory at steady state and 3× at peak. Not the 10× that folklore suggests.',
    favours: 'rust',
    workload:
      'One author’s synthetic run with Go 1.17 and Rust 1.59 (2021–22 toolchains; the post itself is undated and mentions 2025 AI tools); no load level, collector or build settings and no code published. Each request runs an auth check, two prepared-statement queries against Postgres, one gRPC call to a stub service and JSON serialisation of the response, on one instance with 4 CPUs and 8 GB of RAM. Go used chi, pgx and zap; Rust used axum, sqlx and tracing.',
    measurements: [
      {
        metric: 'throughput',
        label: 'Throughput',
        unit: 'req/s',
        go: 18400,
        rust: 27800,
        better: 'higher',
      },
      {
        metric: 'latency-p50',
        label: 'p50 latency',
        unit: 'ms',
        go: 4.2,
        rust: 2.8,
        better: 'lower',
      },
      {
        metric: 'latency-p99',
        label: 'p99 latency',
        unit: 'ms',
        go: 18,
        rust: 11,
        better: 'lower',
      },
      {
        metric: 'rss-steady',
        label: 'Memory (RSS, steady)',
        unit: 'MB',
        go: 180,
        rust: 95,
        better: 'lower',
      },
      {
        metric: 'rss-peak',
        label: 'Memory (RSS, peak under load)',
        unit: 'MB',
        go: 410,
        rust: 130,
        better: 'lower',
      },
      {
        metric: 'cpu-10k',
        label: 'CPU at 10K req/s',
        unit: '%',
        go: 65,
        rust: 38,
        better: 'lower',
      },
    ],
  },
  {
    id: 'compile-times',
    sourceId: 'when-each-wins',
    title: 'Build and test times',
    claim:
      'Rust builds were far slower on the same service: a cold build took roughly 20× longer and even incremental builds were 6–8× slower. The author calls this the biggest daily cost of Rust; cargo check and editor integration soften it but do not remove it.',
    favours: 'go',
    workload:
      'The matched billing API, built with Go 1.17 and Rust 1.59 on the author’s machine, running the same mostly-integration test suite; no caching settings given. Both toolchains have changed since (Rust 1.90 made the LLD linker the default on x86-64 Linux, by its release announcement), so even the ratios are not constants: measure your own CI.',
    measurements: [
      {
        metric: 'build-cold',
        label: 'Cold full build',
        unit: 's',
        go: 12,
        rust: 240,
        better: 'lower',
      },
      {
        metric: 'build-incremental',
        label: 'Incremental build (one file)',
        unit: 's',
        go: 0.8,
        rust: 6,
        better: 'lower',
      },
      {
        metric: 'test-cold',
        label: 'Cold test run',
        unit: 's',
        go: 18,
        rust: 300,
        better: 'lower',
      },
      {
        metric: 'test-incremental',
        label: 'Incremental test run',
        unit: 's',
        go: 1.5,
        rust: 8,
        better: 'lower',
      },
    ],
  },
  {
    id: 'lines-of-code',
    sourceId: 'when-each-wins',
    title: 'Code size of the matched services',
    claim:
      'The two implementations came out close in size; the Rust one was slightly smaller, because `?`, pattern matching and iterators offset its longer type signatures.',
    favours: 'neither',
    workload:
      'The matched billing API, production-ready in both: containerised, health checks, graceful shutdown, structured logs and request IDs.',
    measurements: [
      {
        metric: 'loc-boot',
        label: 'Boot (main)',
        unit: 'lines',
        go: 88,
        rust: 64,
        better: 'lower',
      },
      {
        metric: 'loc-handlers',
        label: 'Handlers',
        unit: 'lines',
        go: 520,
        rust: 480,
        better: 'lower',
        approximate: true,
      },
      {
        metric: 'loc-domain',
        label: 'Domain logic',
        unit: 'lines',
        go: 640,
        rust: 600,
        better: 'lower',
        approximate: true,
      },
      {
        metric: 'loc-tests',
        label: 'Tests',
        unit: 'lines',
        go: 430,
        rust: 390,
        better: 'lower',
        approximate: true,
      },
      {
        metric: 'loc-total',
        label: 'Total',
        unit: 'lines',
        go: 1680,
        rust: 1530,
        better: 'lower',
        approximate: true,
      },
    ],
  },
  {
    id: 'ramp-up-times',
    sourceId: 'when-each-wins',
    title: 'Time until a newcomer is productive (one author’s estimate)',
    claim:
      'One author’s estimate: developers coming from Java, Python or Node pick up Go in about two weeks and find their way around a Go codebase in days; a senior developer new to Rust needs two to three months before a first real pull request, and weeks to learn a Rust codebase. The two figures measure different milestones (picking a language up against a first real pull request), so they are not charted side by side.',
    favours: 'go',
    workload: 'The author’s hiring and onboarding experience on backend teams.',
  },
  {
    id: 'gap-shrinks-when-db-bound',
    sourceId: 'when-each-wins',
    title: 'The gap shrinks when the database is the bottleneck',
    claim:
      'For a service whose time goes to its database — which describes most services — the runtime advantage of Rust is smaller than the synthetic figures show.',
    favours: 'go',
  },
  {
    id: 'gc-slack-memory',
    sourceId: 'when-each-wins',
    title: 'Why the memory gap is the largest',
    claim:
      'Memory differs more than throughput because Go’s garbage collector keeps slack memory around and Rust does not: peak RSS was 410 MB against 130 MB.',
    favours: 'rust',
  },
  {
    id: 'hiring-go-easy',
    sourceId: 'when-each-wins',
    title: 'Go is easy to hire for',
    claim:
      'There are plenty of Go candidates, and developers from other mainstream languages become productive quickly.',
    favours: 'go',
  },
  {
    id: 'hiring-rust-hard',
    sourceId: 'when-each-wins',
    title: 'Rust is hard to hire for',
    claim:
      'The Rust talent pool is limited, and a senior newcomer takes two to three months to a first real pull request.',
    favours: 'go',
  },
  {
    id: 'hiring-specialised-rust',
    sourceId: 'when-each-wins',
    title: 'Specialised teams can hire for Rust',
    claim:
      'For a specialised team — compilers, embedded, low-latency systems — the Rust hiring pool is adequate and the performance gains pay for it.',
    favours: 'rust',
  },
  {
    id: 'small-team-go',
    sourceId: 'when-each-wins',
    title: 'Small teams shipping ordinary backends',
    claim:
      'For a team of about five building an ordinary SaaS backend, Go’s hiring profile alone is reason enough to choose it; the author reaches for Go with teams under ten people.',
    favours: 'go',
  },
  {
    id: 'reach-for-go',
    sourceId: 'when-each-wins',
    title: 'When the author reaches for Go',
    claim:
      'CRUD APIs, internal tools, backends whose bottleneck is the database, teams under ten, projects that must ship within about six months, and anything where hiring matters.',
    favours: 'go',
  },
  {
    id: 'reach-for-rust',
    sourceId: 'when-each-wins',
    title: 'When the author reaches for Rust',
    claim:
      'Hot paths with a latency budget under 10 ms, memory-constrained targets such as edge and embedded, concurrent shared state that has been buggy, CLIs that need to be fast and self-contained, systems work (proxies, embedded, crypto libraries), compilers and parsers, and cost-sensitive workloads where a 3× memory saving pays for slower development.',
    favours: 'rust',
  },
  {
    id: 'cli-rust',
    sourceId: 'when-each-wins',
    title: 'CLI tools: Rust, when they need to be fast',
    claim:
      'Command-line tools that need to be fast and self-contained are listed among Rust’s strengths; Language choice notes that both languages produce fast static binaries.',
    favours: 'rust',
  },
  {
    id: 'shared-state-rust',
    sourceId: 'when-each-wins',
    title: 'Shared-state correctness',
    claim:
      'Where concurrent shared state has produced bugs, Rust’s ownership rules turn many of them into compile errors.',
    favours: 'rust',
  },
  {
    id: 'go-for-most',
    sourceId: 'when-each-wins',
    title: 'Go for the ordinary 80%',
    claim:
      'A mixed shop uses Go for the routine majority of services and Rust for the minority that needs it. New services default to Go unless there is a specific reason for Rust.',
    favours: 'go',
  },
  {
    id: 'rewrite-rarely',
    sourceId: 'when-each-wins',
    title: 'Rewriting a Go service is rarely worth it',
    claim:
      'A roughly 1.5× speed-up does not justify a six-month rewrite when a bigger instance costs about $200 a month.',
    favours: 'go',
  },
  {
    id: 'rewrite-conditions',
    sourceId: 'when-each-wins',
    title: 'The three reasons to rewrite',
    claim:
      'Rewrite a Go service in Rust only when it has truly outgrown Go’s performance ceiling, when memory spend outweighs engineering cost, or when a class of bugs Go cannot prevent keeps getting past the tests.',
    favours: 'neither',
  },
  {
    id: 'profile-first',
    sourceId: 'when-each-wins',
    title: 'Profile before switching languages',
    claim:
      'When a service is slow, profile it and fix the bottleneck — usually the database. Switching languages is almost never the fix.',
    favours: 'go',
  },
  {
    id: 'ai-assisted-go',
    sourceId: 'when-each-wins',
    title: 'AI-assisted development favours Go for now',
    claim:
      'Coding assistants wait longer for Rust’s build feedback and sometimes misread borrow-checker errors, so AI-assisted work is currently more productive in Go. The author expects the gap to narrow.',
    favours: 'go',
  },
  {
    id: 'pitfall-faster-folklore',
    sourceId: 'when-each-wins',
    title: 'Pitfall: choosing Rust because it is faster',
    claim:
      'Most services are not bound by language performance; choose Rust for a specific performance or correctness problem, not by reputation.',
    favours: 'go',
  },
  {
    id: 'pitfall-mismatched-benchmarks',
    sourceId: 'when-each-wins',
    title: 'Pitfall: benchmarks that do not match the workload',
    claim:
      'A micro-benchmark win says little about a service that spends most of its time waiting on Postgres.',
    favours: 'neither',
  },
  {
    id: 'go-ergonomics',
    sourceId: 'when-each-wins',
    title: 'What Go makes easy',
    claim:
      'Implicit interfaces, goroutines and channels (lighter to reason about than async runtimes), usually one obvious way to do a thing, and edit-compile-test loops measured in seconds.',
    favours: 'go',
  },
  {
    id: 'rust-ergonomics',
    sourceId: 'when-each-wins',
    title: 'What Rust makes easy',
    claim:
      'Sum types and pattern matching for state machines and error variants, `Result` with `?`, no nil for ordinary values, and ownership checks that turn some runtime bugs into compile errors.',
    favours: 'rust',
  },
  {
    id: 'ecosystem-go-cohesive',
    sourceId: 'when-each-wins',
    title: 'Go’s ecosystem is cohesive',
    claim:
      'Go’s standard library covers HTTP, JSON, crypto and database basics, and its third-party libraries are mature and stable in their APIs.',
    favours: 'go',
  },
  {
    id: 'ecosystem-rust-crates',
    sourceId: 'when-each-wins',
    title: 'Rust’s ecosystem is powerful per crate',
    claim:
      'Rust keeps a small standard library; services assemble crates such as serde, tokio, sqlx and axum, each excellent alone, with the integration left to the team. API churn has slowed since async stabilised.',
    favours: 'neither',
  },

  // — Rust vs Go for Backends: Language choice —
  {
    id: 'risk-profile-rust',
    sourceId: 'language-choice',
    title: 'Memory-safety-critical work leans Rust',
    claim:
      'Auth, cryptography and parsers — and systems where a memory bug is catastrophic, such as databases and embedded code — lean towards Rust, whose borrow checker removes whole classes of memory bugs at compile time.',
    favours: 'rust',
  },
  {
    id: 'risk-profile-go',
    sourceId: 'language-choice',
    title: 'Concurrent request/response services lean Go',
    claim:
      'Ordinary request/response services with high concurrency, where iteration speed matters, lean towards Go.',
    favours: 'go',
  },
  {
    id: 'ramp-months-weeks',
    sourceId: 'language-choice',
    title: 'Months of ramp against weeks',
    claim: 'Starting a codebase in Rust costs the team months of ramp-up; in Go it costs weeks.',
    favours: 'go',
  },
  {
    id: 'when-either-works',
    sourceId: 'when-each-wins',
    title: 'When either language could work',
    claim:
      'For a new service that either language could serve, the author picks by team velocity — which, for most teams, means Go.',
    favours: 'neither',
  },
  {
    id: 'fluency-compounds',
    sourceId: 'language-choice',
    title: 'Fluency compounds',
    claim:
      'Teams ship faster in a language they know, and the cost of a language nobody knows grows every week.',
    favours: 'neither',
  },
  {
    id: 'build-footprint',
    sourceId: 'language-choice',
    title: 'Build time in CI',
    claim: 'Rust’s compile times slow CI, while Go’s fast compiles keep deploy pipelines short.',
    favours: 'go',
  },
  {
    id: 'runtime-consolidation',
    sourceId: 'language-choice',
    title: 'Every runtime compounds',
    claim:
      'Each new service inherits the runtime, build pipeline, observability and on-call habits of the ones before it; fewer runtimes mean fewer base images, profilers and crash modes to recognise.',
    favours: 'neither',
  },
  {
    id: 'document-and-revisit',
    sourceId: 'language-choice',
    title: 'Record the choice and what would reopen it',
    claim:
      'Write down why the language was chosen and the events that should reopen the question: a performance cliff, a security incident, a hiring wave.',
    favours: 'neither',
  },

  // — Rust vs Go for Backend Development (comparison) —
  {
    id: 'performance-c-class',
    sourceId: 'backend-comparison',
    title: 'Performance near C and C++',
    claim:
      'Rust performs in the same class as C and C++; Go is fast too, but its garbage collector adds latency in ultra-low-latency settings.',
    favours: 'rust',
  },
  {
    id: 'ownership-safety',
    sourceId: 'backend-comparison',
    title: 'Ownership removes bug categories',
    claim:
      'Rust’s ownership and borrowing catch entire categories of bugs at compile time; Go relies on a garbage collector and runtime checks.',
    favours: 'rust',
  },
  {
    id: 'concurrency-models',
    sourceId: 'backend-comparison',
    title: 'Two concurrency models',
    claim:
      'Goroutines and channels make concurrency approachable; Rust’s model is more explicit but rules out data races at compile time.',
    favours: 'neither',
  },
  {
    id: 'productivity-go',
    sourceId: 'backend-comparison',
    title: 'Go was built for productivity',
    claim:
      'A small feature set and fast compilation make Go quick to be productive in; Rust’s learning curve is steeper, though its users report high satisfaction once past it.',
    favours: 'go',
  },
  {
    id: 'cloud-native-go',
    sourceId: 'backend-comparison',
    title: 'Go is at home in cloud infrastructure',
    claim:
      'Docker, Kubernetes and Terraform are written in Go, and its ecosystem is mature for cloud-native work and microservices.',
    favours: 'go',
  },
  {
    id: 'rust-web-frameworks',
    sourceId: 'backend-comparison',
    title: 'Rust web frameworks are maturing',
    claim:
      'Rust’s backend ecosystem is growing quickly, with frameworks such as Axum and Actix-web.',
    favours: 'neither',
  },

  // — Rust vs. Go: Choosing a Backend Language for High-Load Systems in 2025 —
  {
    id: 'cpu-bound-rust',
    sourceId: 'high-load-2025',
    title: 'CPU-bound work suits Rust',
    claim:
      'Without garbage-collection overhead, Rust often does better on CPU-heavy work such as complex algorithms and data processing.',
    favours: 'rust',
  },
  {
    id: 'io-bound-go',
    sourceId: 'high-load-2025',
    title: 'I/O-bound work suits Go',
    claim:
      'Go is exceptionally efficient for I/O-bound services: lightweight goroutines hold thousands of simultaneous connections.',
    favours: 'go',
  },
  {
    id: 'gc-latency-spikes',
    sourceId: 'high-load-2025',
    title: 'Garbage-collection pauses',
    claim: 'Go can show latency spikes caused by garbage-collection pauses.',
    favours: 'rust',
  },
  {
    id: 'data-races-go',
    sourceId: 'high-load-2025',
    title: 'Data races remain possible in Go',
    claim:
      'Go’s collector frees memory nothing refers to any more — the source says it prevents leaks, though memory still held by a forgotten reference is not freed — but it does not prevent data races (a race detector helps find them); Rust enforces thread safety at compile time.',
    favours: 'rust',
  },
  {
    id: 'rust-domains',
    sourceId: 'high-load-2025',
    title: 'Where Rust is usually chosen',
    claim:
      'Systems programming, WebAssembly, game engines, browser components, databases and cryptography.',
    favours: 'rust',
  },
  {
    id: 'go-domains',
    sourceId: 'high-load-2025',
    title: 'Where Go is usually chosen',
    claim: 'Cloud-native development, distributed systems, API gateways and DevOps tooling.',
    favours: 'go',
  },
  {
    id: 'cli-go',
    sourceId: 'high-load-2025',
    title: 'CLI tools: Go, alongside DevOps tooling',
    claim:
      'Command-line tools are listed among Go’s dominant domains, next to the DevOps tooling built around Docker and Kubernetes.',
    favours: 'go',
  },
  {
    id: 'learning-curve',
    sourceId: 'high-load-2025',
    title: 'Learning curve and velocity',
    claim:
      'Rust’s strict compiler slows early development but tends to produce more robust code; Go’s gentle curve makes developers productive quickly.',
    favours: 'go',
  },

  // — The Eternal Struggle: Speed of Development vs. Speed of Execution —
  {
    id: 'junior-go-week',
    sourceId: 'eternal-struggle',
    title: 'A junior is productive in Go within a week',
    claim: 'The author finds junior developers productive in Go within about a week.',
    favours: 'go',
  },
  {
    id: 'gc-dealbreaker',
    sourceId: 'eternal-struggle',
    title: 'When GC pauses are a dealbreaker',
    claim:
      'For about 95% of microservices the garbage collector is not a problem; for low-latency trading or real-time audio, where p99 spikes are unacceptable, it rules Go out.',
    favours: 'rust',
  },
  {
    id: 'constrained-hardware',
    sourceId: 'eternal-struggle',
    title: 'Tight memory and constrained hardware',
    claim:
      'When a service must live in a fixed, small amount of RAM (the author’s example is 12 MB), run on edge hardware, or process gigabytes per second, Rust’s efficiency pays for its slower development.',
    favours: 'rust',
  },
  {
    id: 'mvp-three-weeks',
    sourceId: 'eternal-struggle',
    title: 'An MVP due in three weeks',
    claim:
      'For a standard REST or gRPC API, middleware, or an MVP that must ship in three weeks, Go is the right, deliberately boring choice.',
    favours: 'go',
  },
  {
    id: 'rust-velocity-slower',
    sourceId: 'eternal-struggle',
    title: 'Slower early velocity in Rust',
    claim:
      'Development is slower in Rust than in Go, most of all early in a project, while the team negotiates with the borrow checker.',
    favours: 'go',
  },
  {
    id: 'kubernetes-go',
    sourceId: 'eternal-struggle',
    title: 'Seamless with Kubernetes and Docker',
    claim:
      'Because Kubernetes and Docker are written in Go, Go integrates with them without friction; choose it when ecosystem compatibility is the priority.',
    favours: 'go',
  },
  {
    id: 'start-with-go',
    sourceId: 'eternal-struggle',
    title: 'If unsure, start with Go',
    claim:
      'When a new project’s needs are unclear, start in Go; a proven bottleneck can move to Rust later, while moves back from Rust to Go are rare other than for developer burnout.',
    favours: 'go',
  },
  {
    id: 'hybrid-architecture',
    sourceId: 'eternal-struggle',
    title: 'The hybrid architecture',
    claim:
      'Go for the glue — gateways, orchestration and business logic — with the most computationally expensive parts carved out as small Rust services.',
    favours: 'neither',
  },
  {
    id: 'rotating-team-go',
    sourceId: 'eternal-struggle',
    title: 'Rotating maintainers',
    claim:
      'A service maintained by a rotating cast of developers is better served by Go’s simplicity.',
    favours: 'go',
  },
  {
    id: 'comparison-grid',
    sourceId: 'eternal-struggle',
    title: 'The Eternal Struggle’s grid (the author’s view)',
    claim:
      'Go: low learning curve, garbage-collected, goroutines, small binaries, very fast, high velocity. Rust: steep learning curve, ownership and borrowing, zero-cost async, very small binaries, faster still, medium velocity.',
    favours: 'neither',
  },
];
