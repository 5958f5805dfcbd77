import type { z } from 'zod';
import { isApiError } from '../api/client';

export type FieldErrors = Partial<Record<string, string>>;

/** The first message per top-level field of a failed zod parse (messages are Vietnamese: main.tsx sets the locale). */
export function zodFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

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
