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
