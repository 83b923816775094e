import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { getKnowledgeBase, linkTables } from '../../../content';
import { encodePermalink, PERMALINK_LIMITS } from '../../domain/permalink/permalink';
import { linkPayload, openPlanFile, openPlanLink } from '../../domain/team-link';
import { routes } from '../../routes';
import { Notice } from '../../components/notice';

/**
 * Brings in the plan to compare with: a link someone sent, or an answers file. Both are read by
 * the same code as the team view's; a plan that does not open says why and keeps what was typed.
 */
export function OtherPlanForm({
  submitLabel = 'Compare with this plan',
}: {
  submitLabel?: string;
}) {
  const kb = getKnowledgeBase();
  const id = useId();
  const [link, setLink] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [, navigate] = useLocation();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (link.trim() === '') {
      setProblem('Paste the link to the other plan, or open its answers file.');
      return;
    }
    const opened = openPlanLink(kb, link, linkTables);
    if (!opened.ok) {
      setProblem(`That link does not open: ${opened.message}`);
      return;
    }
    setProblem(null);
    navigate(routes.compareWith.href(linkPayload(link)));
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const opened = openPlanFile(kb, await file.text());
    if (!opened.ok) {
      setProblem(`${file.name} does not open: ${opened.message}`);
      return;
    }
    // Notes play no part in a comparison, and a file's may be too long for an address.
    const services = opened.inputs.services.map((s) => ({ ...s, notes: '' }));
    const payload = encodePermalink(kb, { ...opened.inputs, services }, linkTables);
    if (payload.length > PERMALINK_LIMITS.maxLength) {
      setProblem(`${file.name} holds a plan too large to compare here.`);
      return;
    }
    setProblem(null);
    navigate(routes.compareWith.href(payload));
  };

  return (
    <form className="team-form other-plan-form" onSubmit={submit} noValidate>
      {problem && (
        <Notice tone="error" title="The other plan cannot be compared">
          <p id={`${id}-problem`}>{problem}</p>
        </Notice>
      )}
      <div className="field">
        <label htmlFor={`${id}-link`}>Link to the other plan</label>
        <input
          id={`${id}-link`}
          value={link}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => setLink(e.target.value)}
        />
      </div>
      <div className="team-form__actions">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        <div className="field">
          <label htmlFor={`${id}-file`}>Or open its answers file</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            onChange={(e) => void onFile(e)}
          />
        </div>
      </div>
    </form>
  );
}
