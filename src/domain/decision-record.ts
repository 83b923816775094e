/**
 * Markdown decision records in MADR form (https://adr.github.io/madr/), one per service. Pure:
 * the date, the permalink and everything else come in as arguments.
 */
import type { Answers, KnowledgeBase } from '../../content';
import { LANGUAGE_NAME, describeConfidence, describeVerdict } from './describe';
import { indexKnowledgeBase } from './kb-index';
import { verdictLanguage } from './engine';
import { escapeInline, quoteBlock } from './markdown';
import {
  addMonths,
  driversTable,
  frontMatter,
  lowerFirst,
  moreInformation,
  profileDriversNote,
  recordScoring,
  section,
  signed,
  sourceNote,
  subsection,
  type RecordOptions,
} from './record-parts';
import { effectiveAnswers, visibleQuestions } from './questions';
import { recommend, type Citation, type Recommendation } from './recommend';
import type { Weights } from './weights';
import { nameOrUnnamed } from './words';

/** One service as the record needs it: what the user typed and its answers (team ones merged). */
export interface RecordService {
  name: string;
  notes: string;
  answers: Answers;
}

/** The MADR record for one service. */
export function serviceDecisionRecord(
  knowledgeBase: KnowledgeBase,
  service: RecordService,
  weights: Weights,
  options: RecordOptions,
): string {
  // With a profile, the one engine scores with the knowledge base the profile makes.
  const kb = recordScoring(knowledgeBase, options);
  const result = recommend(kb, service.answers, weights);
  const name = nameOrUnnamed(service.name);
  const chosen = verdictLanguage(result.verdict);
  const title = chosen
    ? `# Build ${escapeInline(name)} in ${LANGUAGE_NAME[chosen]}`
    : `# ${escapeInline(name)}: ${describeVerdict(kb, result.verdict, result.margin).headline}`;
  return (
    [
      frontMatter(options),
      title,
      section('Context and Problem Statement', context(kb, service, name)),
      section(
        'Decision Drivers',
        profileDriversNote(options) +
          driversTable(
            kb,
            weights,
            (id) => result.criteria.find((c) => c.criterionId === id)?.contribution ?? 0,
          ),
      ),
      section('Considered Options', '* Rust\n* Go'),
      section('Decision Outcome', outcome(kb, result)),
      subsection('Consequences', consequences(kb, result)),
      subsection('Confirmation', confirmation(kb, result)),
      section('Pros and Cons of the Options', prosAndCons(result)),
      section('Revisit Triggers', revisit(kb, result, options.date)),
      section(
        'More Information',
        moreInformation(
          kb,
          citationsOf(result).map((c) => c.sourceId),
          options,
          [
            `* Score ${signed(result.score)} of a possible ±${result.maxScore.toFixed(1)} (positive leans Rust).`,
          ],
        ),
      ),
    ].join('\n\n') + '\n'
  );
}

function context(kb: KnowledgeBase, service: RecordService, name: string): string {
  const index = indexKnowledgeBase(kb);
  const counted = effectiveAnswers(kb, service.answers);
  const answered = visibleQuestions(kb, service.answers).flatMap((q) => {
    const optionId = counted[q.id];
    const option = optionId === undefined ? undefined : index.option(q.id, optionId);
    return option ? [`* ${escapeInline(q.prompt)} ${escapeInline(option.label)}.`] : [];
  });
  const parts = [
    `Should the service “${escapeInline(name)}” be built in Rust or in Go? The answers below describe the workload, the team and the organisation.`,
  ];
  if (service.notes.trim()) parts.push(quoteBlock(service.notes.trim()));
  parts.push(answered.length > 0 ? answered.join('\n') : '* No question was answered.');
  return parts.join('\n\n');
}

function outcome(kb: KnowledgeBase, result: Recommendation): string {
  const words = describeVerdict(kb, result.verdict, result.margin);
  const chosen = verdictLanguage(result.verdict);
  const parts = [
    chosen
      ? `Chosen option: “${LANGUAGE_NAME[chosen]}”. ${words.detail}`
      : `No option chosen: ${words.headline.toLowerCase()}. ${words.detail}`,
  ];
  if (chosen) parts.push(describeConfidence(result.confidence));
  for (const d of result.dealBreakers) {
    parts.push(
      `**Deal-breaker: ${d.label} — rules out ${LANGUAGE_NAME[d.rulesOut]}.** ${d.explanation} ${sourceNote(kb, d.citations)}`.trimEnd(),
    );
  }
  if (result.assumptions.length > 0) {
    parts.push(
      ['Assumed, not answered (answer them to confirm):', '']
        .concat(
          result.assumptions.map(
            (a) => `* ${a.prompt} — “${a.answer}”, assumed for “${a.because.answer}”`,
          ),
        )
        .join('\n'),
    );
  }
  if (result.fragile && result.verdict.kind === 'clear') {
    parts.push(
      '**The winner is fragile:** one realistic answer change would turn it, so check the revisit triggers before relying on it.',
    );
  }
  for (const gate of result.gates) parts.push(`**${gate.headline}.** ${gate.explanation}`);
  if (result.reasons.length > 0) {
    parts.push(
      ['Reasons, strongest first:', '']
        .concat(
          result.reasons.map(
            (r, i) =>
              `${i + 1}. **${r.label}** (towards ${LANGUAGE_NAME[r.towards]}, ${signed(r.contribution)}): ${r.sentence} ${sourceNote(kb, r.citations)}`,
          ),
        )
        .join('\n'),
    );
  }
  return parts.join('\n\n');
}

/**
 * What the choice brings: the strongest reasons for it, then, for each criterion that pulled the
 * other way, what the choice costs there and how to soften it (from the knowledge base's
 * consequences; a criterion it has none for is named with its reason).
 */
function consequences(kb: KnowledgeBase, result: Recommendation): string {
  const winner = verdictLanguage(result.verdict);
  const good = result.reasons.filter((r) => r.towards === winner).slice(0, 3);
  const bad = result.reasons.filter((r) => r.towards !== winner);
  const known = kb.consequences ?? [];
  const index = indexKnowledgeBase(kb);
  const lines = [
    ...good.map((r) => `* Good, because ${lowerFirst(r.sentence)}`),
    ...bad.map((r) => {
      const entry = known.find((c) => c.criterionId === r.criterionId && c.chosen === winner);
      if (!entry) {
        return `* Bad, because ${LANGUAGE_NAME[r.towards]} would have been better on “${r.label}”: ${lowerFirst(r.sentence)}`;
      }
      const titles = entry.sourceIds.map((id) => escapeInline(index.source(id).title));
      return [
        `* Bad, because ${lowerFirst(entry.consequence)} (${titles.join('; ')}.)`,
        `  * Mitigation: ${entry.mitigation}`,
      ].join('\n');
    }),
  ];
  return lines.length > 0
    ? lines.join('\n')
    : '* Neutral: no answer leaned either way, so the sources’ default applies.';
}

/** MADR's "Pros and Cons of the Options": each option's good and bad points, from the reasons. */
function prosAndCons(result: Recommendation): string {
  const chosen = verdictLanguage(result.verdict) ?? 'go';
  const options = [chosen, chosen === 'go' ? 'rust' : 'go'] as const;
  return options
    .map((language) => {
      const name = LANGUAGE_NAME[language];
      const pros = result.reasons.filter((r) => r.towards === language);
      const cons = result.reasons.filter((r) => r.towards !== language);
      const lines = [
        ...pros.map(
          (r) => `* Good, because “${r.label}” favours ${name} (${signed(r.contribution)}).`,
        ),
        ...cons.map(
          (r) =>
            `* Bad, because “${r.label}” favours ${LANGUAGE_NAME[r.towards]} (${signed(r.contribution)}).`,
        ),
      ];
      if (lines.length === 0) lines.push('* Neutral: no answer leans either way.');
      return subsection(name, lines.join('\n'));
    })
    .join('\n\n');
}

function confirmation(kb: KnowledgeBase, result: Recommendation): string {
  const index = indexKnowledgeBase(kb);
  const checks = result.reasons
    .slice(0, 4)
    .map((r) => `* ${index.criterion(r.criterionId).confirmation}`);
  return checks.length > 0
    ? [
        'The decision holds while these checks come out as the answers predicted:',
        '',
        ...checks,
      ].join('\n')
    : '* Answer the questionnaire; with no answers there is nothing to confirm.';
}

function revisit(kb: KnowledgeBase, result: Recommendation, date: string): string {
  const index = indexKnowledgeBase(kb);
  const months = kb.scoring.reviewAfterMonths[result.confidence.level];
  const lines = result.triggers.map((t) => {
    const source = t.sourceId
      ? ` (${escapeInline(index.source(t.sourceId).title)})`
      : ' (computed from this result)';
    return `* **${t.label}.** ${t.condition}${source}`;
  });
  return [
    `Review by ${addMonths(date, months)} (${months} months, for ${result.confidence.level} confidence), or sooner if:`,
    '',
    ...lines,
  ].join('\n');
}

/** Every citation a recommendation makes: reasons, gates and the default. */
export function citationsOf(result: Recommendation): Citation[] {
  return [
    ...result.reasons.flatMap((r) => r.citations),
    ...result.gates.flatMap((g) => g.citations),
    ...result.defaultCitations,
  ];
}
