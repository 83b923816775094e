import { useEffect } from 'react';
import { Link, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { routes } from '../routes';
import { LandingPage } from '../features/landing/landing-page';
import { setActiveService } from '../state/planner-store';
import {
  EvidencePage,
  OpenFilePage,
  OpenLinkPage,
  PortfolioPage,
  QuestionnairePage,
  ResultPage,
  ReviewPage,
  ServicesPage,
  ShareSection,
  DecisionRecordSection,
  DecisionFileSection,
  ProfileSection,
  ProfileLinkNotice,
  ReportPage,
  PlanLinkSection,
  TeamPage,
  ComparePage,
} from './lazy-pages';
import { PageBoundary } from './page-boundary';
import { Shell } from './shell';

/** Keeps "the service I was working on" in step with the address, for Continue and the nav. */
function ActiveService({ serviceId }: { serviceId: string }) {
  useEffect(() => setActiveService(serviceId), [serviceId]);
  return null;
}

/**
 * Routes live in the URL fragment (#/services/s1/questions/2): any static host serves them
 * without rewrite rules, and nothing about the user's answers ever reaches a server.
 */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <Shell>
        <PageBoundary>
          <Switch>
            <Route path={routes.home.pattern}>
              <LandingPage />
            </Route>
            {/* The same page at the same place in the tree: following a start link keeps the
                landing mounted, with its worked examples hydrated or still waiting to be. */}
            <Route path={routes.start.pattern}>
              {({ presetId }) => <LandingPage start={{ presetId }} />}
            </Route>
            <Route path={routes.services.pattern} component={ServicesPage} />
            <Route path={routes.portfolio.pattern}>
              <PortfolioPage>
                <PlanLinkSection />
                <DecisionRecordSection />
                <DecisionFileSection />
              </PortfolioPage>
            </Route>
            <Route path={routes.step.pattern}>
              {({ serviceId, step, from }) => (
                <>
                  <ActiveService serviceId={serviceId} />
                  <QuestionnairePage
                    serviceId={serviceId}
                    stepNumber={Number.parseInt(step, 10) || 0}
                    fromReview={from === 'from-review'}
                  />
                </>
              )}
            </Route>
            <Route path={routes.review.pattern}>
              {({ serviceId }) => (
                <>
                  <ActiveService serviceId={serviceId} />
                  <ReviewPage serviceId={serviceId} />
                </>
              )}
            </Route>
            <Route path={routes.result.pattern}>
              {({ serviceId }) => (
                <>
                  <ActiveService serviceId={serviceId} />
                  <ResultPage serviceId={serviceId}>
                    <ProfileSection serviceId={serviceId} />
                    <ShareSection serviceId={serviceId} />
                    <DecisionRecordSection serviceId={serviceId} />
                    <DecisionFileSection />
                  </ResultPage>
                </>
              )}
            </Route>
            <Route path={routes.link.pattern}>
              {({ payload, serviceId }) => (
                <OpenLinkPage payload={payload ?? ''} serviceId={serviceId}>
                  {(id, plan) => (
                    <>
                      <ActiveService serviceId={id} />
                      <ProfileLinkNotice made={plan.authorProfile} />
                      <ResultPage serviceId={id}>
                        <ProfileSection serviceId={id} />
                        <ShareSection serviceId={id} />
                        <DecisionRecordSection serviceId={id} />
                        <DecisionFileSection />
                      </ResultPage>
                    </>
                  )}
                </OpenLinkPage>
              )}
            </Route>
            <Route path={routes.openFile.pattern} component={OpenFilePage} />
            <Route path={routes.report.pattern}>
              {({ mode }) => <ReportPage autoPrint={mode === 'print'} />}
            </Route>
            <Route path={routes.serviceReport.pattern}>
              {({ serviceId, mode }) => (
                <>
                  <ActiveService serviceId={serviceId} />
                  <ReportPage serviceId={serviceId} autoPrint={mode === 'print'} />
                </>
              )}
            </Route>
            <Route path={routes.team.pattern}>
              {({ members }) => <TeamPage fragment={members} />}
            </Route>
            <Route path={routes.compare.pattern}>{() => <ComparePage />}</Route>
            <Route path={routes.compareWith.pattern}>
              {({ payload, here, there }) => <ComparePage other={{ payload, here, there }} />}
            </Route>
            <Route path={routes.evidence.pattern}>
              {({ itemId }) => <EvidencePage itemId={itemId} />}
            </Route>
            <Route>
              <div className="page">
                <h1>Page not found</h1>
                <p>
                  This address does not match any page of the planner. Your answers are still saved.
                </p>
                <Link href={routes.home.href()} className="button button--primary">
                  Go to the start page
                </Link>
              </div>
            </Route>
          </Switch>
        </PageBoundary>
      </Shell>
    </Router>
  );
}
