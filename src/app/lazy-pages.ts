/**
 * Every page but the landing is a chunk of its own, loaded when it is first visited, so the first
 * screen downloads only what it shows (see the budgets in tests/budgets). Add new pages here, not
 * as static imports in app.tsx: a static import puts the page, and all it imports, on the first
 * screen's path.
 */
import { lazy } from 'react';

export const QuestionnairePage = lazy(() =>
  import('../features/questionnaire/questionnaire-page').then((m) => ({
    default: m.QuestionnairePage,
  })),
);

export const ReviewPage = lazy(() =>
  import('../features/questionnaire/review-page').then((m) => ({ default: m.ReviewPage })),
);

export const ResultPage = lazy(() =>
  import('../features/results/result-page').then((m) => ({ default: m.ResultPage })),
);

export const ServicesPage = lazy(() =>
  import('../features/services/services-page').then((m) => ({ default: m.ServicesPage })),
);

export const PortfolioPage = lazy(() =>
  import('../features/portfolio/portfolio-page').then((m) => ({ default: m.PortfolioPage })),
);

export const EvidencePage = lazy(() =>
  import('../features/evidence/evidence-page').then((m) => ({ default: m.EvidencePage })),
);

export const OpenLinkPage = lazy(() =>
  import('../features/share/open-link-page').then((m) => ({ default: m.OpenLinkPage })),
);

export const OpenFilePage = lazy(() =>
  import('../features/share/open-file-page').then((m) => ({ default: m.OpenFilePage })),
);

export const DecisionsPage = lazy(() =>
  import('../features/decisions/decisions-page').then((m) => ({ default: m.DecisionsPage })),
);

/** Not a page, but only ever shown on one: the result page's Share section. */
export const ShareSection = lazy(() =>
  import('../features/share/share-section').then((m) => ({ default: m.ShareSection })),
);

/**
 * The shared-plan banner and the save-problem notice: shown in the shell, but only when a link is
 * open or saving failed, and they carry the file export, so they load on their own.
 */
export const ShareNotices = lazy(() =>
  import('../features/share/share-notices').then((m) => ({ default: m.ShareNotices })),
);

export const ReportPage = lazy(() =>
  import('../features/report/report-page').then((m) => ({ default: m.ReportPage })),
);

/** Shown on the result and portfolio pages: the Markdown decision record form. */
export const DecisionRecordSection = lazy(() =>
  import('../features/record/decision-record-section').then((m) => ({
    default: m.DecisionRecordSection,
  })),
);

/** Shown on the portfolio page: the link to the whole plan and its report. */
export const PlanLinkSection = lazy(() =>
  import('../features/report/plan-link-section').then((m) => ({ default: m.PlanLinkSection })),
);

export const ProfileSection = lazy(() =>
  import('../features/profile/profile-section').then((m) => ({ default: m.ProfileSection })),
);

/**
 * Around every page that scores: "checking the organisation profile…" until the site has said
 * whether it serves one, then the page, with a notice when the profile could not be loaded.
 */
/** The check that an address names a service of the plan, with its not-found page. */
export const KnownService = lazy(() =>
  import('./known-service').then((m) => ({ default: m.KnownService })),
);
export const ProfileGate = lazy(() =>
  import('../features/profile/profile-gate').then((m) => ({ default: m.ProfileGate })),
);

/** Shown above an opened link's result: whether the link's organisation profile applies here. */
export const ProfileLinkNotice = lazy(() =>
  import('../features/profile/profile-link-notice').then((m) => ({
    default: m.ProfileLinkNotice,
  })),
);

export const DecisionFileSection = lazy(() =>
  import('../features/decision-file/decision-file-section').then((m) => ({
    default: m.DecisionFileSection,
  })),
);

export const TeamPage = lazy(() =>
  import('../features/team/team-page').then((m) => ({ default: m.TeamPage })),
);

export const ComparePage = lazy(() =>
  import('../features/team/compare-page').then((m) => ({ default: m.ComparePage })),
);
