/**
 * Plans the tests share: the worked examples looked up by id, and the billing-API, image-resizer
 * and admin-tool services that many tests put side by side. Each builder returns a fresh object;
 * pass overrides for what a test changes.
 */
import { getKnowledgeBase, type Answers } from '../../content';
import type { PlannerInputs, Service } from '../../src/domain/inputs';

const kb = getKnowledgeBase();

/** A worked example by id, so a test survives the knowledge base's reordering of them. */
export function presetById(id: string) {
  const preset = kb.presets.find((p) => p.id === id);
  if (!preset) throw new Error(`No preset ${id} in the knowledge base`);
  return preset;
}

/** A worked example's answers, team and service questions together. */
export const presetAnswers = (id: string): Answers => ({ ...presetById(id).answers });

/** A worked example's answers to service questions only (as a service of a plan holds them). */
export function serviceAnswersOf(id: string): Answers {
  const serviceQuestions = new Set(
    kb.questions.filter((q) => q.scope === 'service').map((q) => q.id),
  );
  return Object.fromEntries(
    Object.entries(presetById(id).answers).filter(([question]) => serviceQuestions.has(question)),
  );
}

/** A Go team of fewer than ten. */
export const goTeam = (): Answers => ({ 'team-fluency': 'go', 'team-size': 'under-10' });

/** A CRUD API waiting on I/O, due in months: Go for a Go team. */
export const billingApi = (overrides: Partial<Service> = {}): Service => ({
  id: 's1',
  name: 'billing-api',
  notes: '',
  answers: { 'workload-kind': 'crud-api', bottleneck: 'io', deadline: 'months' },
  ...overrides,
});

/** A CPU-bound hot path with a latency budget under 10 ms. */
export const imageResizer = (overrides: Partial<Service> = {}): Service => ({
  id: 's2',
  name: 'image-resizer',
  notes: '',
  answers: { 'workload-kind': 'hot-path', bottleneck: 'cpu', 'latency-budget': 'under-10ms' },
  ...overrides,
});

/**
 * The image resizer answered further: greenfield, memory-safety bugs serious, tail spikes rare;
 * Rust for a Go team that runs only Go.
 */
export const fullImageResizerAnswers = (): Answers => ({
  'workload-kind': 'hot-path',
  'service-origin': 'greenfield',
  'memory-safety-impact': 'serious',
  bottleneck: 'cpu',
  'latency-budget': 'under-10ms',
  'tail-spikes': 'rarely',
});

/** An internal tool. */
export const adminTool = (overrides: Partial<Service> = {}): Service => ({
  id: 's3',
  name: 'admin-tool',
  notes: '',
  answers: { 'workload-kind': 'internal-tool' },
  ...overrides,
});

/** A plan of these services, for a Go team, with no weights changed unless overridden. */
export const planOf = (
  services: Service[],
  overrides: Partial<PlannerInputs> = {},
): PlannerInputs => ({ teamAnswers: goTeam(), services, weights: {}, ...overrides });

/** The Go team, in an organisation that runs only Go in production. */
export const goOnlyTeam = (): Answers => ({ ...goTeam(), 'runtimes-in-production': 'go-only' });

/**
 * Three services answered as their worked examples (billing-crud-api, image-resizer,
 * internal-admin-tool), named as given, for the Go-only team.
 */
export const workedExamplesPlan = (
  names: [string, string, string] = ['billing-api', 'image-resizer', 'admin-tool'],
): PlannerInputs =>
  planOf(
    [
      billingApi({ name: names[0], answers: serviceAnswersOf('billing-crud-api') }),
      imageResizer({ name: names[1], answers: serviceAnswersOf('image-resizer') }),
      adminTool({ name: names[2], answers: serviceAnswersOf('internal-admin-tool') }),
    ],
    { teamAnswers: goOnlyTeam() },
  );
