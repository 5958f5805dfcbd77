import { Alert } from '@mantine/core';
import { isApiError } from '../api/client';
import { vi } from '../i18n/vi';

/** The API's Vietnamese message for a failed request (or a generic one), in a red alert. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={title ?? vi.errors.title} role="alert">
      {errorMessage(error)}
    </Alert>
  );
}

export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return vi.errors.httpStatus(0);
}

/** A form's failed request, spaced below the fields; nothing while there is no error. */
export function FormErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <div style={{ marginTop: 12 }}>
      <ErrorAlert error={error} />
    </div>
  );
}
