/**
 * Small choices bound to the surrounding form: a set of radio buttons under a legend, and a
 * single checkbox. Every input has a visible label.
 */
import { useFormContext, type FieldValues, type Path } from 'react-hook-form';
import { RadioOptions, type ChoiceOption } from './fields';
import { fieldId } from './field-id';
import './choice-fields.css';

/** One choice among a few, as radio buttons in a fieldset named by its legend. */
export function ChoiceField<T extends FieldValues>({
  name,
  legend,
  options,
}: {
  name: Path<T>;
  legend: string;
  options: ChoiceOption[];
}) {
  const { register } = useFormContext<T>();
  const id = fieldId(name);
  const field = register(name);
  return (
    <fieldset className="choice-field" id={id} tabIndex={-1}>
      <legend>{legend}</legend>
      <div className="choice-field__options">
        <RadioOptions id={id} options={options} field={field} />
      </div>
    </fieldset>
  );
}

/** A yes-or-no choice: a checkbox with its label beside it and an optional hint below. */
export function CheckboxField<T extends FieldValues>({
  name,
  label,
  hint,
}: {
  name: Path<T>;
  label: string;
  hint?: string;
}) {
  const { register } = useFormContext<T>();
  const id = fieldId(name);
  return (
    <div className="checkbox-field">
      <input
        type="checkbox"
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...register(name)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="checkbox-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
