/**
 * The answers file for a plan, ready to download: loaded on demand by screens that offer
 * "Download my answers first" (the answers-file code stays out of the first screen). It reaches
 * the domain and content the way the other pages loaded on demand do, through their entry
 * points, so loading it splits no shared code out into the first screen's path. The verdicts it
 * records are those the result page shows: with the organisation profile, when one applies.
 */
import { getKnowledgeBase } from '../../content';
import { answersFileName, encodeAnswersFile } from '../domain/answers-file';
import type { PlannerInputs } from '../domain/inputs';
import { scoredWithProfile } from './profile-store';

export function answersFileFor(
  inputs: PlannerInputs,
  now = new Date(),
): { text: string; fileName: string } {
  return {
    text: encodeAnswersFile(scoredWithProfile(getKnowledgeBase()), inputs, now),
    fileName: answersFileName(now),
  };
}
