/** Labelled inputs bound to the surrounding form. Every input has a visible label. */
import type { ReactNode } from 'react';
import {
  useFormContext,
  useWatch,
  type FieldValues,
  type Path,
  type UseFormRegisterReturn,
} from 'react-hook-form';
import { fieldId } from './field-id';
import { usePasteLimit } from './use-paste-limit';

interface TextFieldProps<T extends FieldValues> {
  name: Path<T>;
  label: string;
  hint?: ReactNode;
  maxLength?: number;
  multiline?: boolean;
  autoComplete?: string;
  /** Called on every keystroke, so what is typed is saved as it is typed. */
  onValueChange?: (value: string) => void;
}

export function TextField<T extends FieldValues>({
  name,
  label,
  hint,
  maxLength,
  multiline,
  autoComplete = 'off',
  onValueChange,
}: TextFieldProps<T>) {
  const { register, getFieldState, formState } = useFormContext<T>();
  const id = fieldId(name);
  const error = getFieldState(name, formState).error?.message;
  const pasteLimit = usePasteLimit();
  const describedBy = [
    hint ? `${id}-hint` : '',
    error ? `${id}-error` : '',
    pasteLimit.message ? `${id}-cut` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const field = register(name, {
    onChange: (event: { target: { value: string } }) => onValueChange?.(event.target.value),
  });
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    maxLength,
    onPaste: pasteLimit.onPaste,
    ...field,
  };
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type="text" autoComplete={autoComplete} {...common} />
      )}
      {pasteLimit.message && (
        <p className="field__hint" id={`${id}-cut`} role="alert">
          {pasteLimit.message}
        </p>
      )}
    </div>
  );
}

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

interface RadioGroupFieldProps<T extends FieldValues> {
  name: Path<T>;
  legend: string;
  help: ReactNode;
  options: ChoiceOption[];
  onValueChange: (value: string | undefined) => void;
  /** Shows a "Clear answer" button when a choice is made. */
  clearable?: boolean;
}

/** A question: a fieldset whose legend is the prompt, with help text next to it. */
export function RadioGroupField<T extends FieldValues>({
  name,
  legend,
  help,
  options,
  onValueChange,
  clearable = true,
}: RadioGroupFieldProps<T>) {
  const { register, setValue, control } = useFormContext<T>();
  const id = fieldId(name);
  const current = useWatch({ control, name }) as string | null | undefined;
  const field = register(name, {
    onChange: (event: { target: { value: string } }) => onValueChange(event.target.value),
  });
  return (
    <fieldset className="question" id={id} aria-describedby={`${id}-help`} tabIndex={-1}>
      <legend>{legend}</legend>
      <div className="question__body">
        <div className="question__options">
          <RadioOptions id={id} options={options} field={field} />
          {clearable && current ? (
            <button
              type="button"
              className="button button--quiet question__clear"
              onClick={() => {
                setValue(name, null as never);
                onValueChange(undefined);
              }}
            >
              Clear answer<span className="visually-hidden"> to “{legend}”</span>
            </button>
          ) : null}
        </div>
        <aside className="question__help" id={`${id}-help`}>
          {help}
        </aside>
      </div>
    </fieldset>
  );
}

/** The radio buttons of one choice, each labelled, with an optional hint under its label. */
export function RadioOptions({
  id,
  options,
  field,
}: {
  id: string;
  options: readonly ChoiceOption[];
  field: UseFormRegisterReturn;
}) {
  return options.map((option) => {
    const optionId = `${id}-${option.value}`;
    return (
      <div className="choice" key={option.value}>
        <input type="radio" id={optionId} value={option.value} {...field} />
        <label htmlFor={optionId}>
          {option.label}
          {option.hint && <span className="choice__hint">{option.hint}</span>}
        </label>
      </div>
    );
  });
}
