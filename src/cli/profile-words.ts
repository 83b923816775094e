/** An organisation profile's part of a report, in words shared by the output formats. */
import type { KnowledgeBase, Language } from '../../content';
import { verdictHeadline } from '../domain/describe';
import { listLanguages } from '../domain/describe-portfolio';
import type { Portfolio } from '../domain/portfolio';
import {
  describeProfiledVerdict,
  type Profile,
  type ProfiledRecommendation,
} from '../domain/profile';
import { verdictLanguage } from '../domain/score';
import type { ProfileReport } from './report-data';

/** The verdict's headline after the profile: "Go (Rust ruled out by …)", or the engine's words. */
export function profiledHeadline(
  kb: KnowledgeBase,
  profile: Profile,
  profiled: ProfiledRecommendation,
): string {
  return (
    describeProfiledVerdict(profiled.verdict, profile) ?? verdictHeadline(kb, profiled.verdict)
  );
}

/** One line per profile rule that applied: its sentence, its cost, whether it decided. */
export function profileRuleLines(profiled: ProfiledRecommendation): string[] {
  return profiled.applied.map(({ rule, points, decisive }) => {
    const cost =
      rule.kind === 'adoption-cost'
        ? ` Adoption cost: −${points.toFixed(1)} points for ${rule.language === 'rust' ? 'Rust' : 'Go'}${decisive ? ', which turns the verdict' : ''}.`
        : decisive
          ? ' This rules it out here.'
          : '';
    return `Profile: ${rule.sentence}${cost}`;
  });
}

/** The profile's own evidence, listed beside the knowledge base's sources. */
export function profileEvidenceLines(profile: Profile): string[] {
  const evidence = profile.evidence ?? [];
  if (evidence.length === 0) return [];
  return [
    `Evidence from the organisation profile “${profile.name}”:`,
    ...evidence.map(
      (e) => `  - ${e.claim}${e.figure ? ` (${e.figure})` : ''} [${e.sourceTitle}, ${e.date}]`,
    ),
  ];
}

/**
 * The runtimes the verdicts mean once the profile has ruled a language out, when that is not
 * what the portfolio counted from the engine's verdicts.
 */
export function profiledRuntimesLine(portfolio: Portfolio, profile: ProfileReport): string | null {
  const runtimes = new Set<Language>([
    ...(portfolio.inProduction ?? []),
    ...profile.services.flatMap((s) => verdictLanguage(s.verdict) ?? []),
  ]);
  if (runtimes.size === portfolio.runtimes.length) return null;
  return `After the organisation profile: ${runtimes.size} ${runtimes.size === 1 ? 'runtime' : 'runtimes'} in production (${listLanguages([...runtimes])}).`;
}
