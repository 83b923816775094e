import { Link } from 'wouter';
import { getKnowledgeBase } from '../../../content';
import { describeProgress, describeVerdictShort } from '../../domain/describe-portfolio';
import type { PortfolioEntry } from '../../domain/portfolio';
import { verdictLanguage } from '../../domain/score';
import { nameOrUnnamed, LEVEL_NAME } from '../../domain/words';
import { routes } from '../../routes';

function gateLabel(gateId: string): string {
  return getKnowledgeBase().gates.find((g) => g.id === gateId)?.label ?? 'A bar';
}

/** Every service's verdict side by side, in the order of the services list. */
export function VerdictGrid({ entries }: { entries: readonly PortfolioEntry[] }) {
  return (
    <ol className="verdict-grid">
      {entries.map((entry) => {
        const { verdict, margin, confidence } = entry.recommendation;
        const name = nameOrUnnamed(entry.name);
        return (
          <li
            key={entry.id}
            className={`verdict-card verdict-card--${verdictLanguage(verdict) ?? 'none'}`}
          >
            <h3 className="verdict-card__name">
              <bdi>{name}</bdi>
            </h3>
            <p className="verdict-card__verdict">{describeVerdictShort(verdict)}</p>
            <p className="verdict-card__facts">
              {verdict.kind === 'not-started' || verdict.kind === 'conflict'
                ? 'No verdict'
                : verdict.kind === 'gated'
                  ? `${gateLabel(verdict.gateId)}: not cleared`
                  : verdict.kind === 'ruled-out'
                    ? 'Decided by a deal-breaker'
                    : verdict.kind === 'close-call'
                      ? `Within ${Math.round(margin * 100)}%: too close to call`
                      : `Leads by ${Math.round(margin * 100)}%`}
              {verdictLanguage(verdict) !== undefined && (
                <>
                  {' · '}
                  {LEVEL_NAME[confidence.level]} confidence
                </>
              )}
            </p>
            <p className="verdict-card__progress">{describeProgress(entry.progress)}</p>
            <Link href={routes.result.href(entry.id)} className="verdict-card__link">
              Reasons <span className="visually-hidden">for {name}</span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
