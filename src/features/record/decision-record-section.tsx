import { useRef, useState } from 'react';
import { permalinkUrl } from '../../components/app-url';
import { CheckboxField, ChoiceField } from '../../components/choice-fields';
import { downloadFile } from '../../components/download-file';
import { TextField } from '../../components/fields';
import { Form } from '../../components/form';
import { isoDate } from '../../components/today';
import { usePermalinkPayload, usePlannerInputs } from '../../state/plan-link';
import { useAppliedProfile } from '../../state/profile-store';
import { getKnowledgeBase } from '../../../content';
import { isolateName } from '../../domain/plan-summary';
import { settlementMarkdown } from '../../domain/team-record';
import { useTeamSettlement } from '../../state/team-settlement';
import { makeRecord, type MadeRecord } from './make-record';
import { DECISION_MAKERS_MAX, RecordValuesSchema, type RecordValues } from './record-schema';
import './record.css';
import { nameOrUnnamed } from '../../domain/words';

/**
 * The decision record in MADR form, to download as a Markdown file or copy: for this service or
 * the whole portfolio (without `serviceId`, the portfolio only), with its status, the people who
 * decided and, if wanted, the link that reopens these answers. Outcomes are announced in a live
 * region; where the browser refuses the clipboard, the record is shown selected for copying.
 */
export function DecisionRecordSection({ serviceId }: { serviceId?: string }) {
  const inputs = usePlannerInputs();
  const payload = usePermalinkPayload();
  const { profile } = useAppliedProfile(getKnowledgeBase());
  const opened = profile.kind === 'applied' ? profile.opened : undefined;
  const settlement = useTeamSettlement();
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<MadeRecord | null>(null);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const service = inputs.services.find((s) => s.id === serviceId);
  const name = nameOrUnnamed(service?.name ?? '');
  const count = inputs.services.length;
  const offersScope = service !== undefined && count > 1;

  const build = (values: RecordValues): MadeRecord => {
    const scoped = service ? values : { ...values, scope: 'portfolio' as const };
    const url = permalinkUrl(
      payload,
      scoped.scope === 'service' ? serviceId : undefined,
      inputs.services[0]?.id,
    );
    const made = makeRecord(inputs, serviceId, scoped, isoDate(), url, opened);
    // A settled team plan's record says who answered what on the decisive questions.
    const team = settlementMarkdown(settlement);
    return team ? { ...made, text: `${made.text.trimEnd()}\n\n${team}` } : made;
  };

  const download = (values: RecordValues) => {
    const record = build(values);
    setFallback(null);
    downloadFile(record.text, record.fileName, 'text/markdown');
    setStatus(
      `Downloaded ${record.fileName}. Commit it next to the code, for example under docs/decisions/.`,
    );
  };

  const copy = async (values: RecordValues) => {
    const record = build(values);
    setStatus('');
    setFallback(null);
    try {
      await navigator.clipboard.writeText(record.text);
      setStatus(
        `Decision record copied. Paste it into a file such as docs/decisions/${record.fileName}.`,
      );
    } catch {
      setFallback(record);
      setStatus(
        'This browser did not allow copying, so the record is shown below and selected: press Ctrl+C (⌘C on a Mac) to copy it, or download it instead.',
      );
      window.requestAnimationFrame(() => {
        fallbackRef.current?.focus();
        fallbackRef.current?.select();
      });
    }
  };

  return (
    <section className="record no-print" aria-labelledby="record-heading">
      <h2 id="record-heading">Decision record (Markdown)</h2>
      <p className="muted">
        {service ? 'A record' : `One record for all ${count} services,`} in MADR form to commit next
        to the code: context, decision drivers with their weights, the outcome and its consequences,
        revisit triggers, the sources and the knowledge-base version.
        {opened && (
          <>
            {' '}
            Scored with the organisation profile <bdi>{opened.profile.name}</bdi>{' '}
            <span className="record__hash">({opened.hash})</span>, which the record names.
          </>
        )}
      </p>
      <Form<RecordValues>
        schema={RecordValuesSchema}
        defaultValues={{
          scope: 'service',
          status: 'proposed',
          decisionMakers: '',
          includePermalink: true,
          number: '1',
        }}
        fieldLabels={{ decisionMakers: 'Decision-makers', number: 'Record number' }}
        labelledBy="record-heading"
        onValid={download}
      >
        {(methods) => (
          <>
            {offersScope && (
              <ChoiceField<RecordValues>
                name="scope"
                legend="What the record covers"
                options={[
                  { value: 'service', label: `This service: ${isolateName(name)}` },
                  {
                    value: 'portfolio',
                    label: `The whole portfolio: ${count} services`,
                    hint: 'One record with every verdict and the runtimes they mean.',
                  },
                ]}
              />
            )}
            <ChoiceField<RecordValues>
              name="status"
              legend="Status"
              options={[
                { value: 'proposed', label: 'Proposed', hint: 'For review; not decided yet.' },
                { value: 'accepted', label: 'Accepted', hint: 'Decided; the team builds on it.' },
              ]}
            />
            <TextField<RecordValues>
              name="decisionMakers"
              label="Decision-makers (optional)"
              hint="Names separated by commas, such as “Ana Lima, Bo Chen”."
              maxLength={DECISION_MAKERS_MAX}
              autoComplete="off"
            />
            <TextField<RecordValues>
              name="number"
              label="Record number"
              hint="Its number in your decision log; the file is named 0001-…, 0002-…, as ADRs are."
              maxLength={6}
              autoComplete="off"
            />
            <CheckboxField<RecordValues>
              name="includePermalink"
              label="Include the link that reopens these answers"
              hint="Anyone with the link sees the answers; leave it out for a record kept in a public place."
            />
            <div className="record__actions">
              <button type="submit" className="button button--primary">
                Download the record (.md)
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void methods.handleSubmit(copy)()}
              >
                Copy the record
              </button>
            </div>
          </>
        )}
      </Form>
      <p className="record__status" role="status">
        {status}
      </p>
      {fallback && (
        <div className="record__fallback">
          <label htmlFor="record-text">{fallback.fileName}</label>
          <textarea
            id="record-text"
            ref={fallbackRef}
            readOnly
            rows={12}
            value={fallback.text}
            spellCheck={false}
          />
        </div>
      )}
    </section>
  );
}
