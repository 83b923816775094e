/**
 * The team comparison's output formats, as a table like formats.ts: each renders the same
 * comparison. A new format is an entry here.
 */
import type { KnowledgeBase } from '../../content';
import { describeVerdictShort } from '../domain/describe-portfolio';
import { LEVEL_NAME, nameOrUnnamed } from '../domain/words';
import { escapeInline } from '../domain/markdown';
import type { Disagreement, TeamComparison } from '../domain/team';
import { describeTeamSubject, describeTeamValue } from '../domain/team-record';

export const TEAM_FORMAT = 'rust-or-go-team';
export const TEAM_FORMAT_VERSION = 1;

export interface TeamReport {
  kb: KnowledgeBase;
  comparison: TeamComparison;
}

/** "Ana: I/O; Ben: CPU" — each member's value. */
function whoSaid({ kb, comparison }: TeamReport, d: Disagreement): string {
  return comparison.members
    .map((m, i) => `${m}: ${describeTeamValue(kb, d, d.values[i] ?? null)}`)
    .join('; ');
}

/** What each choice leads to: "I/O → Go, CPU → Rust". */
function whatEachLeadsTo({ kb }: TeamReport, d: Disagreement): string {
  return d.outcomes
    .map((o) => `${describeTeamValue(kb, d, o.value)} → ${describeVerdictShort(o.verdict)}`)
    .join(', ');
}

function proposal({ kb }: TeamReport, d: Disagreement): string {
  const value = describeTeamValue(kb, d, d.value);
  if (d.settlement) return `${value} (settled by ${d.settlement.by} on ${d.settlement.at})`;
  if (d.tie) return 'a tie: the lead chooses';
  return `${value} (majority, ${d.count} of ${d.values.length})`;
}

function formatTeamText(report: TeamReport): string {
  const { kb, comparison } = report;
  const lines = [
    `Rust or Go? — team decision, knowledge base ${kb.version}; members: ${comparison.members.join(', ')}`,
    '',
  ];
  for (const s of comparison.services) {
    lines.push(
      `${nameOrUnnamed(s.name)}: settled plan ${describeVerdictShort(s.settled.verdict)}; it holds in ${Math.round(s.stability.share * 100)}% of variations across the members’ answers`,
    );
    for (const m of s.members)
      lines.push(
        `  ${m.member}: ${describeVerdictShort(m.verdict)} (${LEVEL_NAME[m.confidence]} confidence)`,
      );
    if (s.disagreements.length === 0) lines.push('  The members answered alike.');
    for (const d of s.disagreements) {
      lines.push(
        `  ${d.decisive ? 'DECISIVE' : 'differs '} ${describeTeamSubject(kb, d)}`,
        `           ${whoSaid(report, d)}`,
        `           ${whatEachLeadsTo(report, d)}; the lead moves ${Math.round(d.swing * 100)} points`,
        `           proposed: ${proposal(report, d)}`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

function formatTeamMarkdown(report: TeamReport): string {
  const { kb, comparison } = report;
  const cell = (text: string) => escapeInline(text);
  const lines = [`# Team decision: ${cell(comparison.members.join(', '))}`, ''];
  for (const s of comparison.services) {
    lines.push(
      `## ${cell(nameOrUnnamed(s.name))}`,
      '',
      `Settled plan: **${describeVerdictShort(s.settled.verdict)}**`,
      '',
      '| Member | Verdict | Confidence |',
      '| --- | --- | --- |',
      ...s.members.map(
        (m) =>
          `| ${cell(m.member)} | ${describeVerdictShort(m.verdict)} | ${LEVEL_NAME[m.confidence]} |`,
      ),
      '',
    );
    if (s.disagreements.length > 0) {
      lines.push(
        '| Question | Decisive | Answers | Effect | Proposed |',
        '| --- | --- | --- | --- | --- |',
      );
      for (const d of s.disagreements)
        lines.push(
          `| ${cell(describeTeamSubject(kb, d))} | ${d.decisive ? '**Yes**' : 'No'} | ${cell(whoSaid(report, d))} | ${cell(whatEachLeadsTo(report, d))} | ${cell(proposal(report, d))} |`,
        );
      lines.push('');
    } else lines.push('The members answered alike.', '');
  }
  return lines.join('\n');
}

function formatTeamJson({ kb, comparison }: TeamReport): string {
  const verdict = (v: TeamComparison['services'][number]['settled']['verdict']) => ({
    kind: v.kind,
    ...('language' in v ? { language: v.language } : {}),
  });
  return `${JSON.stringify(
    {
      format: TEAM_FORMAT,
      formatVersion: TEAM_FORMAT_VERSION,
      knowledgeBaseVersion: kb.version,
      members: comparison.members,
      services: comparison.services.map((s) => ({
        id: s.id,
        name: s.name,
        members: s.members.map((m) => ({
          member: m.member,
          verdict: verdict(m.verdict),
          confidence: m.confidence,
        })),
        disagreements: s.disagreements.map((d) => ({
          ...(d.subject.kind === 'weight'
            ? { criterionId: d.subject.criterionId }
            : { questionId: d.subject.questionId }),
          answers: Object.fromEntries(comparison.members.map((m, i) => [m, d.values[i] ?? null])),
          decisive: d.decisive,
          proposed: d.proposed,
          tie: d.tie,
          settled: d.value,
          settlement: d.settlement,
          swing: d.swing,
          outcomes: d.outcomes.map((o) => ({ value: o.value, verdict: verdict(o.verdict) })),
        })),
        proposed: { verdict: verdict(s.settled.verdict), confidence: s.settled.confidence },
        stability: {
          share: s.stability.share,
          samples: s.stability.samples,
          counts: s.stability.counts,
          memberVerdicts: s.memberVerdicts.map((v) => ({
            verdict: verdict(v.verdict),
            count: v.count,
          })),
        },
      })),
    },
    null,
    2,
  )}\n`;
}

export const TEAM_FORMATS = {
  text: formatTeamText,
  markdown: formatTeamMarkdown,
  json: formatTeamJson,
} as const satisfies Record<string, (report: TeamReport) => string>;
