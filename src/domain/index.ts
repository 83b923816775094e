/** The scoring module's public entry point: pure functions over the knowledge base. */
export { indexKnowledgeBase, type KnowledgeBaseIndex } from './kb-index';
export {
  chosenOption,
  conditionsHold,
  effectiveAnswers,
  visibleQuestions,
  visibleSteps,
  type VisibleStep,
} from './questions';
export {
  assessConfidence,
  tallyAnswers,
  verdictRank,
  type Confidence,
  type ConfidenceLevel,
  type CriterionScore,
  type Driver,
  type GateOutcome,
  type Tally,
  type Verdict,
} from './score';
export {
  recommend,
  type AnswerCited,
  type Citation,
  type GateNote,
  type Reason,
  type Recommendation,
  type RevisitTrigger,
} from './recommend';
export { changedWeights, resolveWeights, WEIGHT_RANGE, type Weights } from './weights';
export {
  describeVerdict,
  describeConfidence,
  explainConfidence,
  type ConfidenceWords,
} from './describe';
export {
  analyseFlips,
  MAX_ANSWER_CHANGES,
  type AnswerChange,
  type AnswerFlips,
  type AnswerFlipSet,
  type FlipAnalysis,
  type OptionRef,
  type RevealedAnswer,
  type WeightFlip,
  type WeightFlips,
} from './flips';
export {
  describeAnswerChange,
  describeAnswerFlip,
  describeAnswerFlipCount,
  describeFlippedVerdict,
  describeWeightFlip,
  formatWeight,
} from './describe-flips';
