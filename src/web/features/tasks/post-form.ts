import type { z } from 'zod';
import type { ErrorCode } from '../../../contracts/common';
import { ApiError, CSRF_HEADERS } from '../../api-client';
import { tasksVi } from '../../i18n/tasks.vi';
import { vi } from '../../i18n/vi';

/**
 * POST multipart/form-data (file uploads), answering like the JSON client: the contract-checked body, or an ApiError
 * carrying the server's Vietnamese message (a refused file type, a file over 10 MB).
 */
export async function postForm<T>(path: string, form: FormData, schema: z.ZodType<T>): Promise<T> {
  let response: Response;
  try {
    // No Content-Type header: the browser writes the multipart boundary itself.
    response = await fetch(`/api${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...CSRF_HEADERS },
      body: form,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', vi.errors.network);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    if (error?.code && error.message)
      throw new ApiError(response.status, error.code as ErrorCode, error.message, error.details);
    if (response.status === 413) throw new ApiError(413, 'PAYLOAD_TOO_LARGE', tasksVi.report.payloadTooLarge);
    throw new ApiError(response.status, 'INTERNAL', vi.errors.httpStatus(response.status));
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiError(response.status, 'BAD_RESPONSE', vi.errors.badResponse, parsed.error.issues);
  return parsed.data;
}
