/**
 * Maps stable error codes to HTTP statuses and renders the one error shape of the API:
 * `{ error: { code, message, details } }`.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { DomainError } from '../domain/errors';

const statusByCode: Record<string, ContentfulStatusCode> = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  FILE_TOO_LARGE: 413,
  NOT_XLSX: 400,
  ZIP_BOMB: 400,
  TOO_MANY_ROWS: 400,
  INVALID_UPLOAD: 400,
  RATE_LIMITED: 429,
  DATA_DIR_LOCKED: 503,
  MEMBER_ALREADY_IN_DRAFTING_CAMPAIGN: 409,
  SOP_STEP_ALREADY_SIGNED_OFF: 409,
  JOB_NOT_READY: 409,
  JOB_RESULT_EXPIRED: 410,
  BACKUP_IN_PROGRESS: 409,
  BACKUP_NOT_AVAILABLE: 409,
  NOT_READY: 503,
};

export function statusForCode(code: string): ContentfulStatusCode {
  const direct = statusByCode[code];
  if (direct) return direct;
  if (code.endsWith('_NOT_FOUND')) return 404;
  if (code.endsWith('_EXISTS') || code.endsWith('_CONFLICT') || code.endsWith('_STALE')) return 409;
  return 422; // a domain rule was broken by well-formed input
}

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

/** zod issues as `{ path, message }` with dotted paths; messages are Indonesian (see i18n setup). */
export function zodIssues(error: z.ZodError) {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    code: issue.code,
  }));
}

export function validationError(error: z.ZodError, where: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `Data ${where} tidak valid.`, { issues: zodIssues(error) });
}

export function renderError(c: Context, error: unknown) {
  if (error instanceof DomainError) {
    const status = statusForCode(error.code);
    if (error.code === 'RATE_LIMITED') {
      const retry = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      if (retry) c.header('Retry-After', String(retry));
    }
    return c.json(errorBody(error.code, error.message, error.details), status);
  }
  if (error instanceof z.ZodError) {
    return c.json(errorBody('VALIDATION_FAILED', 'Data tidak valid.', { issues: zodIssues(error) }), 400);
  }
  console.error(error);
  return c.json(errorBody('INTERNAL_ERROR', 'Terjadi kesalahan pada server. Silakan coba lagi.'), 500);
}
