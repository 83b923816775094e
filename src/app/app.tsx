import { Link, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { LandingPage } from '../features/landing/landing-page';
import { QuestionnairePage } from '../features/questionnaire/questionnaire-page';
import { ReviewPage } from '../features/questionnaire/review-page';
import { ResultPage } from '../features/results/result-page';
import { ErrorBoundary } from './error-boundary';
import { Shell } from './shell';

/**
 * Routes live in the URL fragment (#/questions/2): any static host serves them without
 * rewrite rules, and nothing about the user's answers ever reaches a server.
 */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <Shell>
        <ErrorBoundary>
          <Switch>
            <Route path="/" component={LandingPage} />
            <Route path="/questions/:step">
              {(params) => <QuestionnairePage stepNumber={Number.parseInt(params.step, 10) || 0} />}
            </Route>
            <Route path="/review" component={ReviewPage} />
            <Route path="/result" component={ResultPage} />
            <Route>
              <div className="page">
                <h1>Page not found</h1>
                <p>
                  This address does not match any page of the planner. Your answers are still saved.
                </p>
                <Link href="/" className="button button--primary">
                  Go to the start page
                </Link>
              </div>
            </Route>
          </Switch>
        </ErrorBoundary>
      </Shell>
    </Router>
  );
}
