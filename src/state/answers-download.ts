/**
 * The answers file for a plan, ready to download: loaded on demand by screens that offer
 * "Download my answers first" (the answers-file code stays out of the first screen).
 */
import { answersFileName, encodeAnswersFile } from '../domain/answers-file';
import type { PlannerInputs } from '../domain/inputs';
import { getKnowledgeBase } from './knowledge-base';

export function answersFileFor(
  inputs: PlannerInputs,
  now = new Date(),
): { text: string; fileName: string } {
  return {
    text: encodeAnswersFile(getKnowledgeBase(), inputs, now),
    fileName: answersFileName(now),
  };
}
