/** The recommendation as JSON, for scripts and CI. Results only; the inputs stay in the file. */
import { verdictHeadline } from '../domain/describe';
import type { Verdict } from '../domain/score';
import { snapshotVerdict, type VerdictSnapshot } from '../domain/verdict-snapshot';
import { profiledHeadline } from './profile-words';
import type { CliReport } from './report-data';

export const RESULT_FORMAT = 'rust-or-go-result';
export const RESULT_FORMAT_VERSION = 1;

export function formatJson({ kb, plan, portfolio, comparisons, profile }: CliReport): string {
  const result = {
    format: RESULT_FORMAT,
    formatVersion: RESULT_FORMAT_VERSION,
    knowledgeBaseVersion: kb.version,
    answersKnowledgeBaseVersion: plan.kbVersion,
    profile: profile
      ? {
          name: profile.opened.profile.name,
          hash: profile.opened.hash,
          runtimeWarning: profile.runtimeWarning,
          evidence: profile.opened.profile.evidence ?? [],
        }
      : null,
    services: portfolio.entries.map((entry, i) => {
      const r = entry.recommendation;
      const profiled = profile?.services[i];
      return {
        id: entry.id,
        name: entry.name,
        // With a profile, the verdict after it: what a script acting on the decision needs.
        verdict: !profiled
          ? jsonVerdict(r.verdict)
          : {
              ...jsonVerdict(profiled.verdict),
              ...(profiled.verdict.byProfile ? { heldByProfile: profiled.verdict.byProfile } : {}),
            },
        headline:
          profile && profiled
            ? profiledHeadline(kb, profile.opened.profile, profiled)
            : verdictHeadline(kb, r.verdict),
        score: round(r.score),
        maxScore: round(r.maxScore),
        margin: round(r.margin),
        fragile: r.fragile,
        // Share of plausible variations of the estimates, open questions and weights under which
        // the verdict holds (with the profile, when one applies).
        stability: {
          share: round((profiled?.recommendation ?? r).stability.share),
          samples: (profiled?.recommendation ?? r).stability.samples,
        },
        confidence: {
          level: r.confidence.level,
          answered: r.confidence.answered,
          shown: r.confidence.shown,
          coverage: round(r.confidence.coverage),
          stability: round(r.confidence.stability),
          decidedBy: r.confidence.decidedBy,
        },
        dealBreakers: r.dealBreakers.map((d) => ({
          id: d.dealBreakerId,
          label: d.label,
          rulesOut: d.rulesOut,
        })),
        assumptions: r.assumptions.map((a) => ({
          questionId: a.questionId,
          answer: a.answer,
          fromQuestionId: a.because.questionId,
        })),
        firstQuestions: r.firstQuestions.map((q) => q.questionId),
        reasons: r.reasons.map((reason) => ({
          criterionId: reason.criterionId,
          label: reason.label,
          towards: reason.towards,
          contribution: round(reason.contribution),
          sourceIds: [...new Set(reason.citations.map((c) => c.sourceId))],
        })),
        // `flips.answers`: if an answer is off (one-step estimate changes); `flips.events`: if
        // things change (the team, the organisation, a rewrite bar met).
        flips: r.flips,
        profileParts: (profiled?.recommendation ?? r).profileParts.map((p) => ({
          id: p.id,
          label: p.label,
          contribution: round(p.contribution),
          sentence: p.sentence,
        })),
        triggers: r.triggers.map((t) => ({ id: t.id, label: t.label, origin: t.origin })),
        profileRules: profiled
          ? profiled.applied.map(({ rule, points, decisive }) => ({
              kind: rule.kind,
              language: rule.language,
              ring: rule.ring,
              sentence: rule.sentence,
              points: round(points),
              decisive,
            }))
          : [],
        marginAfterProfile: profiled ? round(profiled.margin) : null,
        marginWithoutProfile: profiled ? round(profiled.without.margin) : null,
        savedVerdict: comparisons[i]?.author ?? null,
        changedSinceSaved: comparisons[i]?.differs ?? false,
      };
    }),
    portfolio: {
      runtimes: portfolio.runtimes.map((r) => ({
        language: r.language,
        serviceIds: r.serviceIds,
        inProduction: r.inProduction,
      })),
      extraRuntimes: portfolio.extraRuntimes,
    },
  };
  return `${JSON.stringify(result, null, 2)}\n`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * A verdict for scripts: its kind, and its language where it names one (`verdict.language` is
 * absent for a service not started, and for constraints that conflict).
 */
function jsonVerdict(verdict: Verdict): VerdictSnapshot | { kind: 'not-started' } {
  return snapshotVerdict(verdict) ?? { kind: 'not-started' };
}
