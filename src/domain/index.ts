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
  otherLanguage,
  tallyAnswers,
  verdictLanguage,
  verdictRank,
  type Assumption,
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
  type AssumptionNote,
  type Citation,
  type DealBreakerNote,
  type FirstQuestion,
  type GateAnswerNote,
  type GateBar,
  type GateNote,
  type Reason,
  type Recommendation,
  type RevisitTrigger,
} from './recommend';
export { changedWeights, resolveWeights, WEIGHT_RANGE, type Weights } from './weights';
export { answerProgress, type AnswerProgress } from './progress';
export {
  runtimesInProduction,
  summarisePortfolio,
  type LoneRuntime,
  type Portfolio,
  type PortfolioEntry,
  type PortfolioInput,
  type PortfolioServiceInput,
  type RuntimeCostNote,
  type RuntimeUse,
} from './portfolio';
export {
  describeProgress,
  describeRuntimeCosts,
  describeRuntimes,
  describeVerdictShort,
  listLanguages,
} from './describe-portfolio';
export {
  answersForService,
  hasWork,
  MAX_SERVICES,
  normalizeInputs,
  PlannerInputsSchema,
  SERVICE_NAME_MAX,
  SERVICE_NOTES_MAX,
  serviceLabel,
  ServiceSchema,
  type PlannerInputs,
  type Service,
} from './inputs';
export { describePath, issuesFromZod, type Issue } from './issues';
export type { OpenedPlan } from './opened-plan';
export {
  changesSince,
  compareVerdicts,
  describeSnapshot,
  sameVerdict,
  snapshotVerdict,
  snapshotVerdicts,
  VerdictSnapshotSchema,
  type VerdictComparison,
  type VerdictSnapshot,
} from './verdict-snapshot';
export {
  CURRENT_LINK_FORMAT,
  decodePermalink,
  encodePermalink,
  PERMALINK_LIMITS,
  type PermalinkFailure,
  type PermalinkResult,
} from './permalink/permalink';
export { describePermalinkFailure, type FailureWords } from './permalink/describe-failure';
export { compareVersions, deriveLinkTable, findLinkTable } from './permalink/link-table';
export {
  ANSWERS_FILE_FORMAT,
  ANSWERS_FILE_MAX_CHARS,
  ANSWERS_FILE_VERSION,
  answersFileName,
  AnswersFileV1Schema,
  AnswersFileV2Schema,
  decodeAnswersFile,
  decisionIssues,
  DecisionSchema,
  DecisionStatusSchema,
  isCalendarDate,
  IsoDateSchema,
  describeAnswersFileFailure,
  encodeAnswersFile,
  type AnswersFileFailure,
  type AnswersFileResult,
  type AnswersFileV1,
  type AnswersFileV2,
  type Decision,
  type DecisionStatus,
} from './answers-file';
export {
  CONSTRAINTS_CONFLICT,
  LANGUAGE_NAME,
  LEVEL_NAME,
  nameOrUnnamed,
  NOT_STARTED,
  UNNAMED_SERVICE,
  signed,
  type Reader,
} from './words';
export {
  recommendationView,
  type RecommendationView,
  type ViewContext,
  type ViewReason,
  type ViewPart,
} from './recommendation-view';
export {
  describeMargin,
  describeVerdict,
  verdictHeadline,
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
  type SettlingQuestion,
  type WeightFlip,
  type WeightFlips,
} from './flips';
export {
  describeAnswerChange,
  describeAnswerFlip,
  describeAnswerFlipCount,
  describeFlipEvent,
  describeFlippedVerdict,
  describeWeightFlip,
  describeWeightFlips,
  formatWeight,
} from './describe-flips';
export { serviceDecisionRecord, type RecordService } from './decision-record';
export { portfolioDecisionRecord, type PortfolioRecordInput } from './portfolio-record';
export { type RecordOptions } from './record-parts';
export {
  checkDecision,
  describeDecisionFinding,
  describeDecisionNote,
  supersessionLoops,
  type CheckProfiles,
  type DecisionCheck,
  type DecisionFinding,
  type DecisionNote,
  type SupersessionEntry,
} from './decision-check';
export {
  decisionLogRow,
  decisionLogMarkdown,
  numberDecisionLog,
  decisionLogCells,
  DECISION_LOG_COLUMNS,
  type DecisionLogRow,
} from './decision-log';
export {
  applyProfile,
  withProfile,
  decodeProfile,
  describeProfiledVerdict,
  describeProfileIdentity,
  PROFILE_FORMAT,
  PROFILE_FORMAT_VERSION,
  profileHash,
  profileIdentity,
  profileRules,
  ProfileSchema,
  profileWeights,
  RING_EFFECTS,
  RingSchema,
  runtimeLimitWarning,
  type AppliedRule,
  type OpenedProfile,
  type Profile,
  type ProfileIdentity,
  type ProfiledRecommendation,
  type ProfiledVerdict,
  type ProfileEvidence,
  type ProfileResult,
  type ProfileRule,
  type Ring,
} from './profile';
