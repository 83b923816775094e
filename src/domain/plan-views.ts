/**
 * A whole plan as the printed report, the decision records and the command line show it: the
 * portfolio scored once (with the organisation profile, when one applies) and one recommendation
 * view per service, in the plan's order.
 */
import type { KnowledgeBase } from '../../content';
import { summarisePortfolio, type Portfolio, type PortfolioInput } from './portfolio';
import { withProfile, type OpenedProfile } from './profile';
import { recommendationView, type RecommendationView } from './recommendation-view';
import { nameOrUnnamed, type Reader } from './words';

export interface ServiceView {
  id: string;
  /** The name as shown: "Unnamed service" when it has none. */
  name: string;
  /** What the person wrote about the service, trimmed; '' when nothing. */
  notes: string;
  /** 1-based place in the plan. */
  position: number;
  view: RecommendationView;
}

export interface PlanViews {
  /** The knowledge base the plan was scored with (as the profile makes it, when one applies). */
  kb: KnowledgeBase;
  portfolio: Portfolio;
  services: ServiceView[];
}

export interface PlanViewOptions {
  /** Today, as YYYY-MM-DD: the start of each review period. */
  date?: string;
  reader?: Reader;
  profile?: OpenedProfile;
}

/** Scores every service of a plan once and builds each one's view. */
export function planViews(
  knowledgeBase: KnowledgeBase,
  input: PortfolioInput & {
    services: readonly (PortfolioInput['services'][number] & { notes?: string })[];
  },
  options: PlanViewOptions,
): PlanViews {
  const opened = options.profile;
  // With a profile, the one engine scores with the knowledge base the profile makes.
  const kb = opened ? withProfile(knowledgeBase, opened) : knowledgeBase;
  const portfolio = summarisePortfolio(kb, input);
  // The portfolio's entries follow input.services one for one.
  const services = portfolio.entries.map((entry, i): ServiceView => {
    const service = input.services[i];
    const answers = { ...(service?.answers ?? {}), ...input.teamAnswers };
    return {
      id: entry.id,
      name: nameOrUnnamed(entry.name),
      notes: (service?.notes ?? '').trim(),
      position: i + 1,
      view: recommendationView(kb, entry.recommendation, {
        answers,
        reader: options.reader ?? 'filed',
        ...(options.date ? { date: options.date } : {}),
        ...(opened
          ? {
              profile: { opened },
            }
          : {}),
      }),
    };
  });
  return { kb, portfolio, services };
}
