import { useState } from 'react';
import { useLocation } from 'wouter';
import { getKnowledgeBase } from '../../../content';
import { fieldId } from '../../components/field-id';
import { routes } from '../../routes';
import { setAnswer } from '../../state/planner-store';
import { addService } from '../../state/service-list';

/**
 * Adds a worked example to the plan as one more service, next to what is there: its answers
 * about the service are copied; the team's answers stay the plan's own (they are shared by every
 * service). Opens the new service's review, where anything can be changed.
 */
export function AddExample({ disabled }: { disabled: boolean }) {
  const kb = getKnowledgeBase();
  const [, navigate] = useLocation();
  const [presetId, setPresetId] = useState(kb.presets[0]?.id ?? '');
  const [problem, setProblem] = useState('');
  const team = new Set(kb.questions.filter((q) => q.scope === 'team').map((q) => q.id));
  const id = fieldId('add-example');
  const add = () => {
    const preset = kb.presets.find((p) => p.id === presetId);
    if (!preset) return;
    const added = addService(preset.name);
    if (!added.ok) {
      setProblem(added.reason);
      return;
    }
    for (const [questionId, optionId] of Object.entries(preset.answers)) {
      if (!team.has(questionId)) setAnswer(added.serviceId, questionId, optionId);
    }
    navigate(routes.review.href(added.serviceId));
  };
  return (
    <div className="add-example">
      <label htmlFor={id}>Or add a worked example as another service</label>
      <p className="field__hint" id={`${id}-hint`}>
        Its answers about the service are copied; your team’s answers stay as they are.
      </p>
      <div className="add-example__row">
        <select
          id={id}
          value={presetId}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setPresetId(event.target.value)}
        >
          {kb.presets.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary"
          onClick={add}
          disabled={disabled}
        >
          Add this example
        </button>
      </div>
      <p role="status" className="field__error">
        {problem}
      </p>
    </div>
  );
}
