/** The recommendation as a Markdown decision record (MADR), the same one the app downloads. */
import { serviceDecisionRecord } from '../domain/decision-record';
import { portfolioDecisionRecord } from '../domain/portfolio-record';
import { nameOrUnnamed } from '../domain/words';
import { profiledHeadline, profileEvidenceLines, profileRuleLines } from './profile-words';
import type { CliReport } from './report-data';

export function formatMarkdown(report: CliReport): string {
  const record = decisionRecord(report);
  return report.profile ? `${record.trimEnd()}\n\n${profileSection(report)}` : record;
}

/**
 * The organisation profile's part, after the record (which is scored with the profile and names
 * it): what each of its rules cost each verdict, and its own evidence.
 */
function profileSection({ kb, plan, portfolio, profile }: CliReport): string {
  if (!profile) return '';
  const { profile: p, hash } = profile.opened;
  const lines = [`## Organisation profile`, '', `Applied: ${p.name} (${hash}).`, ''];
  portfolio.entries.forEach((entry, i) => {
    const profiled = profile.services[i];
    if (!profiled) return;
    lines.push(
      `* ${nameOrUnnamed(entry.name)}: ${profiledHeadline(kb, p, profiled)}`,
      ...profileRuleLines(profiled).map((line) => `  * ${line}`),
    );
  });
  // A portfolio record gives the warning in its outcome; a one-service record has no place for it.
  if (profile.runtimeWarning && plan.inputs.services.length === 1) {
    lines.push('', `**Warning:** ${profile.runtimeWarning}`);
  }
  const evidence = profileEvidenceLines(p);
  if (evidence.length > 0) lines.push('', ...evidence.map((l) => l.replace(/^ {2}- /, '* ')));
  return `${lines.join('\n')}\n`;
}

function decisionRecord({ kb, plan, today, permalink, profile }: CliReport): string {
  const { inputs, decision } = plan;
  const options = {
    // A recorded decision keeps its own date and status; otherwise the record is made today.
    date: decision?.decidedOn ?? today,
    status: decision?.status === 'proposed' ? ('proposed' as const) : ('accepted' as const),
    decisionMakers: [],
    permalink,
    profile: profile?.opened,
  };
  const only = inputs.services.length === 1 ? inputs.services[0] : undefined;
  return only
    ? serviceDecisionRecord(
        kb,
        { ...only, answers: { ...only.answers, ...inputs.teamAnswers } },
        inputs.weights,
        options,
      )
    : portfolioDecisionRecord(kb, inputs, options);
}
