import { permalinkUrl } from '../../components/app-url';
import { usePermalinkPayload, usePlannerInputs } from '../../state/plan-link';

/**
 * Copies the link to this result in one press. Where the browser refuses the clipboard, it says
 * where the link is written out to copy by hand (the Share section further down).
 */
export function CopyLinkButton({
  serviceId,
  announce,
}: {
  serviceId: string;
  /** Says what happened, in the page's live region. */
  announce: (message: string) => void;
}) {
  const payload = usePermalinkPayload();
  const first = usePlannerInputs().services[0]?.id;
  const copy = async () => {
    announce('');
    try {
      await navigator.clipboard.writeText(permalinkUrl(payload, serviceId, first));
      announce('Link copied.');
    } catch {
      announce('This browser did not allow copying: the link is under “Share” below.');
    }
  };
  return (
    <button type="button" className="button button--primary" onClick={() => void copy()}>
      Copy the link
    </button>
  );
}
