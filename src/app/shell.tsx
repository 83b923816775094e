import { Suspense, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { Notice } from '../components/notice';
import { routes } from '../routes';
import { useKnowledgeBaseRequested } from '../state/knowledge-base';
import { dismissRestoreNotice, usePlannerStore } from '../state/planner-store';
import { useTeamSessionStore } from '../state/team-session';
import { useSaveStatusStore } from '../state/save-status-store';
import { useSharedViewStore } from '../state/shared-view-store';
import { KnowledgeBaseNote } from './knowledge-base-note';
import { ShareNotices } from './lazy-pages';
import { ThemeToggle } from './theme-toggle';
import { UpdatePrompt } from './update-prompt';
import './shell.css';

/** Main navigation, pointing at the service the user is working on. */
function navItems(serviceId: string, teamFragment: string | null) {
  return [
    {
      href: routes.services.href(),
      label: 'Services',
      match: (path: string) => path === routes.services.href(),
    },
    {
      href: routes.step.href(serviceId, 1),
      label: 'Questions',
      match: (path: string) => /^\/services\/[^/]+\/(questions|review)/.test(path),
    },
    {
      href: routes.result.href(serviceId),
      label: 'Result',
      match: (path: string) => /^\/services\/[^/]+\/result/.test(path),
    },
    {
      href: routes.portfolio.href(),
      label: 'Portfolio',
      match: (path: string) => path === routes.portfolio.href(),
    },
    {
      // The team view last open here, as it was left; else the form that gathers the members.
      href: routes.team.href(teamFragment ?? undefined),
      label: 'Team',
      match: (path: string) => path.startsWith('/team'),
    },
    {
      href: routes.evidence.href(),
      label: 'Evidence',
      match: (path: string) => path.startsWith('/evidence'),
    },
  ];
}

/**
 * Whether the share notices may have something to say: a shared plan open, a save problem or an
 * original held aside, or anything past the bare landing page (content requested: replacing a
 * plan, adding services, another tab's save). Until then their code, which carries the domain,
 * is not loaded: the landing's first visit fetches none of it.
 */
function useShareNoticesWanted(): boolean {
  const requested = useKnowledgeBaseRequested();
  const shared = useSharedViewStore((s) => s.view !== null);
  const saving = useSaveStatusStore((s) => s.problem !== null || s.heldOriginal !== null);
  return requested || shared || saving;
}

/** Header, main landmark and footer around every page. */
export function Shell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const restoreNotice = usePlannerStore((s) => s.restoreNotice);
  const activeServiceId = usePlannerStore((s) => s.activeServiceId);
  const teamFragment = useTeamSessionStore((s) => s.fragment);
  const noticesWanted = useShareNoticesWanted();
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        // Moves focus rather than follow "#main", which hash routing would read as an address.
        // public/boot.js does the same until the app has hydrated this link.
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="brand">
            <span className="brand__rust">Rust</span> or <span className="brand__go">Go</span>?
          </Link>
          <nav aria-label="Main">
            <ul className="nav">
              {navItems(activeServiceId, teamFragment).map((item) => (
                <li key={item.label}>
                  <Link href={item.href} aria-current={item.match(location) ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <ThemeToggle />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <UpdatePrompt />
        {restoreNotice && (
          <Notice
            tone="warning"
            title={restoreNotice}
            actions={
              <button
                type="button"
                className="button button--secondary"
                onClick={dismissRestoreNotice}
              >
                Dismiss
              </button>
            }
          />
        )}
        {noticesWanted && (
          <Suspense fallback={null}>
            <ShareNotices />
          </Suspense>
        )}
        {children}
      </main>
      <footer className="site-footer">
        <p>
          <KnowledgeBaseNote />
          Everything runs in your browser; nothing is sent anywhere.
        </p>
      </footer>
    </>
  );
}
