import { isApiError } from '../api/client';

export type FieldErrors = Partial<Record<string, string>>;

/** Field messages from a VALIDATION_FAILED answer, listed as `[{ path: '/username', message }]` (path may also be an array). */
export function apiFieldErrors(error: unknown): FieldErrors {
  if (!isApiError(error) || error.code !== 'VALIDATION_FAILED') return {};
  const details = error.details as { issues?: unknown } | unknown[] | undefined;
  const list = Array.isArray(details) ? details : Array.isArray(details?.issues) ? details.issues : [];
  const errors: FieldErrors = {};
  for (const item of list as { path?: unknown; message?: unknown }[]) {
    const raw: unknown = Array.isArray(item.path) ? (item.path as unknown[])[0] : item.path;
    const path = typeof raw === 'string' ? raw.replace(/^\//, '').split('/')[0] : undefined;
    if (path && typeof item.message === 'string' && !errors[path]) errors[path] = item.message;
  }
  return errors;
}
