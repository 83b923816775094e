/**
 * Which questions and steps apply to a set of answers, and which answers count.
 * Pure functions of the knowledge base and the answers.
 */
import type { Answers, Condition, KnowledgeBase, Option, Question, Step } from '../../content';
import { compileModel, countAnswers, toVector, UNANSWERED } from './engine';
import { indexKnowledgeBase } from './kb-index';

/** True when every condition holds for the given answers. */
export function conditionsHold(conditions: readonly Condition[], answers: Answers): boolean {
  return conditions.every((c) => {
    const answer = answers[c.questionId];
    return answer !== undefined && c.anyOf.includes(answer);
  });
}

/**
 * Answers restricted to questions that are shown and options that exist. A hidden question's
 * answer is kept in the store (so switching back restores it) but never counts. Visibility is
 * the engine's (its first pass): this only reads it back as ids.
 */
export function effectiveAnswers(kb: KnowledgeBase, answers: Answers): Answers {
  const model = compileModel(kb);
  const state = countAnswers(model, toVector(model, answers));
  const counted: Record<string, string> = {};
  model.questions.forEach((q, i) => {
    const option = state.counted[i] ?? UNANSWERED;
    if (option !== UNANSWERED) counted[q.id] = q.options[option]?.id ?? '';
  });
  return counted;
}

/** The questions shown for these answers, in questionnaire order (the engine decides). */
export function visibleQuestions(kb: KnowledgeBase, answers: Answers): Question[] {
  const model = compileModel(kb);
  const state = countAnswers(model, toVector(model, answers));
  return indexKnowledgeBase(kb).questionsInOrder.filter((_, i) => state.shown[i] === 1);
}

/** A step with the questions of it that are shown. */
export interface VisibleStep {
  step: Step;
  questions: Question[];
}

/** The steps shown for these answers: a step whose questions are all hidden is left out. */
export function visibleSteps(kb: KnowledgeBase, answers: Answers): VisibleStep[] {
  const shown = new Set(visibleQuestions(kb, answers).map((q) => q.id));
  const index = indexKnowledgeBase(kb);
  return kb.steps
    .map((step) => ({
      step,
      questions: step.questionIds.filter((id) => shown.has(id)).map((id) => index.question(id)),
    }))
    .filter((s) => s.questions.length > 0);
}

/** The option chosen for a question, if it is answered and shown. */
export function chosenOption(
  kb: KnowledgeBase,
  answers: Answers,
  questionId: string,
): Option | undefined {
  const answer = effectiveAnswers(kb, answers)[questionId];
  return answer === undefined ? undefined : indexKnowledgeBase(kb).option(questionId, answer);
}
