import type { z } from 'zod';
import type { ErrorCode } from '../contracts/common';
import { vi } from './i18n/vi';

/** An API answer other than 2xx, carrying the envelope `{ error: { code, message, details } }`. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK' | 'BAD_RESPONSE';
  readonly status: number;
  readonly details: unknown;

  constructor(status: number, code: ApiError['code'], message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** True for the two refusals the server gives for a signed-in account: wrong role or unit outside its scope. */
export function isForbidden(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 403;
}

type QueryValue = string | number | boolean | null | undefined;

/**
 * Sent with every request: the server refuses a POST/PUT/PATCH/DELETE without it (a page of another site cannot
 * send a custom header without a CORS preflight, which the server never grants).
 */
export const CSRF_HEADERS = { 'x-phongtrao-csrf': '1' } as const;

interface RequestOptions<T> {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** When given, the answer is checked against the contract schema. */
  schema?: z.ZodType<T>;
  /**
   * Give up after this long, as a network failure (status 0, NETWORK): on a weak connection a request may hang
   * rather than fail, and a caller that queues what it could not send (check-in) needs to know.
   */
  timeoutMs?: number;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `/api${path}?${text}` : `/api${path}`;
}

async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; details?: unknown };
    };
    if (body.error?.code && body.error.message) {
      return new ApiError(
        response.status,
        body.error.code as ErrorCode,
        body.error.message,
        body.error.details,
      );
    }
  } catch {
    // Not JSON (a proxy page, an empty body): fall through to a generic message.
  }
  return new ApiError(response.status, 'INTERNAL', vi.errors.httpStatus(response.status));
}

async function request<T>(method: string, path: string, options: RequestOptions<T> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...CSRF_HEADERS,
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.timeoutMs === undefined ? undefined : AbortSignal.timeout(options.timeoutMs),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', vi.errors.network);
  }
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json();
  if (!options.schema) return data as T;
  const parsed = options.schema.safeParse(data);
  if (!parsed.success) {
    console.error('Answer does not match the contract', path, parsed.error.issues);
    throw new ApiError(response.status, 'BAD_RESPONSE', vi.errors.badResponse, parsed.error.issues);
  }
  return parsed.data;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions<T>, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions<T>, 'body'>) =>
    request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: Omit<RequestOptions<T>, 'body'>) =>
    request<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: Omit<RequestOptions<T>, 'body'>) =>
    request<T>('PUT', path, { ...options, body }),
  delete: (path: string, options?: Pick<RequestOptions<void>, 'query'>) =>
    request<void>('DELETE', path, options),
};

/** A file answer: its bytes and the name the server suggests in Content-Disposition. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

function filenameFrom(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star) return decodeURIComponent(star[1]!);
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return plain ? plain[1]! : fallback;
}

/** Fetches a file (GET, or POST with a JSON body); failures become ApiError like any other call. */
export async function fetchFile(
  path: string,
  options: { query?: Record<string, QueryValue>; body?: unknown; fallbackName: string },
): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.body === undefined ? 'GET' : 'POST',
      credentials: 'same-origin',
      headers: {
        ...CSRF_HEADERS,
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', vi.errors.network);
  }
  if (!response.ok) throw await errorFrom(response);
  const blob = await response.blob();
  return { blob, filename: filenameFrom(response.headers.get('content-disposition'), options.fallbackName) };
}

/** Hands a fetched file to the browser as a download. */
export function saveFile({ blob, filename }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
