import { LANGUAGE_NAME } from '../../domain/describe';
import type { LoneRuntime } from '../../domain/portfolio';
import type { Reason } from '../../domain/recommend';

/**
 * A runtime one service alone brings in. With a small lead it says so, and shows what keeping one
 * runtime would mean for that service: how far it would trail, and the reasons it would give up.
 */
export function LoneRuntimeNote({ lone, name }: { lone: LoneRuntime; name: string }) {
  const language = LANGUAGE_NAME[lone.language];
  const alternative = LANGUAGE_NAME[lone.alternative];
  const percent = Math.round(lone.margin * 100);
  const headingId = `lone-${lone.serviceId}`;
  if (lone.byRule) {
    return (
      <p className="lone-note lone-note--clear">
        <strong>
          <bdi>{name}</bdi>
        </strong>{' '}
        alone brings {language} into production, because a rule its answers meet (a deal-breaker or
        the rewrite bar) decides it whatever the score. The sources accept that split: one language
        for most services, the other where a service needs it.
      </p>
    );
  }
  if (!lone.smallMargin) {
    return (
      <p className="lone-note lone-note--clear">
        <strong>{name}</strong> alone brings {language} into production, with a clear lead of{' '}
        {percent}%, and no single answer change would turn it. The sources accept that split: one
        language for most services, the other where a service needs it.
      </p>
    );
  }
  return (
    <section className="lone-note lone-note--small" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {name} alone adds {language}, by a small margin
      </h3>
      <p>
        {lone.lead > 0
          ? `${language} leads for it by only ${percent}% of the largest possible score (${lone.lead.toFixed(1)} of ${lone.maxScore.toFixed(1)} points), and one answer change would turn it.`
          : `Its scores do not favour ${language}; only the tie-break chose it.`}{' '}
        Every extra runtime costs the whole organisation, so consider keeping it in {alternative}.
      </p>
      <p>
        In {alternative}, it would score{' '}
        {lone.lead > 0
          ? `${lone.lead.toFixed(1)} points below ${language}`
          : `at least as well as ${language}`}{' '}
        and give up:
      </p>
      <ReasonLines reasons={lone.givenUp} empty="No reason pulls towards it." />
      {lone.kept.length > 0 && (
        <>
          <p>What already pulls towards {alternative}:</p>
          <ReasonLines reasons={lone.kept} empty="" />
        </>
      )}
    </section>
  );
}

function ReasonLines({ reasons, empty }: { reasons: readonly Reason[]; empty: string }) {
  if (reasons.length === 0) return empty ? <p>{empty}</p> : null;
  return (
    <ul className="lone-note__reasons">
      {reasons.map((r) => (
        <li key={r.criterionId}>
          <strong>
            {r.label} ({r.contribution > 0 ? '+' : '−'}
            {Math.abs(r.contribution).toFixed(1)})
          </strong>
          : {r.sentence}
        </li>
      ))}
    </ul>
  );
}
