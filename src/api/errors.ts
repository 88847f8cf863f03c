/**
 * Maps stable error codes to HTTP statuses and renders the one error shape of the API:
 * `{ error: { code, message, details } }`.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { DomainError } from '../domain/errors';
import { cleanPath, invalidTextError } from './text';

const statusByCode: Record<string, ContentfulStatusCode> = {
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  INVALID_TEXT: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  FILE_TOO_LARGE: 413,
  NOT_XLSX: 400,
  NOT_A_DOCX: 400,
  DOCX_UNREADABLE: 400,
  TOO_MANY_DOCUMENTS: 400,
  ZIP_BOMB: 400,
  TOO_MANY_ROWS: 400,
  INVALID_UPLOAD: 400,
  INVALID_CURSOR: 400,
  RATE_LIMITED: 429,
  JOB_QUEUE_FULL: 429,
  PASSWORD_TOO_WEAK: 400,
  PASSWORD_UNCHANGED: 400,
  CURRENT_PASSWORD_WRONG: 400,
  PASSWORD_CHANGE_REQUIRED: 403,
  SETUP_TOKEN_INVALID: 403,
  LAST_SUPERADMIN: 409,
  DATA_DIR_LOCKED: 503,
  MEMBER_ALREADY_IN_DRAFTING_CAMPAIGN: 409,
  SOP_STEP_ALREADY_SIGNED_OFF: 409,
  JOB_NOT_READY: 409,
  JOB_RESULT_EXPIRED: 410,
  BACKUP_IN_PROGRESS: 409,
  BACKUP_NOT_AVAILABLE: 409,
  NOT_READY: 503,
  RATER_SUBMITTED: 409,
  PROPOSAL_DICTIONARY_IN_REVIEW: 409,
  NIP_INVALID: 400,
  LOGO_INVALID: 400,
  LOGO_TOO_LARGE: 413,
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
    path: cleanPath(issue.path),
    message: issue.message,
    code: issue.code,
  }));
}

export function validationError(error: z.ZodError, where: string): DomainError {
  const invalidText = invalidTextError(error);
  if (invalidText) return invalidText;
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
    const invalidText = invalidTextError(error);
    if (invalidText)
      return c.json(errorBody(invalidText.code, invalidText.message, invalidText.details), 400);
    return c.json(errorBody('VALIDATION_FAILED', 'Data tidak valid.', { issues: zodIssues(error) }), 400);
  }
  console.error(error);
  if (isRefusedText(error)) {
    // Validation at the edge should have caught it; the operator sees the log line above.
    return c.json(
      errorBody(
        'INVALID_TEXT',
        'Salah satu isian memuat karakter yang tidak dapat disimpan (misalnya NUL atau karakter Unicode yang rusak). Hapus karakter itu lalu kirim ulang.',
      ),
      400,
    );
  }
  return c.json(errorBody('INTERNAL_ERROR', 'Terjadi kesalahan pada server. Silakan coba lagi.'), 500);
}

/**
 * PostgreSQL refusing a text it cannot store: NUL in text (22021), `\u0000` in jsonb (22P05), half
 * a surrogate pair in jsonb (22P02 with a Unicode detail). Drivers and drizzle wrap the database
 * error, so the causes are followed.
 */
export function isRefusedText(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, detail, cause } = current as { code?: unknown; detail?: unknown; cause?: unknown };
    if (code === '22021' || code === '22P05') return true;
    if (code === '22P02' && typeof detail === 'string' && /unicode|surrogate/i.test(detail)) return true;
    current = cause;
  }
  return false;
}
