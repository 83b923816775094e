/** What the applied profile makes of one service's answers: pure, for the section to render. */
import type { Answers, KnowledgeBase } from '../../../content';
import { verdictHeadline } from '../../domain/describe';
import {
  applyProfile,
  describeProfiledVerdict,
  type OpenedProfile,
  type ProfiledRecommendation,
} from '../../domain/profile';
import { recommend } from '../../domain/recommend';
import { verdictLanguage } from '../../domain/score';
import type { Weights } from '../../domain/weights';

export interface ProfileView {
  /** The verdict after the profile (the one the result page shows), in the result page's words. */
  headline: string;
  /** The verdict the same answers get without the profile. */
  withoutHeadline: string;
  /** Whether the profile turned the verdict: with it and without it name different languages. */
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
      verdictHeadline(kb, profiled.verdict),
    withoutHeadline: verdictHeadline(kb, plain.verdict),
    changed: verdictLanguage(profiled.verdict) !== verdictLanguage(plain.verdict),
    profiled,
  };
}
