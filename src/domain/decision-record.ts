/**
 * Markdown decision records in MADR form (https://adr.github.io/madr/), one per service. Pure:
 * the date, the permalink and everything else come in as arguments.
 */
import type { Answers, KnowledgeBase } from '../../content';
import { indexKnowledgeBase } from './kb-index';
import { verdictLanguage } from './engine';
import { describeFlipRow, type FlipRow } from './flip-rows';
import { escapeInline, quoteBlock } from './markdown';
import { recommendationView, type RecommendationView } from './recommendation-view';
import {
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
import { recommend, type Citation, type Recommendation } from './recommend';
import type { Weights } from './weights';
import {
  IF_AN_ANSWER_IS_OFF,
  IF_THINGS_CHANGE,
  LANGUAGE_NAME,
  TRIGGERS_INTRO,
  WEIGHT_SENSITIVITY,
  nameOrUnnamed,
} from './words';

/** One service as the record needs it: what the user typed and its answers (team ones merged). */
export interface RecordService {
  name: string;
  notes: string;
  answers: Answers;
}

/** The MADR record for one service, rendered from the one recommendation view. */
export function serviceDecisionRecord(
  knowledgeBase: KnowledgeBase,
  service: RecordService,
  weights: Weights,
  options: RecordOptions,
): string {
  // With a profile, the one engine scores with the knowledge base the profile makes.
  const kb = recordScoring(knowledgeBase, options);
  const result = recommend(kb, service.answers, weights);
  const view = recommendationView(kb, result, {
    answers: service.answers,
    reader: 'filed',
    date: options.date,
    ...(options.profile
      ? {
          profile: { opened: options.profile },
        }
      : {}),
  });
  const name = nameOrUnnamed(service.name);
  const title = view.language
    ? `# Build ${escapeInline(name)} in ${LANGUAGE_NAME[view.language]}`
    : `# ${escapeInline(name)}: ${view.headline}`;
  return (
    [
      frontMatter(options),
      title,
      section('Context and Problem Statement', context(service, name, view)),
      section(
        'Decision Drivers',
        profileDriversNote(options) +
          driversTable(
            kb,
            weights,
            (id) => result.criteria.find((c) => c.criterionId === id)?.contribution ?? 0,
            view.parts.filter((p) => p.kind === 'profile'),
          ),
      ),
      section('Considered Options', '* Rust\n* Go'),
      section('Decision Outcome', outcome(kb, view)),
      subsection('Consequences', consequences(kb, result)),
      subsection('Confirmation', confirmation(kb, result)),
      section('Pros and Cons of the Options', prosAndCons(result)),
      section('What Would Flip It', flipsSection(view)),
      section('Revisit Triggers', revisit(view)),
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

function context(service: RecordService, name: string, view: RecommendationView): string {
  const parts = [
    `Should the service “${escapeInline(name)}” be built in Rust or in Go? The answers below describe the workload, the team and the organisation.`,
  ];
  if (service.notes.trim()) parts.push(quoteBlock(service.notes.trim()));
  parts.push(answersList(view));
  return parts.join('\n\n');
}

/** The answers a verdict rests on, given and assumed, each labelled: in every record. */
export function answersList(view: RecommendationView): string {
  const { given, assumed, givenLabel, assumedLabel } = view.answers;
  const lines = [
    `${givenLabel}:`,
    '',
    ...(given.length > 0
      ? given.map((a) => `* ${escapeInline(a.prompt)} ${escapeInline(a.answer)}.`)
      : ['* No question was answered.']),
  ];
  if (assumed.length > 0) {
    lines.push(
      '',
      `${assumedLabel}:`,
      '',
      ...assumed.map(
        (a) => `* ${escapeInline(a.prompt)} ${escapeInline(a.answer)} — ${escapeInline(a.label)}.`,
      ),
    );
  }
  return lines.join('\n');
}

/**
 * The verdict, how sure, what the profile did, fragile, the deal-breakers and gates, the reasons
 * with their sources, and the parts that pull nothing: the view's words, in Markdown.
 */
export function outcomeLines(kb: KnowledgeBase, view: RecommendationView): string[] {
  const parts: string[] = [];
  if (view.profileTurned) parts.push(`**${escapeInline(view.profileTurned)}**`);
  if (view.language) parts.push(view.confidence.sentence);
  if (view.stability) parts.push(`${view.stability.sentence} ${view.stability.varied}`);
  if (view.fragile) parts.push(`**${view.fragile}**`);
  for (const note of view.notes) {
    parts.push(
      `**${escapeInline(note.title)}.** ${note.text} ${sourceNote(kb, note.citations)}`.trimEnd(),
    );
  }
  if (view.reasons.length > 0) {
    parts.push(
      ['Reasons, strongest first:', '']
        .concat(
          view.reasons.map((r, i) =>
            `${i + 1}. **${r.label}** (towards ${LANGUAGE_NAME[r.towards]}, ${r.points}): ${r.sentence} ${sourceNote(kb, r.citations)}`.trimEnd(),
          ),
        )
        .join('\n'),
    );
  }
  for (const part of view.parts.filter((p) => p.kind === 'profile')) {
    parts.push(
      `**${escapeInline(part.label)}** (${signed(part.value)}): ${escapeInline(part.sentence)}`,
    );
  }
  for (const group of view.zeroPull) parts.push(`${group.label}: ${group.criteria.join(', ')}.`);
  return parts;
}

function outcome(kb: KnowledgeBase, view: RecommendationView): string {
  const first = view.language
    ? `Chosen option: “${LANGUAGE_NAME[view.language]}”. ${view.detail}`
    : `No option chosen: ${view.headline.toLowerCase()}. ${view.detail}`;
  return [first, ...outcomeLines(kb, view)].join('\n\n');
}

/** Every way to flip it, one line a row, and apart from them the weights (a setting, not an event). */
export function flipsSection(view: RecommendationView): string {
  const { flips } = view;
  const list = (title: string, caption: string, rows: readonly FlipRow[]) =>
    [
      `**${title}.** ${caption}`,
      ...rows.map((row) => `* ${escapeInline(describeFlipRow(row))}`),
    ].join('\n');
  return [
    list(IF_AN_ANSWER_IS_OFF, flips.caption, flips.rows),
    list(IF_THINGS_CHANGE, flips.eventsCaption, flips.events),
    `**${WEIGHT_SENSITIVITY}.** ${escapeInline(flips.weightSentence)}`,
  ].join('\n\n');
}

function revisit(view: RecommendationView): string {
  const lines = view.triggers.map((t) => {
    const source = t.source ? ` (${escapeInline(t.source)})` : ' (computed from this result)';
    return `* **${t.label}.** ${t.condition}${source}`;
  });
  return lines.length > 0
    ? [view.review.sentence, '', TRIGGERS_INTRO, '', ...lines].join('\n')
    : view.review.sentence;
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

/** Every citation a recommendation makes: reasons, gates and the default. */
export function citationsOf(result: Recommendation): Citation[] {
  return [
    ...result.reasons.flatMap((r) => r.citations),
    ...result.gates.flatMap((g) => g.citations),
    ...result.defaultCitations,
  ];
}
