/**
 * The one form wrapper: react-hook-form with a zod resolver, an error summary that takes focus
 * when a submit fails, and fields found the same way by tests and screen readers (by label).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, type ReactNode } from 'react';
import {
  FormProvider,
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form';
import type * as z from 'zod/mini';
import { ErrorSummary, type SummaryError } from './error-summary';
import { fieldId } from './field-id';

interface FormProps<TValues extends FieldValues> {
  schema: z.ZodMiniType<TValues, TValues>;
  defaultValues: DefaultValues<TValues>;
  onValid: (values: TValues) => void;
  /** Human names for fields, used in the error summary. */
  fieldLabels: Partial<Record<string, string>>;
  /** id of the heading that names the form. */
  labelledBy: string;
  children: (methods: UseFormReturn<TValues>) => ReactNode;
}

export function Form<TValues extends FieldValues>({
  schema,
  defaultValues,
  onValid,
  fieldLabels,
  labelledBy,
  children,
}: FormProps<TValues>) {
  const methods = useForm<TValues>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes focus instead, and links to each field.
    shouldFocusError: false,
  });
  const summaryRef = useRef<HTMLDivElement>(null);
  const { errors: fieldErrors, submitCount } = methods.formState;
  const errors = flattenErrors(fieldErrors, fieldLabels);
  const hasErrors = errors.length > 0;
  // After a submit that failed, move focus to the summary once it has rendered.
  useEffect(() => {
    if (submitCount > 0 && hasErrors) summaryRef.current?.focus();
  }, [submitCount, hasErrors]);

  return (
    <FormProvider {...methods}>
      <form
        noValidate
        aria-labelledby={labelledBy}
        onSubmit={(event) => void methods.handleSubmit(onValid)(event)}
      >
        {errors.length > 0 && <ErrorSummary ref={summaryRef} errors={errors} />}
        {children(methods)}
      </form>
    </FormProvider>
  );
}

function flattenErrors(
  errors: FieldErrors,
  labels: Partial<Record<string, string>>,
  prefix = '',
): SummaryError[] {
  return Object.entries(errors).flatMap(([key, value]): SummaryError[] => {
    if (!value || typeof value !== 'object') return [];
    const name = prefix ? `${prefix}.${key}` : key;
    if ('message' in value && typeof value.message === 'string') {
      return [{ fieldId: fieldId(name), label: labels[name] ?? name, message: value.message }];
    }
    return flattenErrors(value as FieldErrors, labels, name);
  });
}
