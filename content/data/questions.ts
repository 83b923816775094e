import type { Option, Question, Step } from '../schema';

/** The answer every question offers for "I don't know": it moves nothing. */
const unsure: Option = { id: 'unsure', label: 'Not sure', uncertain: true, effects: [] };

/**
 * Questions, each with the criteria its answers move. An effect's `lean` runs from -1 (all Go) to
 * +1 (all Rust); several answers moving one criterion add up and are capped at ±1.
 */
export const questions: Question[] = [
  {
    id: 'workload-kind',
    scope: 'service',
    fixed: true,
    prompt: 'What kind of service is it?',
    help: 'The sources classify a workload by its risk profile first: auth, cryptography and parsers lean Rust; ordinary request/response services lean Go. Pick the closest match.',
    sourceIds: ['language-choice', 'when-each-wins', 'high-load-2025'],
    options: [
      {
        id: 'crud-api',
        label: 'Business API over a database (CRUD)',
        effects: [
          { criterionId: 'memory-safety', lean: -0.4 },
          { criterionId: 'compute-profile', lean: -0.6 },
          { criterionId: 'ecosystem', lean: -0.2 },
        ],
      },
      {
        id: 'api-gateway',
        label: 'API gateway, middleware or glue service',
        effects: [
          { criterionId: 'compute-profile', lean: -0.5 },
          { criterionId: 'concurrency', lean: -0.6 },
          { criterionId: 'ecosystem', lean: -0.3 },
        ],
      },
      {
        id: 'auth-crypto',
        label: 'Auth, tokens or cryptography',
        effects: [{ criterionId: 'memory-safety', lean: 1 }],
      },
      {
        id: 'hot-path',
        label: 'CPU-heavy hot path (images, video, data processing)',
        effects: [{ criterionId: 'compute-profile', lean: 1 }],
      },
      {
        id: 'parser-tooling',
        label: 'Parser, compiler or language tooling',
        effects: [
          { criterionId: 'memory-safety', lean: 0.8 },
          { criterionId: 'compute-profile', lean: 0.8 },
        ],
      },
      {
        id: 'systems',
        label: 'Proxy, database or storage engine',
        effects: [
          { criterionId: 'memory-safety', lean: 0.8 },
          { criterionId: 'compute-profile', lean: 0.4 },
          { criterionId: 'latency', lean: 0.4 },
        ],
      },
      {
        id: 'edge-worker',
        label: 'Edge or embedded worker',
        effects: [{ criterionId: 'memory-cost', lean: 1 }],
      },
      {
        id: 'cloud-native',
        label: 'Kubernetes operator or DevOps tool',
        effects: [{ criterionId: 'ecosystem', lean: -1 }],
      },
      {
        id: 'cli',
        label: 'Command-line tool',
        hint: 'The sources disagree on CLIs; a follow-up question decides.',
        effects: [],
      },
      {
        id: 'internal-tool',
        label: 'Internal tool or admin app',
        effects: [
          { criterionId: 'memory-safety', lean: -0.4 },
          { criterionId: 'compute-profile', lean: -0.5 },
          { criterionId: 'time-to-ship', lean: -0.3 },
        ],
      },
    ],
  },
  {
    id: 'service-origin',
    scope: 'service',
    fixed: true,
    prompt: 'Is this a new service or a rewrite?',
    help: 'Rewriting a working Go service is held to a higher bar than starting a new one: the sources put a roughly 1.5× speed-up against six months of work.',
    sourceIds: ['when-each-wins'],
    options: [
      { id: 'greenfield', label: 'A new service', effects: [] },
      {
        id: 'existing-go',
        label: 'An existing Go service we are thinking of rewriting in Rust',
        effects: [{ criterionId: 'time-to-ship', lean: -0.4 }],
      },
    ],
  },
  {
    id: 'cli-needs',
    scope: 'service',
    prompt: 'What matters most for this command-line tool?',
    help: 'One source lists fast, self-contained CLIs among Rust’s strengths; another lists CLI tools among Go’s domains next to DevOps tooling. Your answer decides which claim applies.',
    sourceIds: ['when-each-wins', 'high-load-2025'],
    showWhen: [{ questionId: 'workload-kind', anyOf: ['cli'] }],
    options: [
      {
        id: 'fast-self-contained',
        label: 'Starting instantly and shipping as one small binary',
        effects: [
          { criterionId: 'compute-profile', lean: 0.5 },
          { criterionId: 'ecosystem', lean: 0.6 },
        ],
      },
      {
        id: 'devops-integration',
        label: 'Fitting into DevOps tooling (Kubernetes, Docker, cloud APIs)',
        effects: [{ criterionId: 'ecosystem', lean: -1 }],
      },
      unsure,
    ],
  },
  {
    id: 'memory-safety-impact',
    scope: 'service',
    prompt: 'What would a memory-safety bug or data race in this service cost?',
    help: 'Rust’s borrow checker rules out whole classes of these bugs at compile time; Go’s garbage collector prevents leaks but not data races. The worse the outcome, the more that guarantee is worth.',
    sourceIds: ['language-choice', 'backend-comparison', 'high-load-2025'],
    options: [
      {
        id: 'catastrophic',
        label: 'Catastrophic: leaked credentials, corrupted money or data',
        effects: [{ criterionId: 'memory-safety', lean: 1 }],
      },
      {
        id: 'serious',
        label: 'Serious, but contained to this service',
        effects: [{ criterionId: 'memory-safety', lean: 0.4 }],
      },
      {
        id: 'minor',
        label: 'Minor: a retry or a restart sorts it out',
        effects: [{ criterionId: 'memory-safety', lean: -0.4 }],
      },
      unsure,
    ],
  },
  {
    id: 'bottleneck',
    scope: 'service',
    prompt: 'Where does a request spend most of its time?',
    help: 'Rust’s runtime advantage shows on CPU-bound work. For a service that waits on its database — most services — the gap shrinks, and Go’s goroutines handle the waiting very efficiently.',
    sourceIds: ['high-load-2025', 'when-each-wins'],
    options: [
      {
        id: 'io',
        label: 'Waiting on the database or other services',
        effects: [{ criterionId: 'compute-profile', lean: -1 }],
      },
      { id: 'mixed', label: 'A mix of waiting and computing', effects: [] },
      {
        id: 'cpu',
        label: 'Computing in our own code (parsing, encoding, transforming)',
        effects: [{ criterionId: 'compute-profile', lean: 1 }],
      },
      unsure,
    ],
  },
  {
    id: 'latency-budget',
    scope: 'service',
    prompt: 'What p99 latency must the service meet?',
    help: 'On the matched billing API, p99 was 18 ms in Go and 11 ms in Rust. The sources reach for Rust when a hot path’s budget is under 10 ms.',
    sourceIds: ['when-each-wins'],
    options: [
      {
        id: 'under-10ms',
        label: 'Under 10 ms',
        effects: [{ criterionId: 'latency', lean: 1 }],
      },
      {
        id: '10-to-50ms',
        label: 'Between 10 and 50 ms',
        effects: [{ criterionId: 'latency', lean: 0.2 }],
      },
      {
        id: 'relaxed',
        label: 'Over 50 ms, or no firm budget',
        effects: [{ criterionId: 'latency', lean: -0.8 }],
      },
      unsure,
    ],
  },
  {
    id: 'tail-spikes',
    scope: 'service',
    prompt: 'Can the service live with occasional pauses of a few milliseconds?',
    help: 'Go can show latency spikes during garbage collection. For most microservices nobody notices; for trading or real-time audio, where p99 spikes are unacceptable, it rules Go out.',
    sourceIds: ['high-load-2025', 'eternal-struggle'],
    options: [
      {
        id: 'no',
        label: 'No: spikes break it (trading, real-time audio, hard SLAs)',
        effects: [{ criterionId: 'latency', lean: 0.8 }],
      },
      { id: 'rarely', label: 'Rare spikes are acceptable', effects: [] },
      {
        id: 'yes',
        label: 'Yes: nobody would notice',
        effects: [{ criterionId: 'latency', lean: -0.4 }],
      },
      unsure,
    ],
  },
  {
    id: 'memory-constraints',
    scope: 'service',
    prompt: 'How tight is memory where it runs?',
    help: 'The Rust build used about 3× less memory on the same service (peak 130 MB against 410 MB), because Go’s collector keeps slack. That matters on edge hardware and when memory is a real cost.',
    sourceIds: ['when-each-wins', 'eternal-struggle'],
    options: [
      {
        id: 'constrained',
        label: 'Tight: edge or embedded hardware, a small fixed RAM budget',
        effects: [{ criterionId: 'memory-cost', lean: 1 }],
      },
      {
        id: 'costly',
        label: 'Memory is a large part of the cloud bill at our scale',
        effects: [{ criterionId: 'memory-cost', lean: 0.7 }],
      },
      {
        id: 'ordinary',
        label: 'Ordinary instances; memory is not a concern',
        effects: [{ criterionId: 'memory-cost', lean: -0.6 }],
      },
      unsure,
    ],
  },
  {
    id: 'concurrency-shape',
    scope: 'service',
    prompt: 'What does concurrency look like in this service?',
    help: 'Goroutines make thousands of independent connections simple. Where threads share mutable state — especially state that has already been buggy — Rust turns data races into compile errors.',
    sourceIds: ['high-load-2025', 'when-each-wins', 'backend-comparison'],
    options: [
      {
        id: 'independent',
        label: 'Many independent requests or connections (thousands at once)',
        // Nearly every web service answers this, and Rust's async runtimes serve independent
        // requests well too; goroutines' real edge is waiting on I/O, which `bottleneck` covers.
        effects: [{ criterionId: 'concurrency', lean: -0.5 }],
      },
      {
        id: 'shared-buggy',
        label: 'Shared mutable state across threads, and it has been buggy',
        effects: [{ criterionId: 'concurrency', lean: 1 }],
      },
      {
        id: 'shared',
        label: 'Shared mutable state, so far without trouble',
        effects: [{ criterionId: 'concurrency', lean: 0.3 }],
      },
      { id: 'little', label: 'Little concurrency to speak of', effects: [] },
      unsure,
    ],
  },
  {
    id: 'deadline',
    scope: 'service',
    prompt: 'When must the first version be in production?',
    help: 'Development is slower in Rust, most of all early on. The sources pick Go for an MVP due in three weeks and for projects that must ship within about six months.',
    sourceIds: ['eternal-struggle', 'when-each-wins'],
    options: [
      {
        id: 'weeks',
        label: 'Within weeks (an MVP)',
        effects: [{ criterionId: 'time-to-ship', lean: -1 }],
      },
      {
        id: 'months',
        label: 'Within about six months',
        effects: [{ criterionId: 'time-to-ship', lean: -0.5 }],
      },
      {
        id: 'long-lived',
        label: 'No hard date; it is meant to last for years',
        effects: [{ criterionId: 'time-to-ship', lean: 0.4 }],
      },
      unsure,
    ],
  },
  {
    id: 'build-sensitivity',
    scope: 'service',
    prompt: 'How much do build and CI times matter for this service?',
    help: 'On the matched service a cold build took 12 s in Go and 4 minutes in Rust; an incremental build 0.8 s against 6 s.',
    sourceIds: ['when-each-wins', 'language-choice'],
    options: [
      {
        id: 'critical',
        label: 'A lot: many deploys a day, fast CI is essential',
        effects: [{ criterionId: 'build-time', lean: -1 }],
      },
      {
        id: 'moderate',
        label: 'Somewhat',
        effects: [{ criterionId: 'build-time', lean: -0.4 }],
      },
      {
        id: 'low',
        label: 'Hardly: it changes and deploys rarely',
        effects: [{ criterionId: 'build-time', lean: 0.5 }],
      },
      unsure,
    ],
  },
  {
    id: 'ecosystem-needs',
    scope: 'service',
    prompt: 'Which ecosystem does the service lean on most?',
    help: 'Kubernetes, Docker and Terraform are written in Go, so cloud-native integration is seamless there. Systems-level needs — WebAssembly, low-level networking, crypto primitives — are where Rust is the usual pick.',
    sourceIds: ['backend-comparison', 'eternal-struggle', 'high-load-2025'],
    options: [
      {
        id: 'cloud-native',
        label: 'Kubernetes, Docker and other cloud-native APIs',
        effects: [{ criterionId: 'ecosystem', lean: -1 }],
      },
      {
        id: 'web-standard',
        label: 'A standard web stack: HTTP, JSON, SQL, gRPC',
        effects: [{ criterionId: 'ecosystem', lean: -0.3 }],
      },
      {
        id: 'systems',
        label: 'Systems-level: WebAssembly, low-level networking, crypto primitives',
        effects: [{ criterionId: 'ecosystem', lean: 1 }],
      },
      unsure,
    ],
  },
  {
    id: 'rewrite-ceiling',
    scope: 'service',
    prompt: 'Has profiling shown the service has outgrown Go’s performance ceiling?',
    help: 'The first of the three reasons the sources accept for a rewrite, and a rare one: a slow service is usually slow in its database.',
    sourceIds: ['when-each-wins'],
    showWhen: [{ questionId: 'service-origin', anyOf: ['existing-go'] }],
    options: [
      {
        id: 'yes',
        label: 'Yes: after tuning, the Go runtime itself is the limit',
        effects: [
          { criterionId: 'compute-profile', lean: 1 },
          { criterionId: 'latency', lean: 0.5 },
        ],
      },
      { id: 'not-profiled', label: 'We have not profiled it yet', uncertain: true, effects: [] },
      {
        id: 'no',
        label: 'No: the bottleneck is elsewhere',
        effects: [{ criterionId: 'compute-profile', lean: -0.5 }],
      },
    ],
  },
  {
    id: 'rewrite-memory-cost',
    scope: 'service',
    prompt: 'Does what you spend on memory for it outweigh what its developers cost?',
    help: 'The second reason for a rewrite: cloud spend on memory larger than engineering cost. Otherwise a bigger instance (about $200 a month in the source’s example) is cheaper than six months of rewriting.',
    sourceIds: ['when-each-wins'],
    showWhen: [{ questionId: 'service-origin', anyOf: ['existing-go'] }],
    options: [
      {
        id: 'yes',
        label: 'Yes: memory spend outweighs developer cost',
        effects: [{ criterionId: 'memory-cost', lean: 1 }],
      },
      unsure,
      {
        id: 'no',
        label: 'No',
        effects: [{ criterionId: 'memory-cost', lean: -0.5 }],
      },
    ],
  },
  {
    id: 'rewrite-bug-class',
    scope: 'service',
    prompt: 'Does a class of bugs Go cannot prevent keep escaping your tests?',
    help: 'The third reason for a rewrite: data races or memory corruption that tests keep missing, which Rust would reject at compile time.',
    sourceIds: ['when-each-wins', 'high-load-2025'],
    showWhen: [{ questionId: 'service-origin', anyOf: ['existing-go'] }],
    options: [
      {
        id: 'yes',
        label: 'Yes: such bugs keep reaching production',
        effects: [
          { criterionId: 'memory-safety', lean: 1 },
          { criterionId: 'concurrency', lean: 0.7 },
        ],
      },
      unsure,
      {
        id: 'no',
        label: 'No',
        effects: [{ criterionId: 'memory-safety', lean: -0.2 }],
      },
    ],
  },
  {
    id: 'rewrite-bottleneck',
    scope: 'service',
    prompt: 'What is the service’s bottleneck today?',
    help: 'Profile before switching languages: the usual bottleneck is the database, and a rewrite does not fix that.',
    sourceIds: ['when-each-wins'],
    showWhen: [{ questionId: 'service-origin', anyOf: ['existing-go'] }],
    options: [
      {
        id: 'database',
        label: 'The database',
        effects: [{ criterionId: 'compute-profile', lean: -0.6 }],
      },
      {
        id: 'downstream',
        label: 'Calls to other services',
        effects: [{ criterionId: 'compute-profile', lean: -0.4 }],
      },
      {
        id: 'cpu',
        label: 'CPU in our own code',
        effects: [{ criterionId: 'compute-profile', lean: 0.6 }],
      },
      {
        id: 'gc-memory',
        label: 'Garbage collection or memory',
        effects: [
          { criterionId: 'latency', lean: 0.4 },
          { criterionId: 'memory-cost', lean: 0.4 },
        ],
      },
      { id: 'unknown', label: 'We do not know yet', uncertain: true, effects: [] },
    ],
  },
  {
    id: 'team-fluency',
    scope: 'team',
    prompt: 'Which language is the team already productive in?',
    help: 'A new Rust codebase costs months of ramp-up; a new Go codebase costs weeks. Fluency compounds: teams ship faster in what they know.',
    sourceIds: ['language-choice', 'when-each-wins'],
    options: [
      { id: 'go', label: 'Go', effects: [{ criterionId: 'team-fluency', lean: -1 }] },
      { id: 'rust', label: 'Rust', effects: [{ criterionId: 'team-fluency', lean: 1 }] },
      { id: 'both', label: 'Both', effects: [] },
      {
        id: 'neither',
        label: 'Neither yet',
        hint: 'Go’s ramp-up is weeks; Rust’s is months.',
        effects: [{ criterionId: 'team-fluency', lean: -0.5 }],
      },
    ],
  },
  {
    id: 'team-size',
    scope: 'team',
    prompt: 'How many engineers will own it?',
    help: 'The sources reach for Go with teams under ten, where every hire and every week of ramp-up counts.',
    sourceIds: ['when-each-wins'],
    options: [
      {
        id: 'under-10',
        label: 'Fewer than 10',
        effects: [{ criterionId: 'hiring', lean: -0.5 }],
      },
      { id: '10-or-more', label: '10 or more', effects: [] },
    ],
  },
  {
    id: 'hiring-plans',
    scope: 'team',
    prompt: 'Will the team need to hire in the next year?',
    help: 'Go is easy to hire for; Rust’s pool is small, though adequate for a few specialists.',
    sourceIds: ['when-each-wins'],
    options: [
      {
        id: 'wave',
        label: 'Yes, several people, quickly',
        effects: [{ criterionId: 'hiring', lean: -1 }],
      },
      {
        id: 'few-specialists',
        label: 'A few specialists',
        effects: [{ criterionId: 'hiring', lean: 0.4 }],
      },
      { id: 'none', label: 'No hiring planned', effects: [] },
    ],
  },
  {
    id: 'runtimes-in-production',
    scope: 'team',
    prompt: 'Which of the two does your organisation already run in production?',
    help: 'Every runtime in production brings its own base images, profilers, crash modes and on-call knowledge; fewer is cheaper.',
    sourceIds: ['language-choice'],
    options: [
      {
        id: 'go-only',
        label: 'Go, but not Rust',
        effects: [{ criterionId: 'operational-consolidation', lean: -1 }],
      },
      {
        id: 'rust-only',
        label: 'Rust, but not Go',
        effects: [{ criterionId: 'operational-consolidation', lean: 1 }],
      },
      { id: 'both', label: 'Both', effects: [] },
      { id: 'neither', label: 'Neither', effects: [] },
    ],
  },
  {
    id: 'ai-assistance',
    scope: 'team',
    prompt: 'How much of the team’s coding is AI-assisted?',
    help: 'Assistants wait longer for Rust’s build feedback and sometimes misread borrow-checker errors, so AI-assisted work is more productive in Go for now.',
    sourceIds: ['when-each-wins'],
    options: [
      { id: 'most', label: 'Most of it', effects: [{ criterionId: 'ai-assisted', lean: -1 }] },
      { id: 'some', label: 'Some', effects: [{ criterionId: 'ai-assisted', lean: -0.4 }] },
      { id: 'none', label: 'None', effects: [] },
    ],
  },
];

/** The questionnaire's steps, in order. A step whose questions are all hidden is skipped. */
export const steps: Step[] = [
  {
    id: 'service',
    title: 'The service',
    intro: 'Start with what the service does and whether it exists already.',
    questionIds: ['workload-kind', 'service-origin', 'cli-needs'],
  },
  {
    id: 'rewrite',
    title: 'The rewrite bar',
    intro:
      'A rewrite must clear one of three bars the sources set. Answer what you know; profile what you do not.',
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
    intro: 'Where it runs and how it handles many things at once.',
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
