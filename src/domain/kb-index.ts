/**
 * Lookup tables over a knowledge base, built once per knowledge-base object and cached.
 * The cache is keyed by identity, so results stay a pure function of the knowledge base.
 */
import type {
  Criterion,
  Evidence,
  KnowledgeBase,
  Option,
  Question,
  Source,
  Trigger,
} from '../../content';

export interface KnowledgeBaseIndex {
  questionsInOrder: Question[];
  question(id: string): Question;
  option(questionId: string, optionId: string): Option | undefined;
  criterion(id: string): Criterion;
  evidence(id: string): Evidence;
  source(id: string): Source;
  trigger(id: string): Trigger;
  criterionIndex: ReadonlyMap<string, number>;
}

const cache = new WeakMap<KnowledgeBase, KnowledgeBaseIndex>();

export function indexKnowledgeBase(kb: KnowledgeBase): KnowledgeBaseIndex {
  const cached = cache.get(kb);
  if (cached) return cached;

  const questions = new Map(kb.questions.map((q) => [q.id, q]));
  const options = new Map(
    kb.questions.map((q) => [q.id, new Map(q.options.map((o) => [o.id, o]))]),
  );
  const criteria = new Map(kb.criteria.map((c) => [c.id, c]));
  const evidence = new Map(kb.evidence.map((e) => [e.id, e]));
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  const triggers = new Map(kb.triggers.map((t) => [t.id, t]));
  const questionsInOrder = kb.steps.flatMap((s) => s.questionIds.map((id) => must(questions, id)));

  const index: KnowledgeBaseIndex = {
    questionsInOrder,
    question: (id) => must(questions, id),
    option: (questionId, optionId) => options.get(questionId)?.get(optionId),
    criterion: (id) => must(criteria, id),
    evidence: (id) => must(evidence, id),
    source: (id) => must(sources, id),
    trigger: (id) => must(triggers, id),
    criterionIndex: new Map(kb.criteria.map((c, i) => [c.id, i])),
  };
  cache.set(kb, index);
  return index;
}

function must<T>(map: ReadonlyMap<string, T>, id: string): T {
  const value = map.get(id);
  // Content is validated for dangling references, so a miss here is a bug, not bad input.
  if (value === undefined) throw new Error(`Unknown id "${id}" in knowledge base`);
  return value;
}
