/** The recommendation as plain text for a terminal. */
import { describeConfidence, describeVerdict } from '../domain/describe';
import {
  describeAnswerFlip,
  describeAnswerFlipCount,
  describeWeightFlip,
} from '../domain/describe-flips';
import { describeRuntimes } from '../domain/describe-portfolio';
import { indexKnowledgeBase } from '../domain/kb-index';
import { describeSnapshot } from '../domain/verdict-snapshot';
import { nameOrUnnamed, LANGUAGE_NAME } from '../domain/words';
import {
  profiledHeadline,
  profiledRuntimesLine,
  profileEvidenceLines,
  profileRuleLines,
} from './profile-words';
import { triggerRows } from '../domain/flip-rows';
import type { CliReport } from './report-data';

export function formatText(report: CliReport): string {
  const { kb, plan, portfolio, comparisons, profile } = report;
  const index = indexKnowledgeBase(kb);
  const lines: string[] = [
    `Rust or Go? — knowledge base ${kb.version} (${kb.date}); answers given against ${plan.kbVersion}`,
  ];
  if (profile) {
    lines.push(`Organisation profile: ${profile.opened.profile.name} (${profile.opened.hash})`);
  }
  lines.push('');
  portfolio.entries.forEach((entry, i) => {
    const r = entry.recommendation;
    const words = describeVerdict(kb, r.verdict, r.margin);
    const name = nameOrUnnamed(entry.name);
    const profiled = profile?.services[i];
    lines.push(
      `${name}: ${profile && profiled ? profiledHeadline(kb, profile.opened.profile, profiled) : words.headline}`,
      `  ${words.detail}`,
    );
    // Nothing answered about the service: no verdict, only where to start.
    if (r.verdict.kind === 'not-started') {
      lines.push('  Answer these first:');
      for (const q of r.firstQuestions) lines.push(`    - ${q.prompt}`);
      lines.push('');
      return;
    }
    lines.push(`  ${describeConfidence(r.confidence)}`);
    for (const d of r.dealBreakers) {
      lines.push(
        `  Deal-breaker: ${d.label} — rules out ${LANGUAGE_NAME[d.rulesOut]}. ${d.explanation}`,
      );
    }
    if (profiled) for (const line of profileRuleLines(profiled)) lines.push(`  ${line}`);
    const comparison = comparisons[i];
    if (comparison?.differs && comparison.author) {
      lines.push(
        `  Changed: the file recorded ${describeSnapshot(kb, comparison.author)}; today it is ${describeSnapshot(kb, comparison.today)}.`,
      );
    }
    // A held gate is the verdict itself, already said above; a cleared one is news.
    for (const gate of r.gates.filter((g) => g.passed)) {
      lines.push(`  ${gate.headline}. ${gate.explanation}`);
    }
    if (r.reasons.length > 0) lines.push('  Reasons, strongest first:');
    for (const reason of r.reasons) {
      const sources = [
        ...new Set(reason.citations.map((c) => index.source(c.sourceId).title)),
      ].join('; ');
      const pull = `${reason.contribution > 0 ? '+' : '−'}${Math.abs(reason.contribution).toFixed(1)}`;
      lines.push(
        `    ${pull} ${reason.label} (towards ${LANGUAGE_NAME[reason.towards]}): ${reason.sentence} [${sources}]`,
      );
    }
    lines.push('  What would flip it:');
    const { answers, weights } = r.flips;
    lines.push(`    ${describeAnswerFlipCount(answers)}`);
    if (answers.kind === 'found') {
      for (const set of answers.sets) lines.push(`    - ${describeAnswerFlip(kb, set)}`);
    }
    if (weights.kind === 'found') lines.push(`    - ${describeWeightFlip(kb, weights.smallest)}`);
    lines.push('  Revisit when (or when any change above comes true):');
    for (const t of triggerRows(r.triggers)) lines.push(`    - ${t.label}. ${t.condition}`);
    lines.push('');
  });
  if (profile?.runtimeWarning) lines.push(`Warning: ${profile.runtimeWarning}`, '');
  if (profile) {
    const evidence = profileEvidenceLines(profile.opened.profile);
    if (evidence.length > 0) lines.push(...evidence, '');
  }
  if (portfolio.entries.length > 1) {
    const runtimes = describeRuntimes(portfolio);
    lines.push(`Portfolio: ${runtimes.headline}. ${runtimes.detail}`);
    const after = profile && profiledRuntimesLine(portfolio, profile);
    if (after) lines.push(`  ${after}`);
    if (portfolio.extraRuntimes > 0) {
      lines.push('  Each extra runtime costs:');
      for (const cost of portfolio.costs)
        lines.push(`    - ${cost.label}: ${cost.detail} [${cost.sourceTitle}]`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
