/**
 * Validation of the knowledge base: the schema first, then every cross-reference, so that a
 * content edit that points at something missing fails loudly with a path a person can act on.
 */
import type * as z from 'zod/mini';
import { KnowledgeBaseSchema, type Condition, type KnowledgeBase } from './schema';

/** One problem found in content: where it is and what is wrong. */
export interface ContentIssue {
  path: string;
  message: string;
}

export type ContentResult =
  { ok: true; value: KnowledgeBase } | { ok: false; issues: ContentIssue[] };

/** Turns a zod issue path such as ['questions', 3, 'options'] into `questions[3].options`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** Validates raw content against the schema and every cross-reference. */
export function validateKnowledgeBase(raw: unknown): ContentResult {
  const parsed = KnowledgeBaseSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: describeZodIssue(issue),
      })),
    };
  }
  const issues = checkReferences(parsed.data);
  return issues.length === 0 ? { ok: true, value: parsed.data } : { ok: false, issues };
}

/**
 * The same validation, spread over several tasks for a browser's main thread: each part of the
 * knowledge base is checked on its own, with `pause()` after it, then the whole is checked at
 * once. Checking code runs slowly the first time (a slow phone takes tens of milliseconds over
 * the whole); part by part, no single task holds the page up for long, and the final check,
 * whose result is returned, is quick by then. That result is exactly validateKnowledgeBase's.
 */
export async function validateKnowledgeBaseInSteps(
  raw: unknown,
  pause: () => Promise<void>,
): Promise<ContentResult> {
  if (typeof raw === 'object' && raw !== null) {
    const parts = raw as Record<string, unknown>;
    for (const [key, schema] of Object.entries(KnowledgeBaseSchema.shape)) {
      // A part that fails is reported by the whole check below, with its full path.
      if (!schema.safeParse(parts[key]).success) break;
      await pause();
    }
  }
  return validateKnowledgeBase(raw);
}

/**
 * A zod issue in plain words. `zod/mini` ships no message locale (to stay small), so the few
 * issue kinds our schemas produce are worded here.
 */
export function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key(s): ${issue.keys.join(', ')}`;
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `is not in the expected format`;
    default:
      return 'is not valid';
  }
}

/** Records one problem at a path. */
type Fail = (path: string, message: string) => void;

/** The ids of each collection, and what checking a reference against them needs. */
interface RefContext {
  kb: KnowledgeBase;
  fail: Fail;
  sourceIds: Set<string>;
  evidenceIds: Set<string>;
  triggerIds: Set<string>;
  criterionIds: Set<string>;
  questionIds: Set<string>;
  /** Fails unless `value` is in `set`. */
  need: (set: Set<string>, value: string, path: string, what: string) => void;
  /** Fails unless the question exists and offers the option. */
  checkAnswer: (questionId: string, optionId: string, path: string) => void;
  /** Every option a list of conditions names must exist. */
  checkConditions: (conditions: readonly Condition[], path: string) => void;
  /** Question ids in the order the steps ask them. */
  order: string[];
}

/**
 * Every id a piece of content points at must exist; ids must be unique; every criterion reachable.
 * Each part of the knowledge base is checked by its own function below, in this order.
 */
export function checkReferences(kb: KnowledgeBase): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const fail: Fail = (path, message) => issues.push({ path, message });
  const ctx = referenceContext(kb, fail);
  checkCitations(ctx);
  checkCriteria(ctx);
  checkStepsAndQuestions(ctx);
  checkGates(ctx);
  checkDealBreakers(ctx);
  checkConflictsAndPresets(ctx);
  checkScoring(ctx);
  checkPortfolio(ctx);
  checkEveryCriterionMoves(ctx);
  return issues;
}

/** Collects the ids (failing on duplicates) and the helpers every check shares. */
function referenceContext(kb: KnowledgeBase, fail: Fail): RefContext {
  const sourceIds = uniqueIds(kb.sources, 'sources', fail);
  const evidenceIds = uniqueIds(kb.evidence, 'evidence', fail);
  const triggerIds = uniqueIds(kb.triggers, 'triggers', fail);
  const criterionIds = uniqueIds(kb.criteria, 'criteria', fail);
  const questionIds = uniqueIds(kb.questions, 'questions', fail);
  uniqueIds(kb.steps, 'steps', fail);
  uniqueIds(kb.gates, 'gates', fail);
  uniqueIds(kb.conflicts, 'conflicts', fail);
  uniqueIds(kb.presets, 'presets', fail);
  uniqueIds(kb.runtimeCosts, 'runtimeCosts', fail);

  const optionsOf = new Map(kb.questions.map((q) => [q.id, new Set(q.options.map((o) => o.id))]));
  const need = (set: Set<string>, value: string, path: string, what: string) => {
    if (!set.has(value)) fail(path, `unknown ${what} "${value}"`);
  };
  const checkAnswer = (questionId: string, optionId: string, path: string) => {
    const options = optionsOf.get(questionId);
    if (!options) fail(path, `unknown question "${questionId}"`);
    else if (!options.has(optionId))
      fail(path, `question "${questionId}" has no option "${optionId}"`);
  };
  const checkConditions = (conditions: readonly Condition[], path: string) =>
    conditions.forEach((c, i) =>
      c.anyOf.forEach((optionId) => checkAnswer(c.questionId, optionId, `${path}[${i}]`)),
    );
  return {
    kb,
    fail,
    sourceIds,
    evidenceIds,
    triggerIds,
    criterionIds,
    questionIds,
    need,
    checkAnswer,
    checkConditions,
    order: kb.steps.flatMap((s) => s.questionIds),
  };
}

/** Evidence, triggers and runtime costs cite sources that exist. */
function checkCitations({ kb, need, sourceIds }: RefContext): void {
  kb.evidence.forEach((e, i) => need(sourceIds, e.sourceId, `evidence[${i}].sourceId`, 'source'));
  kb.triggers.forEach((t, i) => need(sourceIds, t.sourceId, `triggers[${i}].sourceId`, 'source'));
  kb.runtimeCosts.forEach((r, i) =>
    need(sourceIds, r.sourceId, `runtimeCosts[${i}].sourceId`, 'source'),
  );
}

/** Each criterion cites evidence on both sides and raises triggers that exist. */
function checkCriteria({ kb, fail, need, evidenceIds, triggerIds }: RefContext): void {
  kb.criteria.forEach((c, i) => {
    for (const side of ['rust', 'go'] as const) {
      if (c.evidence[side].length === 0)
        fail(`criteria[${i}].evidence.${side}`, 'cites no evidence');
      c.evidence[side].forEach((e, j) =>
        need(evidenceIds, e, `criteria[${i}].evidence.${side}[${j}]`, 'evidence'),
      );
    }
    c.triggers.forEach((t, j) => need(triggerIds, t, `criteria[${i}].triggers[${j}]`, 'trigger'));
  });
}

/**
 * Every question is in exactly one step; its options, effects, assumptions and conditions name
 * what exists, and point only at questions asked earlier (conditions) or later (assumptions).
 */
function checkStepsAndQuestions(ctx: RefContext): void {
  const { kb, fail, need, questionIds, sourceIds, criterionIds, order } = ctx;
  const { checkAnswer, checkConditions } = ctx;
  const stepOf = new Map<string, number>();
  kb.steps.forEach((s, i) =>
    s.questionIds.forEach((q, j) => {
      need(questionIds, q, `steps[${i}].questionIds[${j}]`, 'question');
      if (stepOf.has(q)) fail(`steps[${i}].questionIds[${j}]`, `question "${q}" is in two steps`);
      stepOf.set(q, i);
    }),
  );

  kb.questions.forEach((q, i) => {
    if (!stepOf.has(q.id)) fail(`questions[${i}]`, `question "${q.id}" is in no step`);
    uniqueIds(q.options, `questions[${i}].options`, fail);
    q.sourceIds.forEach((s, j) => need(sourceIds, s, `questions[${i}].sourceIds[${j}]`, 'source'));
    q.options.forEach((o, j) => {
      const at = `questions[${i}].options[${j}]`;
      o.effects.forEach((e, k) => {
        need(criterionIds, e.criterionId, `${at}.effects[${k}]`, 'criterion');
        if (e.unless) checkConditions(e.unless, `${at}.effects[${k}].unless`);
      });
      if (o.implausibleWhen) checkConditions(o.implausibleWhen, `${at}.implausibleWhen`);
      // A flip is phrased as an event, so every answer a flip could propose needs one.
      if (!q.fixed && !o.uncertain && o.event === undefined)
        fail(at, `option "${o.id}" of a changeable question has no event wording`);
      if (o.assumes) {
        if (!q.fixed) fail(`${at}.assumes`, 'only a fixed question can assume answers');
        Object.entries(o.assumes).forEach(([qid, oid]) => {
          checkAnswer(qid, oid, `${at}.assumes.${qid}`);
          if (order.indexOf(qid) <= order.indexOf(q.id))
            fail(`${at}.assumes.${qid}`, `assumes "${qid}", which is not asked later`);
        });
      }
    });
    q.showWhen?.forEach((c, j) => {
      if (order.indexOf(c.questionId) >= order.indexOf(q.id)) {
        fail(
          `questions[${i}].showWhen[${j}]`,
          `depends on "${c.questionId}", which is not asked earlier`,
        );
      }
    });
    if (q.showWhen) checkConditions(q.showWhen, `questions[${i}].showWhen`);
  });
}

/** Gates name answers and evidence that exist, and their notes only answers offered. */
function checkGates({ kb, need, evidenceIds, checkAnswer, checkConditions }: RefContext): void {
  kb.gates.forEach((g, i) => {
    checkConditions(g.appliesWhen, `gates[${i}].appliesWhen`);
    checkConditions(g.passWhenAny, `gates[${i}].passWhenAny`);
    g.otherwise.evidenceIds.forEach((e, j) =>
      need(evidenceIds, e, `gates[${i}].otherwise.evidenceIds[${j}]`, 'evidence'),
    );
    g.passedEvidenceIds.forEach((e, j) =>
      need(evidenceIds, e, `gates[${i}].passedEvidenceIds[${j}]`, 'evidence'),
    );
    const answerNotes = g.otherwise.answerNotes;
    if (answerNotes) {
      Object.keys(answerNotes.notes).forEach((o) =>
        checkAnswer(answerNotes.questionId, o, `gates[${i}].otherwise.answerNotes.notes.${o}`),
      );
    }
  });
}

/** Deal-breakers name answers and evidence that exist, and no assumption can trigger one. */
function checkDealBreakers({ kb, fail, need, evidenceIds, checkConditions }: RefContext): void {
  uniqueIds(kb.dealBreakers, 'dealBreakers', fail);
  kb.dealBreakers.forEach((d, i) => {
    checkConditions(d.when, `dealBreakers[${i}].when`);
    d.evidenceIds.forEach((e, j) =>
      need(evidenceIds, e, `dealBreakers[${i}].evidenceIds[${j}]`, 'evidence'),
    );
  });
  // An assumption must never trigger a deal-breaker: those rest on what was said.
  const dealBreakerAnswers = new Set(
    kb.dealBreakers.flatMap((d) =>
      d.when.flatMap((c) => c.anyOf.map((o) => `${c.questionId}=${o}`)),
    ),
  );
  kb.questions.forEach((q, i) =>
    q.options.forEach((o, j) =>
      Object.entries(o.assumes ?? {}).forEach(([qid, oid]) => {
        if (dealBreakerAnswers.has(`${qid}=${oid}`))
          fail(`questions[${i}].options[${j}].assumes.${qid}`, 'assumes a deal-breaker answer');
      }),
    ),
  );
}

/** Conflicts cite evidence and a question that exist; presets answer with options that exist. */
function checkConflictsAndPresets(ctx: RefContext): void {
  const { kb, need, evidenceIds, questionIds, sourceIds, checkAnswer } = ctx;
  kb.conflicts.forEach((c, i) => {
    c.evidenceIds.forEach((e, j) =>
      need(evidenceIds, e, `conflicts[${i}].evidenceIds[${j}]`, 'evidence'),
    );
    need(questionIds, c.questionId, `conflicts[${i}].questionId`, 'question');
  });
  kb.presets.forEach((p, i) => {
    p.sourceIds.forEach((s, j) => need(sourceIds, s, `presets[${i}].sourceIds[${j}]`, 'source'));
    Object.entries(p.answers).forEach(([q, o]) => checkAnswer(q, o, `presets[${i}].answers.${q}`));
  });
}

/** Tie-breaks name questions, options and evidence that exist; so does the default language. */
function checkScoring({ kb, fail, need, evidenceIds, questionIds, checkAnswer }: RefContext): void {
  const { scoring } = kb;
  uniqueIds(scoring.tieBreaks, 'scoring.tieBreaks', fail);
  scoring.tieBreaks.forEach((t, i) => {
    need(questionIds, t.questionId, `scoring.tieBreaks[${i}].questionId`, 'question');
    Object.keys(t.options).forEach((o) =>
      checkAnswer(t.questionId, o, `scoring.tieBreaks[${i}].options.${o}`),
    );
    t.evidenceIds.forEach((e, j) =>
      need(evidenceIds, e, `scoring.tieBreaks[${i}].evidenceIds[${j}]`, 'evidence'),
    );
  });
  scoring.defaultLanguageEvidenceIds.forEach((e, j) =>
    need(evidenceIds, e, `scoring.defaultLanguageEvidenceIds[${j}]`, 'evidence'),
  );
}

/** Every answer to the runtimes question must say what runs in production, or the count is a guess. */
function checkPortfolio({ kb, fail, need, questionIds, checkAnswer }: RefContext): void {
  const { portfolio } = kb;
  need(questionIds, portfolio.runtimesQuestionId, 'portfolio.runtimesQuestionId', 'question');
  Object.keys(portfolio.runtimesOptions).forEach((o) =>
    checkAnswer(portfolio.runtimesQuestionId, o, `portfolio.runtimesOptions.${o}`),
  );
  const question = kb.questions.find((q) => q.id === portfolio.runtimesQuestionId);
  question?.options.forEach(({ id: o }) => {
    if (!Object.hasOwn(portfolio.runtimesOptions, o))
      fail('portfolio.runtimesOptions', `option "${o}" says nothing about runtimes`);
  });
}

/** Every criterion must be movable by some answer, or its weight would be meaningless. */
function checkEveryCriterionMoves({ kb, fail }: RefContext): void {
  const moved = new Set(
    kb.questions.flatMap((q) =>
      q.options.flatMap((o) => o.effects.filter((e) => e.lean !== 0).map((e) => e.criterionId)),
    ),
  );
  kb.criteria.forEach((c, i) => {
    if (!moved.has(c.id)) fail(`criteria[${i}]`, `no answer moves criterion "${c.id}"`);
  });
}

function uniqueIds(items: readonly { id: string }[], path: string, fail: Fail): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) fail(`${path}[${i}].id`, `duplicate id "${item.id}"`);
    seen.add(item.id);
  });
  return seen;
}
