/**
 * Every deal-breaker of the knowledge base, read from the content: answering its conditions (and
 * whatever makes their questions show) rules its language out. A new deal-breaker is tested by
 * being added; one that can never hold (a condition on a question its others hide) fails here.
 */
import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, type Answers } from '../../content';
import { tallyAnswers } from '../../src/domain/score';

const kb = getKnowledgeBase();
const questionById = new Map(kb.questions.map((q) => [q.id, q]));

/** Answers that meet `when`, plus the first option that shows each question it names. */
function answersMeeting(when: { questionId: string; anyOf: string[] }[]): Answers {
  const answers: Answers = {};
  const meet = (questionId: string, optionId: string) => {
    for (const shown of questionById.get(questionId)?.showWhen ?? []) {
      if (!(shown.questionId in answers)) meet(shown.questionId, shown.anyOf[0]!);
    }
    answers[questionId] = optionId;
  };
  for (const condition of when) meet(condition.questionId, condition.anyOf[0]!);
  return answers;
}

describe('deal-breakers, each from the content', () => {
  it.each(kb.dealBreakers.map((d) => [d.id, d] as const))(
    '%s rules its language out when its conditions hold',
    (id, dealBreaker) => {
      const { verdict } = tallyAnswers(kb, answersMeeting(dealBreaker.when), {});
      expect(verdict.kind === 'ruled-out' || verdict.kind === 'conflict').toBe(true);
      if (verdict.kind === 'ruled-out' || verdict.kind === 'conflict') {
        expect(verdict.dealBreakerIds).toContain(id);
      }
      if (verdict.kind === 'ruled-out') expect(verdict.language).not.toBe(dealBreaker.rulesOut);
    },
  );
});
