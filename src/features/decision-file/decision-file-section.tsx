import { useState } from 'react';
import { ChoiceField } from '../../components/choice-fields';
import { downloadFile } from '../../components/download-file';
import { TextField } from '../../components/fields';
import { Form } from '../../components/form';
import { isoDate } from '../../components/today';
import { answersFileName } from '../../domain/answers-file';
import { appliedIdentity, useProfileStore } from '../../state/profile-store';
import { scoringKnowledgeBase } from '../../state/scoring';
import { usePlannerInputs } from '../../state/plan-link';
import {
  answersFileWithDecision,
  commandLineUrl,
  decisionProblem,
  DecisionValuesSchema,
  suggestedReviewBy,
  type DecisionValues,
} from './decision-file';
import './decision-file.css';

/**
 * Recording the decision in the answers file (status, date, review-by date), so that the file,
 * committed next to the code, can be held to it in CI by the site's own command line.
 */
export function DecisionFileSection() {
  const inputs = usePlannerInputs();
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // Computed once: the suggestion scores every service, and the form keeps its own values after.
  const [defaults] = useState(() => {
    const today = isoDate();
    return {
      decisionStatus: 'accepted' as const,
      decidedOn: today,
      reviewBy: suggestedReviewBy(scoringKnowledgeBase(), inputs, today),
    };
  });
  const cli = commandLineUrl(import.meta.env.BASE_URL);

  const download = (values: DecisionValues) => {
    const found = decisionProblem(values);
    setProblem(found);
    if (found) {
      setStatus('');
      return;
    }
    const now = new Date(`${values.decidedOn}T12:00:00Z`);
    const kb = scoringKnowledgeBase();
    const fileName = answersFileName(kb, inputs, now);
    downloadFile(
      answersFileWithDecision(
        kb,
        inputs,
        values,
        new Date(),
        appliedIdentity(useProfileStore.getState().profile),
      ),
      fileName,
      'application/json',
    );
    setStatus(
      `Downloaded ${fileName} with the decision in it. Commit it under decisions/; the check passes until ${values.reviewBy}.`,
    );
  };

  return (
    <section className="decision-file no-print" aria-labelledby="decision-file-heading">
      <h2 id="decision-file-heading">Check this decision in CI</h2>
      <p className="muted">
        Record the decision in the answers file and commit it next to the code. The command line
        fails the build when the review-by date has passed or when today’s knowledge base comes to a
        different verdict: <code>node rust-or-go.mjs check decisions/</code>.{' '}
        <a href={cli} download="rust-or-go.mjs">
          Download the command line (rust-or-go.mjs)
        </a>
        , which runs with Node 20 or newer and nothing else.
      </p>
      <Form<DecisionValues>
        schema={DecisionValuesSchema}
        defaultValues={defaults}
        fieldLabels={{
          decisionStatus: 'Decision status',
          decidedOn: 'Decided on',
          reviewBy: 'Review by',
        }}
        labelledBy="decision-file-heading"
        onValid={download}
      >
        {() => (
          <>
            <ChoiceField<DecisionValues>
              name="decisionStatus"
              legend="Decision status"
              options={[
                { value: 'proposed', label: 'Proposed', hint: 'For review; not decided yet.' },
                { value: 'accepted', label: 'Accepted', hint: 'Decided; the team builds on it.' },
              ]}
            />
            <TextField<DecisionValues>
              name="decidedOn"
              label="Decided on"
              hint="As YYYY-MM-DD."
              maxLength={10}
            />
            <TextField<DecisionValues>
              name="reviewBy"
              label="Review by"
              hint="As YYYY-MM-DD. The check fails after this date, so the decision is looked at again."
              maxLength={10}
            />
            {problem && (
              <p className="field__error" role="alert">
                {problem}
              </p>
            )}
            <button type="submit" className="button button--primary">
              Download the answers file with the decision
            </button>
          </>
        )}
      </Form>
      <p className="decision-file__status" role="status">
        {status}
      </p>
    </section>
  );
}
