/**
 * Which questions and steps apply to a set of answers, and which answers count.
 * Pure functions of the knowledge base and the answers.
 */
import type { Answers, Condition, KnowledgeBase, Option, Question, Step } from '../../content';
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
 * answer is kept in the store (so switching back restores it) but never counts.
 * Conditions only point at earlier questions, so one pass in step order settles visibility.
 */
export function effectiveAnswers(kb: KnowledgeBase, answers: Answers): Answers {
  const index = indexKnowledgeBase(kb);
  const counted: Record<string, string> = {};
  for (const question of index.questionsInOrder) {
    const answer = answers[question.id];
    if (question.showWhen && !conditionsHold(question.showWhen, counted)) continue;
    if (answer !== undefined && index.option(question.id, answer)) counted[question.id] = answer;
  }
  return counted;
}

/** The questions shown for these answers, in questionnaire order. */
export function visibleQuestions(kb: KnowledgeBase, answers: Answers): Question[] {
  const counted = effectiveAnswers(kb, answers);
  return indexKnowledgeBase(kb).questionsInOrder.filter(
    (q) => !q.showWhen || conditionsHold(q.showWhen, counted),
  );
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
