import type { Option, Question, Step } from '../schema';

/** The answer every question offers for "I don't know": it moves nothing. */
const unsure: Option = { id: 'unsure', label: 'Not sure', uncertain: true, effects: [] };

/** Conditions for "the team is already productive in Rust", which removes Go's early-speed edge. */
/** A team already productive in Rust (alone or with Go), as the deal-breakers read it too. */
const rustFluentTeam = [{ questionId: 'team-fluency', anyOf: ['rust', 'both'] }];

/**
 * Independent request handlers whose work is not itself exposed to memory-safety bugs (not auth or
 * crypto, parsers, systems code or edge hardware): a memory-safety impact counts less there,
 * because Go is memory-safe through its collector and what it leaves open, data races, needs
 * shared state (High-Load Systems 2025); the sources name auth, crypto and parsers as the
 * memory-safety-critical workloads (Language choice).
 */
const independentHandlers = [
  { questionId: 'concurrency-shape', anyOf: ['independent', 'little'] },
  {
    questionId: 'workload-kind',
    anyOf: ['crud-api', 'api-gateway', 'cloud-native', 'cli', 'internal-tool'],
  },
];

/**
 * Questions, each with the criteria its answers move. An effect's `lean` runs from -1 (all Go) to
 * +1 (all Rust); several answers moving one criterion add up and are capped at ±1. An answer that
 * only removes one language's advantage (no firm latency budget, ordinary memory) leans little or
 * not at all: the absence of a need is not a vote. Each effect carries the sentence a reason
 * prints, so a reason only ever says what the answer said.
 */
export const questions: Question[] = [
  {
    id: 'workload-kind',
    nature: 'fact',
    scope: 'service',
    fixed: true,
    prompt: 'What kind of service is it?',
    help: 'Language choice classifies a workload by its risk profile first: auth, cryptography and parsers lean Rust; ordinary request/response services lean Go. The kind only fills in what you leave unanswered, labelled as assumed; your own answers always replace it.',
    sourceIds: ['language-choice', 'when-each-wins', 'high-load-2025'],
    options: [
      {
        id: 'crud-api',
        label: 'Business API over a database (CRUD)',
        effects: [],
        assumes: {
          'runs-where': 'server',
          bottleneck: 'io',
          'concurrency-shape': 'independent',
          'ecosystem-needs': 'web-standard',
        },
      },
      {
        id: 'api-gateway',
        label: 'API gateway, middleware or glue service',
        effects: [],
        assumes: { 'runs-where': 'server', bottleneck: 'io', 'concurrency-shape': 'independent' },
      },
      {
        id: 'proxy',
        label: 'High-throughput proxy or load balancer',
        hint: 'Two sources put high-performance proxies with Rust’s systems work.',
        effects: [],
        assumes: { 'runs-where': 'server', bottleneck: 'mixed' },
      },
      {
        id: 'auth-crypto',
        label: 'Auth, tokens or cryptography',
        effects: [],
        assumes: { 'runs-where': 'server', 'memory-safety-impact': 'catastrophic' },
      },
      {
        id: 'hot-path',
        label: 'CPU-heavy hot path (images, video, data processing)',
        effects: [],
        assumes: { 'runs-where': 'server', bottleneck: 'cpu' },
      },
      {
        id: 'parser-tooling',
        label: 'Parser, compiler or language tooling',
        effects: [],
        assumes: { 'memory-safety-impact': 'serious', bottleneck: 'cpu' },
      },
      {
        id: 'systems',
        label: 'Database or storage engine',
        effects: [],
        assumes: { 'memory-safety-impact': 'catastrophic', bottleneck: 'mixed' },
      },
      {
        id: 'edge-worker',
        label: 'Edge or embedded worker',
        effects: [],
        assumes: { 'runs-where': 'edge', 'memory-constraints': 'constrained' },
      },
      {
        id: 'cloud-native',
        label: 'Kubernetes operator or DevOps tool',
        effects: [],
        assumes: { 'runs-where': 'server', 'ecosystem-needs': 'cloud-native' },
      },
      {
        id: 'cli',
        label: 'Command-line tool',
        hint: 'The sources disagree on CLIs; a follow-up question decides.',
        effects: [],
        assumes: { 'runs-where': 'users-machines' },
      },
      {
        id: 'internal-tool',
        label: 'Internal tool or admin app',
        effects: [],
        assumes: { 'runs-where': 'server', bottleneck: 'io', 'memory-safety-impact': 'minor' },
      },
      {
        id: 'other',
        label: 'Something else',
        hint: 'Nothing is assumed; the other answers decide.',
        effects: [],
      },
    ],
  },
  {
    id: 'service-origin',
    nature: 'fact',
    scope: 'service',
    fixed: true,
    prompt: 'Is this a new service or a rewrite?',
    help: 'Rewriting a working Go service is held to a higher bar than starting a new one: When Each One Wins puts a roughly 1.5× speed-up against six months of work.',
    sourceIds: ['when-each-wins'],
    options: [
      { id: 'greenfield', label: 'A new service', effects: [] },
      {
        id: 'existing-go',
        label: 'An existing Go service we are thinking of rewriting in Rust',
        effects: [],
      },
    ],
  },
  {
    id: 'runs-where',
    nature: 'fact',
    scope: 'service',
    fixed: true,
    prompt: 'Where does the code run?',
    help: 'Where the code runs limits what a runtime may cost. One source lists WebAssembly among Rust’s usual domains; two list edge and embedded targets, where memory is scarce, among the places to reach for Rust.',
    sourceIds: ['high-load-2025', 'when-each-wins', 'eternal-struggle'],
    options: [
      { id: 'server', label: 'On our servers or in the cloud (containers, VMs)', effects: [] },
      {
        id: 'edge',
        label: 'At the edge (edge workers, points of presence)',
        effects: [
          {
            criterionId: 'memory-cost',
            context: true,
            lean: 0.5,
            reason:
              'It runs at the edge, where the platform sets tight limits on memory and start-up; two sources list edge targets among the places to reach for Rust.',
          },
        ],
      },
      {
        id: 'device',
        label: 'On an embedded device or appliance',
        effects: [
          {
            criterionId: 'memory-cost',
            context: true,
            lean: 0.6,
            reason:
              'It runs on an embedded device, where memory is fixed and small; the sources list embedded targets among the places to reach for Rust.',
          },
        ],
      },
      {
        id: 'browser-wasm',
        label: 'In the browser, compiled to WebAssembly',
        effects: [
          {
            criterionId: 'ecosystem',
            context: true,
            lean: 1,
            reason:
              'It runs in the browser as WebAssembly, which one source lists among the domains Rust is usually chosen for.',
          },
          {
            criterionId: 'memory-cost',
            context: true,
            lean: 0.5,
            reason:
              'A browser downloads the module, and a Go module carries Go’s garbage-collected runtime with it; Rust needs no collector.',
          },
        ],
      },
      {
        id: 'users-machines',
        label: 'On users’ machines (a CLI or desktop agent)',
        effects: [],
      },
      unsure,
    ],
  },
  {
    id: 'cli-needs',
    nature: 'fact',
    scope: 'service',
    prompt: 'What matters most for this command-line tool?',
    help: 'Both languages ship fast static binaries. When Each One Wins lists CLIs that need to be fast and self-contained among Rust’s strengths; the High-Load forum post lists CLI tools among Go’s domains next to DevOps tooling. What the tool spends its time on decides which claim applies.',
    sourceIds: ['when-each-wins', 'high-load-2025'],
    showWhen: [{ questionId: 'workload-kind', anyOf: ['cli'] }],
    options: [
      {
        id: 'fast-self-contained',
        label: 'Raw speed on heavy local work (searching, parsing, transforming large files)',
        event:
          'the tool comes to do heavy local work: searching, parsing or transforming large files',
        effects: [
          {
            criterionId: 'ecosystem',
            lean: 0.8,
            reason:
              'What matters most is raw speed on heavy local work, and one source lists fast, self-contained CLIs among Rust’s strengths; both languages ship single static binaries, so the speed is what counts.',
          },
        ],
      },
      {
        id: 'devops-integration',
        label: 'Fitting into DevOps tooling (Kubernetes, Docker, cloud APIs)',
        event: 'the tool must fit into Kubernetes, Docker and cloud tooling',
        effects: [
          {
            criterionId: 'ecosystem',
            lean: -1,
            reason:
              'What matters most is fitting into DevOps tooling; Kubernetes and Docker are written in Go, and one source lists CLI and DevOps tools among Go’s domains.',
          },
        ],
      },
      unsure,
    ],
  },
  {
    id: 'memory-safety-impact',
    nature: 'estimate',
    scope: 'service',
    prompt: 'What would a memory-safety bug or data race in this service cost?',
    help: 'In ordinary code both languages are memory-safe: Go through its garbage collector and bounds checks, Rust through ownership checked at compile time. The gap is data races: Rust rejects them when it compiles, while in Go they remain possible, can corrupt memory, and its race detector finds only those the tests run into. Neither prevents logic or authorisation bugs. The sources count this most where the work is exposed: auth, cryptography, parsers of untrusted input, shared mutable state, systems code.',
    sourceIds: ['language-choice', 'backend-comparison', 'high-load-2025'],
    options: [
      {
        id: 'catastrophic',
        label: 'Catastrophic: memory corruption or a data race could leak secrets or corrupt data',
        event: 'a memory-safety bug here would become catastrophic',
        effects: [
          {
            criterionId: 'memory-safety',
            lean: 1,
            unlessAll: independentHandlers,
            reason:
              'Memory corruption or a data race here would be catastrophic; Rust rejects data races at compile time, while Go, memory-safe through its collector, still allows them.',
          },
          {
            criterionId: 'memory-safety',
            lean: 0.6,
            whenAll: independentHandlers,
            reason:
              'Memory corruption or a data race here would be catastrophic, though independent request handlers in Go, memory-safe through its collector, share little that a race could corrupt; Rust rejects data races at compile time.',
          },
        ],
      },
      {
        id: 'serious',
        label: 'Serious, but contained to this service',
        event: 'a memory-safety bug here would become serious',
        effects: [
          {
            criterionId: 'memory-safety',
            lean: 0.4,
            unlessAll: independentHandlers,
            reason:
              'A memory-safety bug here would be serious though contained, so Rust’s compile-time guarantees are worth something.',
          },
          {
            criterionId: 'memory-safety',
            lean: 0.25,
            whenAll: independentHandlers,
            reason:
              'A memory-safety bug here would be serious though contained, and independent request handlers share little that a data race could corrupt; Rust’s compile-time guarantees are worth a little.',
          },
        ],
      },
      {
        id: 'minor',
        label: 'Minor: a retry or a restart sorts it out',
        event: 'a memory-safety bug here would only cost a retry',
        effects: [],
      },
      unsure,
    ],
  },
  {
    id: 'bottleneck',
    nature: 'estimate',
    scope: 'service',
    prompt: 'Where does a request spend most of its time?',
    help: 'Rust’s runtime advantage shows on CPU-bound work. For a service that waits on its database — most services — the gap shrinks, and Go’s goroutines handle the waiting efficiently.',
    sourceIds: ['high-load-2025', 'when-each-wins'],
    options: [
      {
        id: 'io',
        label: 'Waiting on the database or other services',
        event: 'requests come to spend most of their time waiting on the database or network',
        implausibleWhen: [{ questionId: 'runs-where', anyOf: ['browser-wasm', 'device'] }],
        effects: [
          {
            criterionId: 'compute-profile',
            lean: -0.3,
            reason:
              'Requests mostly wait on the database or other services: Rust’s speed matters less there, and goroutines handle the waiting efficiently.',
          },
        ],
      },
      {
        id: 'mixed',
        label: 'A mix of waiting and computing',
        event: 'requests come to split their time between waiting and computing',
        effects: [],
      },
      {
        id: 'cpu',
        label: 'Computing in our own code (parsing, encoding, transforming)',
        event: 'requests come to spend most of their time computing in the service’s own code',
        effects: [
          {
            criterionId: 'compute-profile',
            lean: 1,
            reason:
              'Requests spend their time computing in the service’s own code: CPU-bound work is where Rust’s lack of garbage-collection overhead shows.',
          },
        ],
      },
      unsure,
    ],
  },
  {
    id: 'latency-budget',
    nature: 'estimate',
    scope: 'service',
    prompt: 'What p99 latency must the service meet?',
    help: 'When Each One Wins reaches for Rust for hot-path services whose budget is under 10 ms. For a service that mostly waits on its database, the database sets the tail more than the language does. (On that author’s synthetic billing API, Go 1.17 and Rust 1.59, p99 was 18 ms in Go and 11 ms in Rust: neither under 10 ms.)',
    sourceIds: ['when-each-wins'],
    options: [
      {
        id: 'under-10ms',
        label: 'Under 10 ms',
        event: 'the p99 budget tightens to under 10 ms',
        effects: [
          {
            criterionId: 'latency',
            lean: 0.3,
            reason:
              'The p99 budget is under 10 ms, where one author reaches for Rust on hot paths.',
          },
          {
            criterionId: 'latency',
            lean: 0.7,
            // An I/O-bound service's tail is set by its database, not its language.
            unless: [{ questionId: 'bottleneck', anyOf: ['io'] }],
            reason:
              'For work that is not mostly waiting on I/O, a garbage collector’s assist work and pauses count against a sub-10 ms tail; Rust has neither.',
          },
        ],
      },
      {
        id: '10-to-50ms',
        label: 'Between 10 and 50 ms',
        event: 'the p99 budget settles between 10 and 50 ms',
        effects: [],
      },
      {
        id: 'relaxed',
        label: 'Over 50 ms, or no firm budget',
        event: 'the p99 budget relaxes to over 50 ms',
        effects: [],
      },
      unsure,
    ],
  },
  {
    id: 'tail-spikes',
    nature: 'estimate',
    scope: 'service',
    prompt: 'Can the service live with occasional tail jitter of a millisecond or more?',
    help: 'Go’s stop-the-world pauses have been short since Go 1.8 (its release notes: usually under 100 microseconds); what reaches the tail is the collector’s work under allocation load, which can add milliseconds to a p99. For most services nobody notices; The Eternal Struggle calls it a dealbreaker for low-latency trading and real-time audio. A hard tail deadline with a p99 budget under 10 ms rules Go out.',
    sourceIds: ['high-load-2025', 'eternal-struggle'],
    options: [
      {
        id: 'no',
        label: 'No: it has a hard tail deadline (low-latency trading, real-time audio)',
        event: 'a hard tail deadline appears: a millisecond of jitter becomes a failure',
        // A service with no firm latency budget has no hard tail deadline.
        contradicts: [{ questionId: 'latency-budget', anyOf: ['relaxed'] }],
        implausibleWhen: [
          {
            questionId: 'workload-kind',
            anyOf: ['crud-api', 'api-gateway', 'internal-tool', 'cloud-native'],
          },
        ],
        effects: [
          {
            criterionId: 'latency',
            lean: 1,
            reason:
              'A millisecond of tail jitter is a failure here; Go’s collector adds jitter under allocation load, and Rust has none (its allocator and async runtime still need care).',
          },
        ],
      },
      {
        id: 'rarely',
        label: 'Rare jitter of a few milliseconds is acceptable',
        event: 'rare jitter of a few milliseconds becomes acceptable',
        effects: [],
      },
      {
        id: 'yes',
        label: 'Yes: nobody would notice',
        event: 'tail jitter stops mattering to anyone',
        effects: [],
      },
      unsure,
    ],
  },
  {
    id: 'memory-constraints',
    nature: 'estimate',
    scope: 'service',
    prompt: 'How tight is memory where it runs?',
    help: 'On one author’s synthetic billing API (Go 1.17, Rust 1.59) Go used about 2× the memory at steady state (180 MB against 95 MB) and about 3× at peak (410 MB against 130 MB), because its collector keeps slack; Go 1.19 and later can cap that slack with GOMEMLIMIT (Go 1.19 release notes). That matters on small hardware and when memory is a real cost; a device too small for a garbage-collected runtime rules Go out.',
    sourceIds: ['when-each-wins', 'eternal-struggle'],
    options: [
      {
        id: 'no-gc-room',
        label: 'Too small for a garbage-collected runtime (a few MB, microcontrollers)',
        event: 'the target hardware shrinks below what a garbage-collected runtime needs',
        // Only a device the service runs on can be that small; edge platforms give tens of MB.
        implausibleWhen: [
          { questionId: 'runs-where', anyOf: ['server', 'edge', 'browser-wasm', 'users-machines'] },
        ],
        effects: [
          {
            criterionId: 'memory-cost',
            lean: 1,
            reason:
              'The hardware is too small for a garbage-collected runtime; Rust can run with no runtime and no heap at all.',
          },
        ],
      },
      {
        id: 'constrained',
        label: 'Tight: edge or embedded hardware, a small fixed RAM budget',
        event: 'memory becomes tight: a small, fixed RAM budget',
        effects: [
          {
            criterionId: 'memory-cost',
            lean: 1,
            reason:
              'Memory is tight and fixed; on one author’s synthetic billing API Rust used about half of Go’s memory at steady state and a third at peak.',
          },
        ],
      },
      {
        id: 'costly',
        label: 'Memory is a large part of the cloud bill at our scale',
        event: 'memory becomes a large part of the cloud bill',
        effects: [
          {
            criterionId: 'memory-cost',
            lean: 0.7,
            reason:
              'Memory is a large part of the bill; one author reaches for Rust where a memory saving (3× at peak on that author’s benchmark) pays for slower development.',
          },
        ],
      },
      {
        id: 'ordinary',
        label: 'Ordinary instances; memory is not a concern',
        event: 'memory stops being a concern (ordinary instances)',
        effects: [],
      },
      unsure,
    ],
  },
  {
    id: 'concurrency-shape',
    nature: 'estimate',
    scale: ['little', 'independent', 'shared', 'shared-buggy'],
    scope: 'service',
    prompt: 'What does concurrency look like in this service?',
    help: 'Goroutines make thousands of independent connections simple. Where threads share mutable state — especially state that has already been buggy — Rust turns data races into compile errors, though not deadlocks or races in the logic; Go’s race detector finds data races only on the paths the tests run.',
    sourceIds: ['high-load-2025', 'when-each-wins', 'backend-comparison'],
    options: [
      {
        id: 'independent',
        label: 'Many independent requests or connections (thousands at once)',
        event: 'concurrency becomes many independent requests',
        effects: [
          {
            criterionId: 'concurrency',
            lean: -0.3,
            // Rust's async runtimes serve independent requests well too, so the lean is small.
            reason:
              'Concurrency is many independent requests, which goroutines handle with less ceremony than async Rust.',
          },
        ],
      },
      {
        id: 'shared-buggy',
        label: 'Shared mutable state across threads, and it has been buggy',
        event: 'bugs in shared mutable state start reaching production',
        effects: [
          {
            criterionId: 'concurrency',
            lean: 1,
            reason:
              'Shared mutable state has been buggy; Rust rejects data races (though not deadlocks or logic races) at compile time, while Go’s race detector finds them only on the paths the tests run.',
          },
        ],
      },
      {
        id: 'shared',
        label: 'Shared mutable state, so far without trouble',
        event: 'the service comes to share mutable state across threads',
        effects: [
          {
            criterionId: 'concurrency',
            lean: 0.3,
            reason:
              'Threads share mutable state; Rust would rule out data races in it at compile time (not deadlocks or logic races).',
          },
        ],
      },
      {
        id: 'little',
        label: 'Little concurrency to speak of',
        event: 'concurrency stops mattering',
        effects: [],
      },
      unsure,
    ],
  },
  {
    id: 'deadline',
    nature: 'estimate',
    scope: 'service',
    prompt: 'When must the first version be in production?',
    help: 'Development is slower in Rust, most of all early on, unless the team already works in it. The Eternal Struggle picks Go for an MVP due in three weeks and When Each One Wins for projects that must ship within about six months; a team new to Rust with about a month to ship rules Rust out.',
    sourceIds: ['eternal-struggle', 'when-each-wins'],
    options: [
      {
        id: 'weeks',
        label: 'Within about a month (an MVP)',
        event: 'the first version becomes due within about a month',
        effects: [
          {
            criterionId: 'time-to-ship',
            lean: -1,
            unless: rustFluentTeam,
            reason:
              'The first version is due within about a month, and early development is faster in Go for a team not already productive in Rust.',
          },
        ],
      },
      {
        id: 'months',
        label: 'Within about six months',
        event: 'a deadline of about six months is set',
        effects: [
          {
            criterionId: 'time-to-ship',
            lean: -0.5,
            unless: rustFluentTeam,
            reason:
              'It must ship within about six months; one source reaches for Go for such projects when the team is not already productive in Rust.',
          },
        ],
      },
      {
        id: 'long-lived',
        label: 'No hard date; it is meant to last for years',
        event: 'the hard date goes away',
        effects: [],
      },
      unsure,
    ],
  },
  {
    id: 'build-sensitivity',
    nature: 'estimate',
    scope: 'service',
    prompt: 'How much do build and CI times matter for this service?',
    help: 'On one author’s synthetic billing API (Go 1.17 and Rust 1.59) a cold build took 12 s in Go and 4 minutes in Rust, an incremental build 0.8 s against 6 s; that author calls it Rust’s biggest day-to-day pain. Both toolchains have changed since (Rust 1.90 made the faster LLD linker the default on x86-64 Linux, by its release announcement); Rust still compiles markedly slower, but measure your own CI with caching.',
    sourceIds: ['when-each-wins', 'language-choice'],
    options: [
      {
        id: 'critical',
        label: 'A lot: many deploys a day, fast CI is essential',
        event: 'build time becomes critical (many deploys a day)',
        effects: [
          {
            criterionId: 'build-time',
            lean: -1,
            reason:
              'Fast CI is essential here, and Go builds much faster: 12 s against 4 minutes from cold on one author’s billing API (Go 1.17, Rust 1.59).',
          },
        ],
      },
      {
        id: 'moderate',
        label: 'Somewhat',
        event: 'build time starts to matter somewhat',
        effects: [
          {
            criterionId: 'build-time',
            lean: -0.4,
            reason: 'Build times matter somewhat, and Rust’s compiles are several times slower.',
          },
        ],
      },
      {
        id: 'low',
        label: 'Hardly: it changes and deploys rarely',
        event: 'the service comes to change and deploy only rarely',
        effects: [],
      },
      unsure,
    ],
  },
  {
    id: 'ecosystem-needs',
    nature: 'estimate',
    scope: 'service',
    prompt: 'Which ecosystem does the service lean on most?',
    help: 'Kubernetes, Docker and Terraform are written in Go, so cloud-native integration is seamless there. Systems-level work — WebAssembly, packet-level networking, implementing cryptographic algorithms — is where the sources list Rust. A service that only uses cryptography is well served by Go’s standard crypto and TLS packages.',
    sourceIds: ['backend-comparison', 'eternal-struggle', 'high-load-2025'],
    options: [
      {
        id: 'cloud-native',
        label:
          'Talks to the Kubernetes API or builds on cloud-native Go libraries (controllers, operators)',
        event:
          'the service comes to talk to the Kubernetes API or build on cloud-native Go libraries',
        implausibleWhen: [{ questionId: 'runs-where', anyOf: ['browser-wasm', 'device'] }],
        effects: [
          {
            criterionId: 'ecosystem',
            lean: -1,
            reason:
              'It talks to the Kubernetes API or builds on cloud-native Go libraries; Kubernetes and Docker are written in Go and integrate with it seamlessly.',
          },
        ],
      },
      {
        id: 'web-standard',
        label: 'A standard web stack: HTTP, JSON, SQL, gRPC',
        event: 'the service settles on a standard web stack',
        effects: [
          {
            criterionId: 'ecosystem',
            lean: -0.3,
            reason:
              'It needs a standard web stack, which Go’s standard library and mature libraries cover cohesively; Rust covers it too, with more assembly required.',
          },
        ],
      },
      {
        id: 'systems',
        label:
          'Systems-level: WebAssembly, packet-level networking, implementing cryptographic algorithms',
        event: 'the service comes to need systems-level libraries',
        effects: [
          {
            criterionId: 'ecosystem',
            lean: 1,
            reason:
              'It is systems-level work — WebAssembly, packet-level networking or implementing cryptographic algorithms — where one source lists Rust as the usual choice.',
          },
        ],
      },
      unsure,
    ],
  },
  {
    id: 'rewrite-ceiling',
    nature: 'fact',
    scope: 'service',
    prompt: 'Has profiling shown the service has outgrown Go’s performance ceiling?',
    help: 'The first of the three reasons When Each One Wins accepts for a rewrite, and a rare one: a slow service is usually slow in its database.',
    sourceIds: ['when-each-wins'],
    showWhen: [{ questionId: 'service-origin', anyOf: ['existing-go'] }],
    options: [
      {
        id: 'yes',
        label: 'Yes: after tuning, the Go runtime itself is the limit',
        event: 'profiling shows the Go runtime itself is the limit',
        effects: [
          {
            criterionId: 'compute-profile',
            lean: 1,
            reason:
              'Profiling after tuning shows the Go runtime itself is the limit: the service has outgrown Go’s performance ceiling.',
          },
          {
            criterionId: 'latency',
            lean: 0.5,
            reason:
              'The Go runtime itself limits the service, which Rust’s lack of a collector lifts.',
          },
        ],
      },
      { id: 'not-profiled', label: 'We have not profiled it yet', uncertain: true, effects: [] },
      {
        id: 'no',
        label: 'No: the bottleneck is elsewhere',
        event: 'profiling shows the bottleneck is elsewhere',
        effects: [],
      },
    ],
  },
  {
    id: 'rewrite-memory-cost',
    nature: 'fact',
    scope: 'service',
    prompt: 'Does what you spend on memory for it outweigh what its developers cost?',
    help: 'The second reason for a rewrite: cloud spend on memory larger than engineering cost. Otherwise a bigger instance (about $200 a month in the source’s example) is cheaper than six months of rewriting.',
    sourceIds: ['when-each-wins'],
    showWhen: [{ questionId: 'service-origin', anyOf: ['existing-go'] }],
    options: [
      {
        id: 'yes',
        label: 'Yes: memory spend outweighs developer cost',
        event: 'memory spend comes to outweigh what the developers cost',
        effects: [
          {
            criterionId: 'memory-cost',
            lean: 1,
            reason:
              'Memory spend outweighs what the developers cost, the second of the sources’ reasons for a rewrite.',
          },
        ],
      },
      unsure,
      { id: 'no', label: 'No', event: 'memory spend falls below developer cost', effects: [] },
    ],
  },
  {
    id: 'rewrite-bug-class',
    nature: 'fact',
    scope: 'service',
    prompt: 'Does a class of bugs Go cannot prevent keep escaping your tests?',
    help: 'The third reason for a rewrite: data races or memory corruption that tests keep missing, which Rust would reject at compile time.',
    sourceIds: ['when-each-wins', 'high-load-2025'],
    showWhen: [{ questionId: 'service-origin', anyOf: ['existing-go'] }],
    options: [
      {
        id: 'yes',
        label: 'Yes: such bugs keep reaching production',
        event: 'bugs Go cannot prevent start reaching production',
        effects: [
          {
            criterionId: 'memory-safety',
            lean: 1,
            reason:
              'Bugs Go cannot prevent keep reaching production; Rust would reject them at compile time.',
          },
          {
            criterionId: 'concurrency',
            lean: 0.7,
            reason:
              'Data races keep escaping the tests; Rust’s ownership rules make them compile errors (deadlocks and logic races remain possible).',
          },
        ],
      },
      unsure,
      { id: 'no', label: 'No', event: 'those bugs stop escaping the tests', effects: [] },
    ],
  },
  {
    id: 'rewrite-bottleneck',
    nature: 'fact',
    scope: 'service',
    prompt: 'What is the service’s bottleneck today?',
    help: 'Profile before switching languages: the usual bottleneck is the database, and a rewrite does not fix that.',
    sourceIds: ['when-each-wins'],
    showWhen: [{ questionId: 'service-origin', anyOf: ['existing-go'] }],
    options: [
      {
        id: 'database',
        label: 'The database',
        event: 'the database becomes the bottleneck',
        effects: [
          {
            criterionId: 'compute-profile',
            lean: -0.3,
            reason: 'The bottleneck is the database, which a faster language does not speed up.',
          },
        ],
      },
      {
        id: 'downstream',
        label: 'Calls to other services',
        event: 'calls to other services become the bottleneck',
        effects: [
          {
            criterionId: 'compute-profile',
            lean: -0.3,
            reason:
              'The bottleneck is calls to other services, time a faster language does not shorten.',
          },
        ],
      },
      {
        id: 'cpu',
        label: 'CPU in our own code',
        event: 'CPU in the service’s own code becomes the bottleneck',
        effects: [
          {
            criterionId: 'compute-profile',
            lean: 0.6,
            reason:
              'The bottleneck is CPU in the service’s own code, where Rust’s efficiency can help.',
          },
        ],
      },
      {
        id: 'gc-memory',
        label: 'Garbage collection or memory',
        event: 'garbage collection or memory becomes the bottleneck',
        effects: [
          {
            criterionId: 'latency',
            lean: 0.4,
            reason: 'Garbage collection is the bottleneck, and Rust has no collector.',
          },
          {
            criterionId: 'memory-cost',
            lean: 0.4,
            reason:
              'Memory is the bottleneck, and Go’s collector keeps slack memory that Rust does not.',
          },
        ],
      },
      { id: 'unknown', label: 'We do not know yet', uncertain: true, effects: [] },
    ],
  },
  {
    id: 'team-fluency',
    nature: 'fact',
    scope: 'team',
    prompt: 'Which language is the team already productive in?',
    help: 'One author puts a senior developer new to Rust at two to three months to a first real pull request, and developers from Java, Python or Node at about two weeks to pick up Go. Teams ship faster in what they know, and this decides a service whose workload favours neither language.',
    sourceIds: ['language-choice', 'when-each-wins'],
    options: [
      {
        id: 'go',
        label: 'Go',
        event: 'the service moves to a team productive in Go',
        effects: [
          {
            criterionId: 'team-fluency',
            lean: -1,
            reason:
              'The team is productive in Go; a new Rust codebase would cost it months of ramp-up against none.',
          },
        ],
      },
      {
        id: 'rust',
        label: 'Rust',
        event: 'the team becomes productive in Rust, or a Rust team takes the service on',
        effects: [
          {
            criterionId: 'team-fluency',
            lean: 1,
            reason:
              'The team is already productive in Rust, so Rust’s usual ramp-up cost does not apply, and switching to Go would cost it weeks.',
          },
        ],
      },
      {
        id: 'both',
        label: 'Both',
        event: 'the team becomes productive in both',
        effects: [],
      },
      {
        id: 'neither',
        label: 'Neither yet',
        hint: 'Go’s ramp-up is weeks; Rust’s is months.',
        event: 'the service moves to a team new to both languages',
        effects: [
          {
            criterionId: 'team-fluency',
            lean: -0.5,
            reason:
              'Nobody on the team is productive in either yet; Go takes weeks to learn, Rust months.',
          },
        ],
      },
    ],
  },
  {
    id: 'team-size',
    nature: 'fact',
    scope: 'team',
    prompt: 'How many engineers will own it?',
    help: 'One source reaches for Go with teams under ten, where every hire and every week of ramp-up counts.',
    sourceIds: ['when-each-wins'],
    options: [
      {
        id: 'under-10',
        label: 'Fewer than 10',
        event: 'the team shrinks below ten',
        effects: [
          {
            criterionId: 'hiring',
            lean: -0.5,
            unless: [
              { questionId: 'hiring-plans', anyOf: ['none', 'few-specialists'] },
              ...rustFluentTeam,
            ],
            reason:
              'A team under ten feels every hire and every week of ramp-up; one source reaches for Go for teams that size, for its larger hiring pool.',
          },
        ],
      },
      {
        id: '10-or-more',
        label: '10 or more',
        event: 'the team grows to ten or more',
        effects: [],
      },
    ],
  },
  {
    id: 'hiring-plans',
    nature: 'fact',
    scope: 'team',
    prompt: 'Will the team need to hire in the next year?',
    help: 'When Each One Wins (written with 2021–22 toolchains) finds Go easy to hire for and Rust’s pool small, though adequate for a specialised team: compilers, embedded or low-latency systems. Weigh that against your own market.',
    sourceIds: ['when-each-wins'],
    options: [
      {
        id: 'wave',
        label: 'Yes, several people, quickly',
        event: 'a hiring wave is planned',
        effects: [
          {
            criterionId: 'hiring',
            lean: -1,
            reason:
              'Several people must be hired quickly: Go candidates are plentiful and productive in weeks, while Rust’s pool is small.',
          },
        ],
      },
      {
        id: 'few-specialists',
        label: 'A few specialists',
        event: 'hiring narrows to a few specialists',
        effects: [
          {
            criterionId: 'hiring',
            lean: 0.3,
            // The source speaks of specialised work, not of how many are hired.
            unless: [
              {
                questionId: 'workload-kind',
                anyOf: [
                  'crud-api',
                  'api-gateway',
                  'auth-crypto',
                  'cloud-native',
                  'cli',
                  'internal-tool',
                  'other',
                ],
              },
            ],
            reason:
              'A few specialists will be hired for specialised work, and one source finds the Rust pool adequate for specialised teams (compilers, embedded, low-latency systems).',
          },
        ],
      },
      { id: 'none', label: 'No hiring planned', event: 'hiring plans are dropped', effects: [] },
    ],
  },
  {
    id: 'runtimes-in-production',
    nature: 'fact',
    scope: 'team',
    prompt: 'Which of the two does your organisation already run in production?',
    help: 'Every runtime in production brings its own base images, profilers, crash modes and on-call knowledge; fewer is cheaper.',
    sourceIds: ['language-choice'],
    options: [
      {
        id: 'go-only',
        label: 'Go, but not Rust',
        event: 'the organisation runs Go and not Rust',
        effects: [
          {
            criterionId: 'operational-consolidation',
            lean: -1,
            reason:
              'The organisation runs Go and not Rust; a Rust service would add base images, profilers, crash modes and on-call knowledge.',
          },
        ],
      },
      {
        id: 'rust-only',
        label: 'Rust, but not Go',
        event: 'the organisation comes to run Rust and not Go',
        effects: [
          {
            criterionId: 'operational-consolidation',
            lean: 1,
            reason:
              'The organisation runs Rust and not Go; a Go service would be the extra runtime to support.',
          },
        ],
      },
      {
        id: 'both',
        label: 'Both',
        event: 'the organisation comes to run both in production',
        effects: [],
      },
      {
        id: 'neither',
        label: 'Neither',
        event: 'neither runs in production any more',
        effects: [],
      },
    ],
  },
  {
    id: 'ai-assistance',
    nature: 'fact',
    scope: 'team',
    prompt: 'How much of the team’s coding is AI-assisted?',
    help: 'One author found assistants wait longer for Rust’s build feedback and sometimes misread borrow-checker errors, so AI-assisted work was more productive in Go; the author expects the gap to narrow.',
    sourceIds: ['when-each-wins'],
    options: [
      {
        id: 'most',
        label: 'Most of it',
        event: 'most of the coding becomes AI-assisted',
        effects: [
          {
            criterionId: 'ai-assisted',
            lean: -1,
            reason:
              'Most of the coding is AI-assisted, which one author found more productive in Go at the time of writing, expecting the gap to narrow.',
          },
        ],
      },
      {
        id: 'some',
        label: 'Some',
        event: 'some of the coding becomes AI-assisted',
        effects: [
          {
            criterionId: 'ai-assisted',
            lean: -0.4,
            reason:
              'Some of the coding is AI-assisted, which one author found somewhat more productive in Go at the time of writing, expecting the gap to narrow.',
          },
        ],
      },
      { id: 'none', label: 'None', event: 'the team stops using AI assistants', effects: [] },
    ],
  },
];

/** The questionnaire's steps, in order. A step whose questions are all hidden is skipped. */
export const steps: Step[] = [
  {
    id: 'service',
    title: 'The service',
    intro: 'Start with what the service does, where it runs and whether it exists already.',
    questionIds: ['workload-kind', 'service-origin', 'runs-where', 'cli-needs'],
  },
  {
    id: 'rewrite',
    title: 'The rewrite bar',
    intro:
      'A rewrite must clear one of three bars When Each One Wins sets. Answer what you know; profile what you do not.',
    questionIds: [
      'rewrite-ceiling',
      'rewrite-memory-cost',
      'rewrite-bug-class',
      'rewrite-bottleneck',
    ],
  },
  {
    id: 'risk',
    title: 'Risk and performance',
    intro: 'What a bug would cost, and what the service must deliver under load.',
    questionIds: ['memory-safety-impact', 'bottleneck', 'latency-budget', 'tail-spikes'],
  },
  {
    id: 'resources',
    title: 'Memory and concurrency',
    intro: 'How much memory it may use and how it handles many things at once.',
    questionIds: ['memory-constraints', 'concurrency-shape'],
  },
  {
    id: 'delivery',
    title: 'Delivery',
    intro: 'Deadlines, build pipelines and the libraries the service depends on.',
    questionIds: ['deadline', 'build-sensitivity', 'ecosystem-needs'],
  },
  {
    id: 'team',
    title: 'Team and organisation',
    intro: 'These answers describe the people and the platform around the service.',
    questionIds: [
      'team-fluency',
      'team-size',
      'hiring-plans',
      'runtimes-in-production',
      'ai-assistance',
    ],
  },
];
