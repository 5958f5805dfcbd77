import type { ErrorCode } from '../../contracts/common';
import { DEFAULT_MESSAGES, errorsMessages } from './errors.messages';

/** The one error type of the server: a stable code, a Vietnamese message, optional details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? DEFAULT_MESSAGES[code]);
  }
}

/** Code → HTTP status: the one table. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 429,
  ACCOUNT_DISABLED: 403,
  FORBIDDEN: 403,
  OUT_OF_SCOPE: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  TOKEN_INVALID: 400,
  TOKEN_EXPIRED: 410,
  CSRF_REFUSED: 403,
  INTERNAL: 500,
  pdf_unavailable: 503,
};

export { DEFAULT_MESSAGES };

export const notFound = (what: string, details?: unknown) =>
  new AppError('NOT_FOUND', errorsMessages.notFound(what), details);
