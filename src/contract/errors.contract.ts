import { z } from 'zod';

/**
 * The stable error codes of the API, each with the one HTTP status it is sent with. The server throws them
 * (AppError), the web tells them apart (hasErrorCode); a code's status is decided here and nowhere else.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  ACCOUNT_DISABLED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  UPDATE_LOCKED: 409,
  REPORT_LOCKED: 409,
  NOT_SUBMITTED: 409,
  BULLETIN_ISSUED: 409,
  BULLETIN_EXISTS: 409,
  BASELINE_LOCKED: 409,
  BASELINE_NOT_LOCKED: 409,
  BASELINE_INCOMPLETE: 409,
  CHANGE_PENDING: 409,
  ALREADY_DECIDED: 409,
  TOO_LARGE: 413,
  UNSUPPORTED_FILE: 415,
  NOTICE_INVALID: 422,
  XLSX_INVALID: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  ACCOUNT_LOCKED: 429,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The body of every error response: a stable code, a Chinese message the user can act on, details for forms. */
export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }),
});
