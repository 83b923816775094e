import { Activity, type ReactNode } from 'react';
import { getKnowledgeBase } from '../../../content';
import { Notice } from '../../components/notice';
import { usePageFocus } from '../../components/use-page-focus';
import { profileFailure, useAppliedProfile } from '../../state/profile-store';
import './profile.css';

/**
 * Around every page that scores (a result, an opened link, the portfolio, the report, the team
 * and comparison pages). The organisation profile is part of the verdict, so until the site has
 * answered whether it serves one, the page says it is checking instead of showing a verdict that
 * may change — and nothing on it (a link, a file) can be made unprofiled meanwhile. A profile
 * that could not be loaded, or is not valid, is named above the page, which scores without it.
 *
 * Meanwhile the page is prepared out of sight (`Activity` hidden: rendered, its code loaded, but
 * not shown and its effects not run), so the wait for the profile and the wait for the page's
 * code overlap instead of adding up.
 */
export function ProfileGate({ children }: { children: ReactNode }) {
  const { profile, ready } = useAppliedProfile(getKnowledgeBase());
  const failure = ready ? profileFailure(profile) : null;
  return (
    <>
      {!ready && <CheckingProfile />}
      <Activity mode={ready ? 'visible' : 'hidden'}>
        {failure && (
          <div className="profile-failure">
            <Notice tone="warning" title={failure}>
              <p>
                Links and files made now record that no profile applied. The organisation profile
                section beside each result says why.
              </p>
            </Notice>
          </div>
        )}
        {children}
      </Activity>
    </>
  );
}

function CheckingProfile() {
  const headingRef = usePageFocus<HTMLHeadingElement>(
    'profile-checking',
    'Checking the organisation profile — Rust or Go?',
  );
  return (
    <div className="page">
      <h1 ref={headingRef} tabIndex={-1}>
        Checking the organisation profile…
      </h1>
      <p role="status">
        The verdicts here depend on the organisation profile this site may serve. They appear as
        soon as it has loaded, or the site has said it has none.
      </p>
    </div>
  );
}
