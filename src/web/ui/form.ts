import { schemaResolver, useForm, type FormErrors, type UseFormInput } from '@mantine/form';
import type { z } from 'zod';
import { apiFieldErrors } from './form-errors';

// The web's forms are @mantine/form's useForm, checked by zod schemas (the contracts' request bodies where there is
// one, or the feature's form schema built from their pieces). Messages are Vietnamese: main.tsx sets zod's locale,
// and a schema's own messages come from the i18n tables.

/**
 * useForm's `validate` from a zod schema: each issue's message under its dotted path (`lines.0.text`), the first per
 * path. Synchronous, so `form.validate()` and `onSubmit` answer at once.
 */
export const zodValidate = (schema: z.ZodType): ((values: unknown) => FormErrors) =>
  schemaResolver(schema, { sync: true });

/**
 * `validate` for a form whose values become a request body: `toBody` (trimming, blanks to null, ids to numbers) then
 * the contract's schema. The body's fields must be named as the form's, so each message lands under its input.
 */
export const bodyValidate =
  <Values>(schema: z.ZodType, toBody: (values: Values) => unknown) =>
  (values: Values): FormErrors =>
    zodValidate(schema)(toBody(values));

/** The field messages of a VALIDATION_FAILED answer, for `form.setErrors` (the first per top-level field). */
export function apiFormErrors(error: unknown): FormErrors {
  const errors: FormErrors = {};
  for (const [field, message] of Object.entries(apiFieldErrors(error))) if (message) errors[field] = message;
  return errors;
}

/** The error shown under a field: useForm keeps ReactNodes, our inputs take text. */
export const errorText = (error: unknown): string | undefined =>
  typeof error === 'string' && error !== '' ? error : undefined;

/**
 * A form whose values are checked by `schema` on submit (and by `form.validate()`). Messages stay until the next
 * submit, as the forms always did (useForm would clear a field's message as soon as it is typed in).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- useForm's own bound on its values
export function useSchemaForm<Values extends Record<string, any>>(
  initialValues: Values,
  schema: z.ZodType,
  options: Omit<UseFormInput<Values>, 'initialValues' | 'validate'> = {},
) {
  return useForm<Values, Values, FormErrors>({
    mode: 'controlled',
    clearInputErrorOnChange: false,
    ...options,
    initialValues,
    validate: zodValidate(schema),
  });
}
