import { Link } from 'wouter';
import { PERMALINK_LIMITS } from '../../domain/permalink/permalink';
import { Notice } from '../../components/notice';
import { routes } from '../../routes';
import { CopyLink } from './copy-link';
import { downloadAnswers } from './download-answers';
import { usePlannerInputs } from '../../state/plan-link';
import { useShareLink } from './use-share-link';
import './share.css';

/**
 * Sharing and keeping the plan from its result: a link (with a warning, and the file instead,
 * when it grows too long for mail and chat tools) and the answers file.
 */
export function ShareSection({ serviceId }: { serviceId: string }) {
  const inputs = usePlannerInputs();
  const { payload, url } = useShareLink(serviceId);
  const count = inputs.services.length;
  const tooLong = payload.length > PERMALINK_LIMITS.maxLength;
  const long = url.length > PERMALINK_LIMITS.warnLength;
  const length = url.length.toLocaleString('en');

  return (
    <section className="share no-print" aria-labelledby="share-heading">
      <h2 id="share-heading">Share or keep these answers</h2>
      <p className="muted">
        The link holds the answers {count === 1 ? 'for this service' : `for all ${count} services`}{' '}
        and the {count === 1 ? 'verdict' : 'verdicts'} shown now, so a colleague sees the same
        result and is told if a later version of the app disagrees. The answers travel after the
        “#”, which browsers never send to a server.
      </p>
      {long && (
        <Notice
          tone="warning"
          title={
            tooLong
              ? `This plan is too big for a link (${length} characters)`
              : `This link is long: ${length} characters`
          }
        >
          <p>
            {tooLong
              ? `A link can hold at most ${PERMALINK_LIMITS.maxLength.toLocaleString('en')} characters, so that opening one stays quick and safe.`
              : `Some mail and chat tools cut links longer than ${PERMALINK_LIMITS.warnLength.toLocaleString('en')} characters, and a cut link will not open.`}{' '}
            Download the answers as a file and send that instead; it opens with “Open a saved file”.
          </p>
        </Notice>
      )}
      {!tooLong && <CopyLink url={url} label="Link to this result" />}
      <div className="actions share__actions">
        <button
          type="button"
          className={`button ${long ? 'button--primary' : 'button--secondary'}`}
          onClick={() => downloadAnswers(inputs)}
        >
          Download the answers (JSON)
        </button>
        <Link href={routes.openFile.href()} className="button button--quiet">
          Open a saved file
        </Link>
      </div>
    </section>
  );
}
