/**
 * The answers file for a plan, ready to download: loaded on demand by screens that offer
 * "Download my answers first" (the answers-file code stays out of the first screen). It reaches
 * the domain and content the way the other pages loaded on demand do, through their entry
 * points, so loading it splits no shared code out into the first screen's path. The verdicts it
 * records are those the result page shows: with the organisation profile, when one applies —
 * so it is made only once the site has said whether it serves one.
 */
import { getKnowledgeBase } from '../../content';
import { answersFileName, encodeAnswersFile } from '../domain/answers-file';
import type { PlannerInputs } from '../domain/inputs';
import {
  appliedIdentity,
  profileSettled,
  scoredWithProfile,
  useProfileStore,
} from './profile-store';

export async function answersFileFor(
  inputs: PlannerInputs,
  now = new Date(),
): Promise<{ text: string; fileName: string }> {
  await profileSettled(getKnowledgeBase(), import.meta.env.BASE_URL);
  const kb = scoredWithProfile(getKnowledgeBase());
  const profile = appliedIdentity(useProfileStore.getState().profile);
  return {
    text: encodeAnswersFile(kb, inputs, now, undefined, profile),
    fileName: answersFileName(kb, inputs, now),
  };
}
