/**
 * Schemas for the knowledge base. Every type the app uses for content is inferred from these,
 * never written twice. `zod/mini` keeps the validator small enough to run in the browser at load.
 *
 * Conventions:
 * - ids are kebab-case and unique within their collection;
 * - a signal or effect is a number in [-1, 1]: negative leans Go, positive leans Rust;
 * - every object is strict: an unknown key is a content error, not something silently ignored.
 */
import * as z from 'zod/mini';
import { ConsequenceSchema } from './consequence-schema';

export { ConsequenceSchema, type Consequence } from './consequence-schema';

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'));
const text = z.string().check(z.minLength(1), z.maxLength(600));
const shortText = z.string().check(z.minLength(1), z.maxLength(120));
/** A lean towards one language: -1 is all Go, +1 is all Rust. */
const lean = z.number().check(z.gte(-1), z.lte(1));

export const LanguageSchema = z.enum(['rust', 'go']);
export type Language = z.infer<typeof LanguageSchema>;

export const SourceSchema = z.strictObject({
  id,
  /** The title to cite, as the article gives it. */
  title: shortText,
  kind: z.enum(['guide', 'comparison', 'benchmark-post', 'forum-post', 'blog-post']),
  /** ISO year or year-month where the article says when it was written. */
  date: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2})?$/, 'must be YYYY or YYYY-MM'))),
  /** Who wrote it, where the article says so; left out otherwise. */
  author: z.optional(shortText),
  /** Who published it (a site, a company, a forum), where the article says so. */
  publisher: z.optional(shortText),
  /** Its public address, where one is recorded; citations say plainly when there is none. */
  url: z.optional(z.string().check(z.regex(/^https:\/\/\S+$/, 'must be an https address'))),
  /** The seed file the facts were taken from. */
  seedFile: z.string().check(z.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must name a seed file')),
  /** What this source contributes, in our words. */
  contributes: text,
});
export type Source = z.infer<typeof SourceSchema>;

/** One measured figure, Go and Rust side by side. */
export const MeasurementSchema = z.strictObject({
  metric: id,
  label: shortText,
  unit: z.enum(['req/s', 'ms', 'MB', '%', 's', 'lines', 'weeks']),
  go: z.number().check(z.gte(0)),
  rust: z.number().check(z.gte(0)),
  /** Whether a higher number is better (throughput) or worse (latency, memory, time). */
  better: z.enum(['higher', 'lower']),
  /** Set when the article gives the figure as approximate ("~1,680"). */
  approximate: z.optional(z.boolean()),
});
export type Measurement = z.infer<typeof MeasurementSchema>;

export const EvidenceSchema = z.strictObject({
  id,
  sourceId: id,
  /** A short handle shown in lists. */
  title: shortText,
  /** The claim in our own words. */
  claim: text,
  /** Which language the claim favours, if any. */
  favours: z.enum(['rust', 'go', 'neither']),
  /** For measurements: what was measured, on what, with which setup. */
  workload: z.optional(text),
  measurements: z.optional(z.array(MeasurementSchema).check(z.minLength(1))),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const TriggerSchema = z.strictObject({
  id,
  label: shortText,
  /** The condition that should reopen the decision, written as something a team can watch for. */
  condition: text,
  /** Which language the event would push the decision towards, so a result lists the ones that could overturn it. */
  pushesTowards: z.enum(['rust', 'go', 'either']),
  sourceId: id,
});
export type Trigger = z.infer<typeof TriggerSchema>;

export const CriterionSchema = z.strictObject({
  id,
  label: shortText,
  description: text,
  /** Whether the criterion describes the service itself or the team and organisation around it. */
  scope: z.enum(['service', 'team']),
  /** Default importance, 0 (ignored) to 5 (decisive). */
  defaultWeight: z.number().check(z.gte(0), z.lte(5)),
  /** In general, what makes this criterion lean Rust (the evidence library; reasons use the answers' own words). */
  rustCase: text,
  /** In general, what makes it lean Go. */
  goCase: text,
  evidence: z.strictObject({
    rust: z.array(id),
    go: z.array(id),
  }),
  /** Revisit triggers this criterion raises when it shapes a verdict. */
  triggers: z.array(id),
  /** How a team can check, after the fact, that this driver still holds (for decision records). */
  confirmation: text,
});
export type Criterion = z.infer<typeof CriterionSchema>;

/** Show a question only when another question has one of the given answers. */
export const ConditionSchema = z.strictObject({
  questionId: id,
  anyOf: z.array(id).check(z.minLength(1)),
});
export type Condition = z.infer<typeof ConditionSchema>;

/**
 * What one answer does to one criterion, and the sentence that says why. The sentence belongs to
 * the answer, so a reason only ever states what the person actually said (or what was assumed
 * for them, labelled as such).
 */
export const EffectSchema = z.strictObject({
  criterionId: id,
  lean,
  /** Why this answer leans this criterion, in a sentence that follows from the answer alone. */
  reason: text,
  /**
   * The effect does not apply when any of these hold (e.g. "the deadline favours Go" unless the
   * team is already productive in Rust). Read on the answers as they count, assumptions included.
   */
  unless: z.optional(z.array(ConditionSchema).check(z.minLength(1))),
  /** The effect does not apply when all of these hold (read like `unless`). */
  unlessAll: z.optional(z.array(ConditionSchema).check(z.minLength(1))),
  /** The effect applies only when all of these hold (read like `unless`). */
  whenAll: z.optional(z.array(ConditionSchema).check(z.minLength(1))),
  /**
   * A lean from context (where the code runs): it fills in what was not said and steps aside on
   * this criterion when the person answered a question that moves it directly. One engine rule.
   */
  context: z.optional(z.literal(true)),
});
export type Effect = z.infer<typeof EffectSchema>;

export const OptionSchema = z.strictObject({
  id,
  label: shortText,
  /** Optional one-line gloss shown under the option. */
  hint: z.optional(text),
  /** Marks an "I don't know" answer: it moves nothing and counts as unanswered for confidence. */
  uncertain: z.optional(z.literal(true)),
  effects: z.array(EffectSchema),
  /**
   * This answer as an event that could happen, for "what would flip it" ("the p99 budget tightens
   * to under 10 ms"). Every certain option of a question that is not fixed has one.
   */
  event: z.optional(shortText),
  /**
   * What this answer typically implies for other questions (only on fixed questions, such as the
   * kind of service). An assumption fills a question only while it is unanswered or "not sure",
   * is labelled as assumed, and gives way to an explicit answer.
   */
  assumes: z.optional(z.record(id, id)),
  /**
   * "What would flip it" never proposes this answer when these conditions hold: it would
   * contradict what the service is (a browser module waiting on a database).
   */
  implausibleWhen: z.optional(z.array(ConditionSchema).check(z.minLength(1))),
  /**
   * This answer contradicts any one of these answers (read both ways): no flip offers, and no
   * stability sample draws, a set of answers in which the two meet.
   */
  contradicts: z.optional(z.array(ConditionSchema).check(z.minLength(1))),
});
export type Option = z.infer<typeof OptionSchema>;

export const QuestionSchema = z.strictObject({
  id,
  scope: z.enum(['service', 'team']),
  prompt: shortText,
  /** Help shown next to the question: why it matters and what the sources say. */
  help: text,
  /** Sources the help text draws on. */
  sourceIds: z.array(id).check(z.minLength(1)),
  options: z.array(OptionSchema).check(z.minLength(2), z.maxLength(12)),
  /** All conditions must hold for the question to be shown. */
  showWhen: z.optional(z.array(ConditionSchema).check(z.minLength(1))),
  /**
   * A fact about the service rather than a circumstance that can change (what kind of service it
   * is, whether it exists already): "what would flip it" never suggests a different answer.
   */
  fixed: z.optional(z.literal(true)),
  /**
   * A fact (what the service is, where it runs, the team, the organisation: never varied, and a
   * change to it is an event to revisit on) or an estimate (a judgement a person can get wrong by
   * one step). Absent: a fact when `fixed` or about the team, else an estimate.
   */
  nature: z.optional(z.enum(['fact', 'estimate'])),
  /**
   * For an estimate: its certain options in step order, when that is not the order they are
   * listed in. "Off by one step" moves to a neighbour on this scale.
   */
  scale: z.optional(z.array(id).check(z.minLength(2))),
});
export type Question = z.infer<typeof QuestionSchema>;

export const StepSchema = z.strictObject({
  id,
  title: shortText,
  intro: text,
  questionIds: z.array(id).check(z.minLength(1)),
});
export type Step = z.infer<typeof StepSchema>;

/**
 * A gate is a bar the sources set before a verdict may leave a default: when `appliesWhen` holds
 * and none of `passWhenAny` does, the verdict is `otherwise`, whatever the score says.
 */
export const GateSchema = z.strictObject({
  id,
  label: shortText,
  appliesWhen: z.array(ConditionSchema).check(z.minLength(1)),
  passWhenAny: z.array(ConditionSchema).check(z.minLength(1)),
  otherwise: z.strictObject({
    language: LanguageSchema,
    headline: shortText,
    explanation: text,
    evidenceIds: z.array(id).check(z.minLength(1)),
    /**
     * A question whose answer the held verdict speaks to (the rewrite's bottleneck), with what to
     * say for each of its options, so the advice names what the user told us.
     */
    answerNotes: z.optional(
      z.strictObject({
        questionId: id,
        notes: z.record(id, text),
      }),
    ),
  }),
  /** The heading shown when the gate is passed. */
  passedHeadline: shortText,
  /** Stated when the gate is passed: what the case for leaving the default costs. */
  passedNote: text,
  passedEvidenceIds: z.array(id),
});
export type Gate = z.infer<typeof GateSchema>;

/**
 * A deal-breaker: where a source is categorical, an answer rules a language out whatever the
 * weights. The conditions are read on explicit answers only, never on assumptions.
 */
export const DealBreakerSchema = z.strictObject({
  id,
  label: shortText,
  /**
   * All must hold. Content always names at least one; an organisation profile's "hold" is a
   * deal-breaker with none, which always holds.
   */
  when: z.array(ConditionSchema).check(z.minLength(1)),
  rulesOut: LanguageSchema,
  /** Why the language is ruled out, citing what the source says, in our words. */
  explanation: text,
  evidenceIds: z.array(id).check(z.minLength(1)),
  /** Set on the deal-breaker an organisation profile's "hold" becomes. */
  fromProfile: z.optional(z.literal(true)),
});
export type DealBreaker = z.infer<typeof DealBreakerSchema>;

export const ConflictSchema = z.strictObject({
  id,
  topic: shortText,
  evidenceIds: z.array(id).check(z.minLength(2)),
  /** How the questionnaire decides which claim applies. */
  resolution: text,
  questionId: id,
});
export type Conflict = z.infer<typeof ConflictSchema>;

/** Answers keyed by question id; an absent key is a skipped question. */
export const AnswersSchema = z.record(id, id);
export type Answers = z.infer<typeof AnswersSchema>;

export const PresetSchema = z.strictObject({
  id,
  name: shortText,
  summary: text,
  answers: AnswersSchema,
  /** What the sources say this example should come to; tests hold the scoring to it. */
  expected: LanguageSchema,
  sourceIds: z.array(id).check(z.minLength(1)),
});
export type Preset = z.infer<typeof PresetSchema>;

/** Cost of each extra runtime in production, as the sources list it. */
export const RuntimeCostSchema = z.strictObject({
  id,
  label: shortText,
  detail: text,
  sourceId: id,
});
export type RuntimeCost = z.infer<typeof RuntimeCostSchema>;

export const ScoringSettingsSchema = z.strictObject({
  /** Below this share of the maximum possible score the verdict is a close call. */
  closeCallMargin: z.number().check(z.gt(0), z.lt(1)),
  /**
   * A standing lean added to every score, as a share of the largest possible score (positive
   * leans Rust). The knowledge base leaves it out; an organisation profile's radar rings set it.
   */
  bias: z.optional(z.number().check(z.gte(-1), z.lte(1))),
  /**
   * The parts `bias` is made of, each its own row with a sentence (an organisation profile's
   * adoption costs), so criteria and adjustments add up to the net score. When present, the bias
   * is their sum.
   */
  adjustments: z.optional(
    z.array(
      z.strictObject({
        id,
        label: shortText,
        /** Signed share of the largest possible score; positive leans Rust. */
        share: z.number().check(z.gte(-1), z.lte(1)),
        sentence: text,
      }),
    ),
  ),
  /** The language recommended when no tie-break names one. */
  defaultLanguage: LanguageSchema,
  defaultLanguageEvidenceIds: z.array(id).check(z.minLength(1)),
  /** How a close call is broken, in order: the first whose question names a language decides. */
  tieBreaks: z.array(
    z.strictObject({
      id,
      questionId: id,
      /** Map from that question's options to the language they name. */
      options: z.record(id, LanguageSchema),
      /** Why this breaks the tie, for the verdict's detail. */
      explanation: text,
      evidenceIds: z.array(id).check(z.minLength(1)),
    }),
  ),
  /**
   * One rule for how sure a verdict is: each level needs at least this share of what carries
   * weight (the weight of the criteria a shown question can move) answered, and at least this
   * stability (share of plausible variations under which the verdict holds). A close call is low.
   */
  confidence: z.strictObject({
    high: z.strictObject({
      answered: z.number().check(z.gt(0), z.lte(1)),
      stability: z.number().check(z.gt(0), z.lte(1)),
    }),
    medium: z.strictObject({
      answered: z.number().check(z.gt(0), z.lte(1)),
      stability: z.number().check(z.gt(0), z.lte(1)),
    }),
  }),
  /**
   * What stability varies (stochastic multicriteria acceptability analysis): a given estimate is
   * off by one step with probability `offByOneStep` (split between its neighbours); an assumed one
   * with `assumedOffByOneStep`; an open estimate may take any plausible option; facts never vary;
   * each weight varies uniformly within ±`weightBand` of itself (a share of it).
   */
  stability: z.strictObject({
    offByOneStep: z.number().check(z.gte(0), z.lte(1)),
    assumedOffByOneStep: z.number().check(z.gte(0), z.lte(1)),
    weightBand: z.number().check(z.gte(0), z.lte(1)),
  }),
  /** Months until a decision should be reviewed, by confidence level. */
  reviewAfterMonths: z.strictObject({
    low: z.number().check(z.int(), z.gte(1), z.lte(36)),
    medium: z.number().check(z.int(), z.gte(1), z.lte(36)),
    high: z.number().check(z.int(), z.gte(1), z.lte(36)),
  }),
});
export type ScoringSettings = z.infer<typeof ScoringSettingsSchema>;

/** How the portfolio view reads what the organisation already runs in production. */
export const PortfolioSettingsSchema = z.strictObject({
  /** The team question that says which runtimes already run in production. */
  runtimesQuestionId: id,
  /** Map from each of that question's options to the languages it says are in production. */
  runtimesOptions: z.record(id, z.array(LanguageSchema)),
});
export type PortfolioSettings = z.infer<typeof PortfolioSettingsSchema>;

/** One released change to the knowledge base that can move verdicts, for links made before it. */
export const ChangelogEntrySchema = z.strictObject({
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be semver')),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')),
  /** What changed that can move a verdict, each in a sentence a person opening an old link can follow. */
  changes: z.array(text).check(z.minLength(1)),
});
export type ChangelogEntry = z.infer<typeof ChangelogEntrySchema>;

export const KnowledgeBaseSchema = z.strictObject({
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be semver')),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')),
  sources: z.array(SourceSchema).check(z.minLength(1)),
  evidence: z.array(EvidenceSchema).check(z.minLength(1)),
  triggers: z.array(TriggerSchema),
  criteria: z.array(CriterionSchema).check(z.minLength(1)),
  questions: z.array(QuestionSchema).check(z.minLength(1)),
  steps: z.array(StepSchema).check(z.minLength(1)),
  gates: z.array(GateSchema),
  dealBreakers: z.array(DealBreakerSchema),
  conflicts: z.array(ConflictSchema),
  presets: z.array(PresetSchema),
  runtimeCosts: z.array(RuntimeCostSchema),
  scoring: ScoringSettingsSchema,
  portfolio: PortfolioSettingsSchema,
  /** Consequences and mitigations for decision records (optional: content/data/consequences.ts). */
  consequences: z.optional(z.array(ConsequenceSchema)),
  /** Newest first. */
  changelog: z.array(ChangelogEntrySchema),
});
export type KnowledgeBase = z.infer<typeof KnowledgeBaseSchema>;
