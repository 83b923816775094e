/** How far a service's questionnaire has got. Pure: answers and knowledge base in, counts out. */
import type { Answers, KnowledgeBase } from '../../content';
import { effectiveAnswers, visibleQuestions } from './questions';

export interface AnswerProgress {
  /** Questions shown for these answers (branching included). */
  shown: number;
  /** Shown questions with an answer; "not sure" counts, as the user has been through it. */
  answered: number;
  /** Every shown question has an answer. */
  complete: boolean;
}

/**
 * Answered against shown questions for one service's answers (team and service together).
 * Unlike confidence, a "not sure" counts as answered here: this measures the user's progress
 * through the questionnaire, not how much the verdict can be trusted.
 */
export function answerProgress(kb: KnowledgeBase, answers: Answers): AnswerProgress {
  const shown = visibleQuestions(kb, answers);
  const counted = effectiveAnswers(kb, answers);
  const answered = shown.filter((q) => counted[q.id] !== undefined).length;
  return { shown: shown.length, answered, complete: answered === shown.length };
}
