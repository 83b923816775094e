import { getKnowledgeBase } from '../../content';

/** A question's prompt by id, so a test survives rewording in the knowledge base. */
export function promptOf(questionId: string): string {
  const question = getKnowledgeBase().questions.find((q) => q.id === questionId);
  if (!question) throw new Error(`No question ${questionId} in the knowledge base`);
  return question.prompt;
}
