import createClient, { type FetchResponse, type MaybeOptionalInit } from 'openapi-fetch';
import type { MediaType, PathsWithMethod, RequiredKeysOf } from 'openapi-typescript-helpers';
import type { z } from 'zod';
import type { ErrorCode } from '../../contracts/common';
import { vi } from '../i18n/vi';
import type { paths } from './schema';

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

/**
 * Sent with every request: the server refuses a POST/PUT/PATCH/DELETE without it (a page of another site cannot
 * send a custom header without a CORS preflight, which the server never grants).
 */
export const CSRF_HEADERS = { 'x-phongtrao-csrf': '1' } as const;

type QueryValue = string | number | boolean | null | undefined;

/** The query as the server reads it: empty, null and undefined values are left out. */
function queryString(query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  return params.toString();
}

/** The error a failed answer means: the server's envelope, or a generic message for a body that is not ours. */
function errorFrom(status: number, body: unknown, tooLargeMessage?: string): ApiError {
  const error = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  if (error?.code && error.message)
    return new ApiError(status, error.code as ErrorCode, error.message, error.details);
  // A proxy in front of the server may refuse a large body with its own page.
  if (status === 413 && tooLargeMessage) return new ApiError(413, 'PAYLOAD_TOO_LARGE', tooLargeMessage);
  return new ApiError(status, 'INTERNAL', vi.errors.httpStatus(status));
}

// `fetch` is read when a request is sent (tests stub it); the second argument carries only a timeout's signal.
const send =
  (init: RequestInit = {}) =>
  (request: Request) =>
    globalThis.fetch(request, init);

const client = createClient<paths>({
  // A Request needs an absolute address outside a page (tests); in the browser it is the page's own origin.
  baseUrl: (globalThis.location as Location | undefined)?.origin ?? 'http://localhost',
  credentials: 'same-origin',
  headers: { Accept: 'application/json', ...CSRF_HEADERS },
  querySerializer: (query) => queryString(query as Record<string, QueryValue>),
  fetch: send(),
});

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Path<M extends Method> = PathsWithMethod<paths, M>;
interface Extra {
  /**
   * Give up after this long, as a network failure (status 0, NETWORK): on a weak connection a request may hang
   * rather than fail, and a caller that queues what it could not send (check-in) needs to know.
   */
  timeoutMs?: number;
}
type Init<M extends Method, P extends Path<M>> = MaybeOptionalInit<paths[P], M> & Extra;
type Args<I> = RequiredKeysOf<I> extends never ? [(I & Extra)?] : [I & Extra];
type Success<M extends Method, P extends Path<M>, I> = Extract<
  FetchResponse<paths[P][M] & Record<string | number, unknown>, I, MediaType>,
  { response: Response; error?: never }
>['data'];
/** What a route answers on success; `void` for a route that answers no body. */
export type Answer<M extends Method, P extends Path<M>, I = object> = [Success<M, P, I>] extends [never]
  ? void
  : Exclude<Success<M, P, I>, undefined>;

async function call(method: Method, path: string, init: (Record<string, unknown> & Extra) | undefined) {
  const { timeoutMs, ...rest } = init ?? {};
  const options =
    timeoutMs === undefined ? rest : { ...rest, fetch: send({ signal: AbortSignal.timeout(timeoutMs) }) };
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await (client.request as (m: string, p: string, o: object) => Promise<typeof result>)(
      method,
      path,
      options,
    );
  } catch {
    throw new ApiError(0, 'NETWORK', vi.errors.network);
  }
  if (!result.response.ok) throw errorFrom(result.response.status, result.error);
  return result;
}

function method<M extends Method>(name: M) {
  return async <P extends Path<M>, I extends Init<M, P>>(
    path: P,
    ...init: Args<I>
  ): Promise<Answer<M, P, I>> =>
    (await call(name, path, init[0] as Record<string, unknown> | undefined)).data as Answer<M, P, I>;
}

/**
 * The API, typed by the routes' OpenAPI document (`npm run api:types`): `api.get('/api/plans/{id}', { params:
 * { path: { id } } })` answers the route's body or throws an ApiError (NETWORK when the server cannot be reached).
 */
export const api = {
  get: method('get'),
  post: method('post'),
  put: method('put'),
  patch: method('patch'),
  delete: method('delete'),
};

/**
 * The answer of a route whose OpenAPI document declares no response schema (so its type is `void`), checked against
 * the contract schema the page reads it with. Every other answer is checked by the server before it is sent.
 */
export async function checked<T>(schema: z.ZodType<T>, answer: Promise<unknown>): Promise<T> {
  const data = await answer;
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  console.error('Answer does not match the contract', parsed.error.issues);
  throw new ApiError(200, 'BAD_RESPONSE', vi.errors.badResponse, parsed.error.issues);
}

function filenameFrom(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star) return decodeURIComponent(star[1]!);
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return plain ? plain[1]! : fallback;
}

/** Hands a file to the browser as a download. */
function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Fetches a file answer (GET, or POST with a JSON body) and saves it under the name the server suggests in
 * Content-Disposition, else `fallbackName`; failures become ApiError like any other call.
 */
export async function download<M extends 'get' | 'post', P extends Path<M>, I extends Init<M, P>>(
  method: M,
  path: P,
  init: I & { fallbackName: string },
): Promise<void> {
  const { fallbackName, ...rest } = init;
  const { data, response } = await call(method, path, { ...rest, parseAs: 'blob' });
  saveFile(data as Blob, filenameFrom(response.headers.get('content-disposition'), fallbackName));
}

/** A form with one file, as every single-file upload route reads it (`file`). */
export function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

type UploadParams<P extends Path<'post'>> = paths[P]['post'] extends { parameters: infer Params }
  ? Params
  : never;

/**
 * Sends a multipart form (file uploads) and answers like `api.post`. With `onProgress` (0..1) it goes through
 * XMLHttpRequest, the one browser API that reports an upload's progress; without, through fetch like every other call.
 * `tooLargeMessage` is shown when a proxy refuses the body with its own page (the server's refusal carries its message).
 */
export function upload<P extends Path<'post'>>(
  path: P,
  options: {
    form: FormData;
    params?: UploadParams<P>;
    onProgress?: (fraction: number) => void;
    tooLargeMessage: string;
  },
): Promise<Answer<'post', P>> {
  const { path: pathParams, query } = (options.params ?? {}) as {
    path?: Record<string, string | number>;
    query?: Record<string, QueryValue>;
  };
  const url = (path as string).replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String(pathParams?.[name])),
  );
  const search = queryString(query);
  const target = search ? `${url}?${search}` : url;
  if (!options.onProgress) return uploadByFetch(target, options.form, options.tooLargeMessage);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', target);
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(CSRF_HEADERS)) xhr.setRequestHeader(name, value);
    xhr.responseType = 'text';
    const onProgress = options.onProgress;
    if (onProgress)
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', vi.errors.network));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText) as unknown;
      } catch {
        // Not JSON: a proxy's page, answered below as an HTTP error.
      }
      if (xhr.status < 200 || xhr.status >= 300)
        return reject(errorFrom(xhr.status, body, options.tooLargeMessage));
      resolve(body as Answer<'post', P>);
    };
    // No Content-Type header: the browser writes the multipart boundary itself.
    xhr.send(options.form);
  });
}

async function uploadByFetch<T>(target: string, form: FormData, tooLargeMessage: string): Promise<T> {
  let response: Response;
  try {
    // No Content-Type header: fetch writes the multipart boundary itself.
    response = await fetch(target, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...CSRF_HEADERS },
      body: form,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', vi.errors.network);
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    // Not JSON: a proxy's page, answered below as an HTTP error.
  }
  if (!response.ok) throw errorFrom(response.status, body, tooLargeMessage);
  return body as T;
}
