/**
 * Link tables: for each released knowledge-base version, the order of its questions, options,
 * criteria and gates, frozen. A permalink stores answers by position (option 3 of question 7),
 * which is what keeps it short; the table of the version that made a link turns those positions
 * back into ids, so a link keeps opening after the knowledge base changes.
 *
 * Rules (the content tests enforce the first two):
 * - the current version must be listed, and its table must match the knowledge base exactly;
 * - a table is never edited once released: a version that reorders, adds or removes questions,
 *   options, criteria or gates gets a new table (the failing test prints it, ready to paste);
 * - a version that changes none of these is added to the `versions` of the table it shares.
 */
import * as z from 'zod/mini';

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'));

export const LinkTableSchema = z.strictObject({
  /** The knowledge-base versions (semver) whose links this table decodes. */
  versions: z
    .array(z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be semver')))
    .check(z.minLength(1)),
  /** Questions in knowledge-base order, each with its scope and its option ids in order. */
  questions: z.array(
    z.strictObject({
      id,
      scope: z.enum(['service', 'team']),
      options: z.array(id).check(z.minLength(1), z.maxLength(14)),
    }),
  ),
  /** Criterion ids in order: weights are stored by position. */
  criteria: z.array(id),
  /** Gate ids in order: a gated verdict snapshot names its gate by position. */
  gates: z.array(id),
});
export type LinkTable = z.infer<typeof LinkTableSchema>;

export const linkTables: LinkTable[] = [
  {
    versions: ['1.0.0', '2.3.0', '2.4.0', '2.4.1'],
    questions: [
      {
        id: 'workload-kind',
        scope: 'service',
        options: [
          'crud-api',
          'api-gateway',
          'auth-crypto',
          'hot-path',
          'parser-tooling',
          'systems',
          'edge-worker',
          'cloud-native',
          'cli',
          'internal-tool',
        ],
      },
      { id: 'service-origin', scope: 'service', options: ['greenfield', 'existing-go'] },
      {
        id: 'cli-needs',
        scope: 'service',
        options: ['fast-self-contained', 'devops-integration', 'unsure'],
      },
      {
        id: 'memory-safety-impact',
        scope: 'service',
        options: ['catastrophic', 'serious', 'minor', 'unsure'],
      },
      { id: 'bottleneck', scope: 'service', options: ['io', 'mixed', 'cpu', 'unsure'] },
      {
        id: 'latency-budget',
        scope: 'service',
        options: ['under-10ms', '10-to-50ms', 'relaxed', 'unsure'],
      },
      { id: 'tail-spikes', scope: 'service', options: ['no', 'rarely', 'yes', 'unsure'] },
      {
        id: 'memory-constraints',
        scope: 'service',
        options: ['constrained', 'costly', 'ordinary', 'unsure'],
      },
      {
        id: 'concurrency-shape',
        scope: 'service',
        options: ['independent', 'shared-buggy', 'shared', 'little', 'unsure'],
      },
      { id: 'deadline', scope: 'service', options: ['weeks', 'months', 'long-lived', 'unsure'] },
      {
        id: 'build-sensitivity',
        scope: 'service',
        options: ['critical', 'moderate', 'low', 'unsure'],
      },
      {
        id: 'ecosystem-needs',
        scope: 'service',
        options: ['cloud-native', 'web-standard', 'systems', 'unsure'],
      },
      { id: 'rewrite-ceiling', scope: 'service', options: ['yes', 'not-profiled', 'no'] },
      { id: 'rewrite-memory-cost', scope: 'service', options: ['yes', 'unsure', 'no'] },
      { id: 'rewrite-bug-class', scope: 'service', options: ['yes', 'unsure', 'no'] },
      {
        id: 'rewrite-bottleneck',
        scope: 'service',
        options: ['database', 'downstream', 'cpu', 'gc-memory', 'unknown'],
      },
      { id: 'team-fluency', scope: 'team', options: ['go', 'rust', 'both', 'neither'] },
      { id: 'team-size', scope: 'team', options: ['under-10', '10-or-more'] },
      { id: 'hiring-plans', scope: 'team', options: ['wave', 'few-specialists', 'none'] },
      {
        id: 'runtimes-in-production',
        scope: 'team',
        options: ['go-only', 'rust-only', 'both', 'neither'],
      },
      { id: 'ai-assistance', scope: 'team', options: ['most', 'some', 'none'] },
    ],
    criteria: [
      'memory-safety',
      'compute-profile',
      'latency',
      'memory-cost',
      'concurrency',
      'team-fluency',
      'hiring',
      'time-to-ship',
      'build-time',
      'ecosystem',
      'operational-consolidation',
      'ai-assisted',
    ],
    gates: ['rewrite-bar'],
  },
  {
    versions: ['3.0.0', '4.0.0'],
    questions: [
      {
        id: 'workload-kind',
        scope: 'service',
        options: [
          'crud-api',
          'api-gateway',
          'auth-crypto',
          'hot-path',
          'parser-tooling',
          'systems',
          'edge-worker',
          'cloud-native',
          'cli',
          'internal-tool',
          'other',
        ],
      },
      { id: 'service-origin', scope: 'service', options: ['greenfield', 'existing-go'] },
      {
        id: 'runs-where',
        scope: 'service',
        options: ['server', 'edge', 'device', 'browser-wasm', 'users-machines', 'unsure'],
      },
      {
        id: 'cli-needs',
        scope: 'service',
        options: ['fast-self-contained', 'devops-integration', 'unsure'],
      },
      {
        id: 'memory-safety-impact',
        scope: 'service',
        options: ['catastrophic', 'serious', 'minor', 'unsure'],
      },
      { id: 'bottleneck', scope: 'service', options: ['io', 'mixed', 'cpu', 'unsure'] },
      {
        id: 'latency-budget',
        scope: 'service',
        options: ['under-10ms', '10-to-50ms', 'relaxed', 'unsure'],
      },
      { id: 'tail-spikes', scope: 'service', options: ['no', 'rarely', 'yes', 'unsure'] },
      {
        id: 'memory-constraints',
        scope: 'service',
        options: ['no-gc-room', 'constrained', 'costly', 'ordinary', 'unsure'],
      },
      {
        id: 'concurrency-shape',
        scope: 'service',
        options: ['independent', 'shared-buggy', 'shared', 'little', 'unsure'],
      },
      { id: 'deadline', scope: 'service', options: ['weeks', 'months', 'long-lived', 'unsure'] },
      {
        id: 'build-sensitivity',
        scope: 'service',
        options: ['critical', 'moderate', 'low', 'unsure'],
      },
      {
        id: 'ecosystem-needs',
        scope: 'service',
        options: ['cloud-native', 'web-standard', 'systems', 'unsure'],
      },
      { id: 'rewrite-ceiling', scope: 'service', options: ['yes', 'not-profiled', 'no'] },
      { id: 'rewrite-memory-cost', scope: 'service', options: ['yes', 'unsure', 'no'] },
      { id: 'rewrite-bug-class', scope: 'service', options: ['yes', 'unsure', 'no'] },
      {
        id: 'rewrite-bottleneck',
        scope: 'service',
        options: ['database', 'downstream', 'cpu', 'gc-memory', 'unknown'],
      },
      { id: 'team-fluency', scope: 'team', options: ['go', 'rust', 'both', 'neither'] },
      { id: 'team-size', scope: 'team', options: ['under-10', '10-or-more'] },
      { id: 'hiring-plans', scope: 'team', options: ['wave', 'few-specialists', 'none'] },
      {
        id: 'runtimes-in-production',
        scope: 'team',
        options: ['go-only', 'rust-only', 'both', 'neither'],
      },
      { id: 'ai-assistance', scope: 'team', options: ['most', 'some', 'none'] },
    ],
    criteria: [
      'memory-safety',
      'compute-profile',
      'latency',
      'memory-cost',
      'concurrency',
      'team-fluency',
      'hiring',
      'time-to-ship',
      'build-time',
      'ecosystem',
      'operational-consolidation',
      'ai-assisted',
    ],
    gates: ['rewrite-bar'],
  },
  {
    versions: ['5.0.0'],
    questions: [
      {
        id: 'workload-kind',
        scope: 'service',
        options: [
          'crud-api',
          'api-gateway',
          'proxy',
          'auth-crypto',
          'hot-path',
          'parser-tooling',
          'systems',
          'edge-worker',
          'cloud-native',
          'cli',
          'internal-tool',
          'other',
        ],
      },
      {
        id: 'service-origin',
        scope: 'service',
        options: ['greenfield', 'existing-go'],
      },
      {
        id: 'runs-where',
        scope: 'service',
        options: ['server', 'edge', 'device', 'browser-wasm', 'users-machines', 'unsure'],
      },
      {
        id: 'cli-needs',
        scope: 'service',
        options: ['fast-self-contained', 'devops-integration', 'unsure'],
      },
      {
        id: 'memory-safety-impact',
        scope: 'service',
        options: ['catastrophic', 'serious', 'minor', 'unsure'],
      },
      {
        id: 'bottleneck',
        scope: 'service',
        options: ['io', 'mixed', 'cpu', 'unsure'],
      },
      {
        id: 'latency-budget',
        scope: 'service',
        options: ['under-10ms', '10-to-50ms', 'relaxed', 'unsure'],
      },
      {
        id: 'tail-spikes',
        scope: 'service',
        options: ['no', 'rarely', 'yes', 'unsure'],
      },
      {
        id: 'memory-constraints',
        scope: 'service',
        options: ['no-gc-room', 'constrained', 'costly', 'ordinary', 'unsure'],
      },
      {
        id: 'concurrency-shape',
        scope: 'service',
        options: ['independent', 'shared-buggy', 'shared', 'little', 'unsure'],
      },
      {
        id: 'deadline',
        scope: 'service',
        options: ['weeks', 'months', 'long-lived', 'unsure'],
      },
      {
        id: 'build-sensitivity',
        scope: 'service',
        options: ['critical', 'moderate', 'low', 'unsure'],
      },
      {
        id: 'ecosystem-needs',
        scope: 'service',
        options: ['cloud-native', 'web-standard', 'systems', 'unsure'],
      },
      {
        id: 'rewrite-ceiling',
        scope: 'service',
        options: ['yes', 'not-profiled', 'no'],
      },
      {
        id: 'rewrite-memory-cost',
        scope: 'service',
        options: ['yes', 'unsure', 'no'],
      },
      {
        id: 'rewrite-bug-class',
        scope: 'service',
        options: ['yes', 'unsure', 'no'],
      },
      {
        id: 'rewrite-bottleneck',
        scope: 'service',
        options: ['database', 'downstream', 'cpu', 'gc-memory', 'unknown'],
      },
      {
        id: 'team-fluency',
        scope: 'team',
        options: ['go', 'rust', 'both', 'neither'],
      },
      {
        id: 'team-size',
        scope: 'team',
        options: ['under-10', '10-or-more'],
      },
      {
        id: 'hiring-plans',
        scope: 'team',
        options: ['wave', 'few-specialists', 'none'],
      },
      {
        id: 'runtimes-in-production',
        scope: 'team',
        options: ['go-only', 'rust-only', 'both', 'neither'],
      },
      {
        id: 'ai-assistance',
        scope: 'team',
        options: ['most', 'some', 'none'],
      },
    ],
    criteria: [
      'memory-safety',
      'compute-profile',
      'latency',
      'memory-cost',
      'concurrency',
      'team-fluency',
      'hiring',
      'time-to-ship',
      'build-time',
      'ecosystem',
      'operational-consolidation',
      'ai-assisted',
    ],
    gates: ['rewrite-bar'],
  },
];
