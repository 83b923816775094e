import { useEffect, type ReactNode } from 'react';
import { Link, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { routes } from '../routes';
import { LandingPage } from '../features/landing/landing-page';
import { useKnowledgeBaseResult } from '../state/knowledge-base';
import { setActiveService } from '../state/planner-store';
import {
  EvidencePage,
  OpenFilePage,
  DecisionsPage,
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
  ProfileGate,
  KnownService,
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
 * Every page but the landing reads content as it renders: this requests it and waits for it
 * (under the page boundary's "Loading the page…"). The landing asks for it only when needed.
 */
function KnowledgeBaseGate({ children }: { children: ReactNode }) {
  // No other hook here: see useKnowledgeBaseResult.
  useKnowledgeBaseResult();
  return children;
}

/**
 * Routes live in the URL fragment (#/services/s1/questions/2): any static host serves them
 * without rewrite rules, and nothing about the user's answers ever reaches a server.
 * `children` render beside the page, inside its loading boundary: they appear with it.
 */
export function App({ children }: { children?: ReactNode }) {
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
            <Route>
              <KnowledgeBaseGate>
                <Switch>
                  <Route path={routes.services.pattern} component={ServicesPage} />
                  <Route path={routes.portfolio.pattern}>
                    <ProfileGate>
                      <PortfolioPage>
                        <PlanLinkSection />
                        <DecisionRecordSection />
                        <DecisionFileSection />
                      </PortfolioPage>
                    </ProfileGate>
                  </Route>
                  <Route path={routes.step.pattern}>
                    {({ serviceId, step, from }) => (
                      <KnownService serviceId={serviceId} href={(id) => routes.step.href(id, 1)}>
                        <ActiveService serviceId={serviceId} />
                        <QuestionnairePage
                          serviceId={serviceId}
                          stepNumber={Number.parseInt(step, 10) || 0}
                          fromReview={from === 'from-review'}
                        />
                      </KnownService>
                    )}
                  </Route>
                  <Route path={routes.review.pattern}>
                    {({ serviceId }) => (
                      <KnownService serviceId={serviceId} href={routes.review.href}>
                        <ActiveService serviceId={serviceId} />
                        <ReviewPage serviceId={serviceId} />
                      </KnownService>
                    )}
                  </Route>
                  <Route path={routes.result.pattern}>
                    {({ serviceId }) => (
                      <KnownService serviceId={serviceId} href={routes.result.href}>
                        <ActiveService serviceId={serviceId} />
                        <ProfileGate>
                          <ResultPage serviceId={serviceId}>
                            <ProfileSection serviceId={serviceId} />
                            <ShareSection serviceId={serviceId} />
                            <DecisionRecordSection serviceId={serviceId} />
                            <DecisionFileSection />
                          </ResultPage>
                        </ProfileGate>
                      </KnownService>
                    )}
                  </Route>
                  <Route path={routes.link.pattern}>
                    {({ payload, serviceId }) => (
                      <ProfileGate>
                        <OpenLinkPage payload={payload ?? ''} serviceId={serviceId}>
                          {(id, plan) => (
                            <>
                              <ActiveService serviceId={id} />
                              <ProfileLinkNotice made={plan.authorProfile} plan={plan} />
                              <ResultPage serviceId={id}>
                                <ProfileSection serviceId={id} />
                                <ShareSection serviceId={id} />
                                <DecisionRecordSection serviceId={id} />
                                <DecisionFileSection />
                              </ResultPage>
                            </>
                          )}
                        </OpenLinkPage>
                      </ProfileGate>
                    )}
                  </Route>
                  <Route path={routes.openFile.pattern} component={OpenFilePage} />
                  <Route path={routes.decisions.pattern} component={DecisionsPage} />
                  <Route path={routes.report.pattern}>
                    {({ mode }) => (
                      <ProfileGate>
                        <ReportPage autoPrint={mode === 'print'} />
                      </ProfileGate>
                    )}
                  </Route>
                  <Route path={routes.serviceReport.pattern}>
                    {({ serviceId, mode }) => (
                      <KnownService
                        serviceId={serviceId}
                        href={(id) => routes.serviceReport.href(id)}
                      >
                        <ActiveService serviceId={serviceId} />
                        <ProfileGate>
                          <ReportPage serviceId={serviceId} autoPrint={mode === 'print'} />
                        </ProfileGate>
                      </KnownService>
                    )}
                  </Route>
                  <Route path={routes.team.pattern}>
                    {({ members }) => (
                      <ProfileGate>
                        <TeamPage fragment={members} />
                      </ProfileGate>
                    )}
                  </Route>
                  <Route path={routes.compare.pattern}>
                    {() => (
                      <ProfileGate>
                        <ComparePage />
                      </ProfileGate>
                    )}
                  </Route>
                  <Route path={routes.compareWith.pattern}>
                    {({ payload, here, there }) => (
                      <ProfileGate>
                        <ComparePage other={{ payload, here, there }} />
                      </ProfileGate>
                    )}
                  </Route>
                  <Route path={routes.evidence.pattern}>
                    {({ itemId }) => <EvidencePage itemId={itemId} />}
                  </Route>
                  <Route>
                    <div className="page">
                      <h1>Page not found</h1>
                      <p>
                        This address does not match any page of the planner. Your answers are still
                        saved.
                      </p>
                      <Link href={routes.home.href()} className="button button--primary">
                        Go to the start page
                      </Link>
                    </div>
                  </Route>
                </Switch>
              </KnowledgeBaseGate>
            </Route>
          </Switch>
          {/* Rendered with the page, once nothing of it is still loading (see src/main.tsx). */}
          {children}
        </PageBoundary>
      </Shell>
    </Router>
  );
}
