import { z } from 'zod';

/** A calendar date as ISO text, checked to be a real day (2025-02-30 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'Ngày không hợp lệ');
export type IsoDate = z.infer<typeof IsoDate>;

export const ErrorCode = z.enum([
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'FORBIDDEN',
  'OUT_OF_SCOPE',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  // A delegate's signed token (QR code, personal link): not ours or altered, or past its last day.
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  // A state-changing request that does not prove it came from our pages (header, Origin, Sec-Fetch-Site).
  'CSRF_REFUSED',
  'INTERNAL',
  // Spelled as issue 3 names it: PDF conversion (LibreOffice) is not installed on this server.
  'pdf_unavailable',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Every API error has this envelope; `code` is stable, `message` is Vietnamese for people. */
export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The answer of every list route: one page of items and how many match in all. */
export const Page = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });

/** The `:id` of a route, a positive integer read from the path. */
export const IdParams = z.object({ id: z.coerce.number().int().positive() });
export type IdParams = z.infer<typeof IdParams>;
