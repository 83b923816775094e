/** What the questionnaire pages share: the active service, its answers and its visible steps. */
import { useMemo } from 'react';
import { getKnowledgeBase, type Answers } from '../../../content';
import { visibleSteps, type VisibleStep } from '../../domain/questions';
import { usePlannerStore } from '../../state/planner-store';
import { selectServiceById, useServiceAnswers } from '../../state/selectors';
import type { Service } from '../../domain/inputs';

export interface QuestionnaireContext {
  service: Service;
  /** Team and service answers together. */
  answers: Answers;
  steps: VisibleStep[];
  /** Steps plus the review. */
  total: number;
  stepTitles: string[];
  /** For each of `stepTitles`: whether every question in it is answered (the review: all are). */
  stepsAnswered: boolean[];
}

/** The questionnaire of one service; null when no service has that id. */
export function useQuestionnaire(serviceId: string): QuestionnaireContext | null {
  const service = usePlannerStore(selectServiceById(serviceId));
  const answers = useServiceAnswers(service?.id ?? '');
  const steps = useMemo(() => visibleSteps(getKnowledgeBase(), answers), [answers]);
  if (!service) return null;
  const answered = steps.map((s) => s.questions.every((q) => answers[q.id] !== undefined));
  return {
    service,
    answers,
    steps,
    total: steps.length + 1,
    stepTitles: [...steps.map((s) => s.step.title), 'Review'],
    stepsAnswered: [...answered, answered.every(Boolean)],
  };
}
