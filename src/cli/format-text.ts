/** The recommendation as plain text for a terminal: each service's one view, line by line. */
import { describeRuntimes } from '../domain/describe-portfolio';
import { describeSnapshot } from '../domain/verdict-snapshot';
import { LANGUAGE_NAME, signed } from '../domain/words';
import { describeFlipRow } from '../domain/flip-rows';
import {
  IF_AN_ANSWER_IS_OFF,
  IF_THINGS_CHANGE,
  TRIGGERS_INTRO,
  WEIGHT_SENSITIVITY,
} from '../domain/words';
import {
  profiledHeadline,
  profiledRuntimesLine,
  profileEvidenceLines,
  profileRuleLines,
} from './profile-words';
import type { CliReport } from './report-data';

export function formatText(report: CliReport): string {
  const { kb, plan, portfolio, views, comparisons, profile } = report;
  const lines: string[] = [
    `Rust or Go? — knowledge base ${kb.version} (${kb.date}); answers given against ${plan.kbVersion}`,
  ];
  if (profile) {
    lines.push(`Organisation profile: ${profile.opened.profile.name} (${profile.opened.hash})`);
  }
  lines.push('');
  views.forEach(({ name, view }, i) => {
    const profiled = profile?.services[i];
    lines.push(
      `${name}: ${profile && profiled ? profiledHeadline(kb, profile.opened.profile, profiled) : view.headline}`,
      `  ${view.detail}`,
    );
    // Nothing answered about the service: no verdict, only where to start.
    if (view.firstQuestions.length > 0) {
      lines.push('  Answer these first:');
      for (const q of view.firstQuestions) lines.push(`    - ${q.prompt}`);
      lines.push('');
      return;
    }
    if (view.profileTurned) lines.push(`  ${view.profileTurned}`);
    lines.push(`  ${view.confidence.sentence}`);
    if (view.stability) lines.push(`  ${view.stability.sentence} ${view.stability.varied}`);
    if (view.fragile) lines.push(`  ${view.fragile}`);
    // How a close call was broken is the verdict's own sentence, already said above.
    for (const note of view.notes.filter((n) => n.id !== 'close-call')) {
      lines.push(`  ${note.title}. ${note.text}`);
    }
    if (profiled) for (const line of profileRuleLines(profiled)) lines.push(`  ${line}`);
    const comparison = comparisons[i];
    if (comparison?.differs && comparison.author) {
      lines.push(
        `  Changed: the file recorded ${describeSnapshot(kb, comparison.author)}; today it is ${describeSnapshot(kb, comparison.today)}.`,
      );
    }
    if (view.reasons.length > 0) lines.push('  Reasons, strongest first:');
    for (const reason of view.reasons) {
      lines.push(
        `    ${reason.points} ${reason.label} (towards ${LANGUAGE_NAME[reason.towards]}): ${reason.sentence} [${reason.sources.join('; ')}]`,
      );
    }
    for (const part of view.parts.filter((p) => p.kind === 'profile')) {
      lines.push(`    ${signed(part.value)} ${part.label}: ${part.sentence}`);
    }
    for (const group of view.zeroPull) {
      lines.push(`  ${group.label}: ${group.criteria.join(', ')}.`);
    }
    lines.push(`  ${view.answers.givenLabel}:`);
    for (const a of view.answers.given) lines.push(`    - ${a.prompt} ${a.answer}`);
    if (view.answers.assumed.length > 0) {
      lines.push(`  ${view.answers.assumedLabel}:`);
      for (const a of view.answers.assumed) {
        lines.push(`    - ${a.prompt} ${a.answer} — ${a.label}`);
      }
    }
    lines.push(`  What would flip it to ${view.flips.towardsName}:`);
    lines.push(`    ${IF_AN_ANSWER_IS_OFF}: ${view.flips.caption}`);
    for (const row of view.flips.rows) lines.push(`    - ${describeFlipRow(row)}`);
    lines.push(`    ${IF_THINGS_CHANGE}: ${view.flips.eventsCaption}`);
    for (const row of view.flips.events) lines.push(`    - ${describeFlipRow(row)}`);
    lines.push(`    ${WEIGHT_SENSITIVITY}: ${view.flips.weightSentence}`);
    lines.push(`  ${view.review.sentence}`);
    if (view.triggers.length > 0) {
      lines.push(`  ${TRIGGERS_INTRO}`);
      for (const t of view.triggers) lines.push(`    - ${t.label}. ${t.condition}`);
    }
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
