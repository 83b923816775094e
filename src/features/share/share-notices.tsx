import { AddedServicesNotice } from './added-services-notice';
import { HeldOriginalNotice, ReplacedPlanNotice, TabSyncNotice } from './plan-notices';
import { SaveProblemNotice } from './save-problem-notice';
import { SharedPlanBanner } from './shared-plan-banner';
import './share.css';

/** The share feature's messages that belong on every page (placed by the shell). */
export function ShareNotices() {
  return (
    <>
      <HeldOriginalNotice />
      <SaveProblemNotice />
      <TabSyncNotice />
      <ReplacedPlanNotice />
      <AddedServicesNotice />
      <SharedPlanBanner />
    </>
  );
}
