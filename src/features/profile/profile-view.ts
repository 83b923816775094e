/** What the applied profile makes of one service's answers: pure, for the section to render. */
import type { Answers, KnowledgeBase } from '../../../content';
import {
  applyProfile,
  describeProfiledVerdict,
  describeVerdict,
  recommend,
  type OpenedProfile,
  type ProfiledRecommendation,
  type Weights,
  verdictLanguage,
} from '../../domain';

export interface ProfileView {
  /** The verdict after the profile, in the result page's words. */
  headline: string;
  /** Whether the profile turned the verdict the result page shows (scored without it). */
  changed: boolean;
  profiled: ProfiledRecommendation;
}

export function profileView(
  kb: KnowledgeBase,
  opened: OpenedProfile,
  answers: Answers,
  weights: Weights,
): ProfileView {
  const plain = recommend(kb, answers, weights);
  const profiled = applyProfile(kb, opened, answers, weights);
  return {
    headline:
      describeProfiledVerdict(profiled.verdict, opened.profile) ??
      describeVerdict(kb, profiled.verdict, profiled.margin).headline,
    changed: verdictLanguage(profiled.verdict) !== verdictLanguage(plain.verdict),
    profiled,
  };
}
