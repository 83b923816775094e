/**
 * Portfolio words: short verdicts, progress and runtime counts, in one place so the services
 * list, the portfolio page and any export say the same thing.
 */
import type { Language } from '../../content';
import { LANGUAGE_NAME, NOT_STARTED } from './words';
import type { Portfolio } from './portfolio';
import type { AnswerProgress } from './progress';
import type { Verdict } from './score';

/** "Rust", "Go", "Close call: Go", "Keep Go": a verdict short enough for a tag. */
export function describeVerdictShort(verdict: Verdict): string {
  switch (verdict.kind) {
    case 'not-started':
      return NOT_STARTED;
    case 'conflict':
      return 'Constraints conflict';
    case 'clear':
      return LANGUAGE_NAME[verdict.language];
    case 'close-call':
      return `Close call: ${LANGUAGE_NAME[verdict.language]}`;
    case 'ruled-out':
      return `${LANGUAGE_NAME[verdict.language]} (deal-breaker)`;
    case 'gated':
      return `Keep ${LANGUAGE_NAME[verdict.language]}`;
  }
}

/** "Not started", "5 of 16 questions answered", "Complete: all 16 questions answered". */
export function describeProgress(progress: AnswerProgress): string {
  if (progress.complete) return `Complete: all ${progress.shown} questions answered`;
  if (progress.answered === 0) return `Not started: 0 of ${progress.shown} questions answered`;
  return `In progress: ${progress.answered} of ${progress.shown} questions answered`;
}

/** "Go and Rust", "Go", "none". */
export function listLanguages(languages: readonly Language[]): string {
  const names = languages.map((l) => LANGUAGE_NAME[l]);
  if (names.length === 0) return 'none';
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** The runtime count in words: a headline and how it follows from the team's answer. */
export function describeRuntimes(portfolio: Portfolio): { headline: string; detail: string } {
  const services = portfolio.entries.length;
  const runtimes = portfolio.runtimes.length;
  const headline = `${services} ${plural(services, 'service')}, ${runtimes} ${plural(runtimes, 'runtime')} in production`;
  const { inProduction, newRuntimes } = portfolio;
  if (inProduction === null) {
    return {
      headline,
      detail:
        'Counted from the verdicts alone: the team has not said which runtimes already run in production.',
    };
  }
  if (inProduction.length === 0) {
    return {
      headline,
      detail: `Your organisation runs neither language in production yet; these verdicts bring in ${listLanguages(newRuntimes)}.`,
    };
  }
  return {
    headline,
    detail:
      newRuntimes.length === 0
        ? `Your organisation already runs ${listLanguages(inProduction)}, so these verdicts add no runtime.`
        : `Your organisation runs ${listLanguages(inProduction)} today; these verdicts add ${listLanguages(newRuntimes)}.`,
  };
}

/** What the runtime costs that follow mean for these verdicts: none yet, or each extra runtime. */
export function describeRuntimeCosts(portfolio: Portfolio): string {
  const extra = portfolio.extraRuntimes;
  return extra === 0
    ? 'These verdicts need a single runtime, so none of these costs applies. Each would, for every runtime added later:'
    : `These verdicts mean ${extra} extra ${plural(extra, 'runtime')} beyond the first (${listLanguages(portfolio.runtimes.slice(1).map((r) => r.language))}), and each one brings:`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
