/**
 * The one text type of the API. Every free-text field of a request body, query or upload form is
 * `text({ min, max, multiline })`: line ends normalized to LF, trimmed, then refused with 400
 * INVALID_TEXT when it holds NUL or another control character, a bidi override, half a surrogate
 * pair, or (one-line fields) a tab or line break. Ids, enums and dates keep their own formats.
 * Passwords are `secret()`: never trimmed or normalized, only NUL is refused.
 */
import { z } from 'zod';
import { DomainError } from '../domain/errors';
import { normalizeLineBreaks, type TextFault, textFault, textFaultMessages } from '../domain/text';
import { describeFieldPath } from './field-labels';

export const invalidTextCode = 'INVALID_TEXT';

export interface TextOptions {
  min?: number;
  max: number;
  /** Allows tab and line breaks (descriptions, notes); default one line. */
  multiline?: boolean;
}

function faultIssue(fault: TextFault) {
  return {
    code: 'custom' as const,
    message: `Teks ${textFaultMessages[fault]}.`,
    params: { code: invalidTextCode, fault },
  };
}

export function text({ min, max, multiline = false }: TextOptions) {
  const schema = z
    .string()
    .overwrite(normalizeLineBreaks)
    .trim()
    .superRefine((value, ctx) => {
      const fault = textFault(value, { multiline });
      if (fault) ctx.addIssue(faultIssue(fault));
    })
    .max(max);
  return min === undefined ? schema : schema.min(min);
}

/** A password or other secret: used exactly as typed (spaces count), but never with NUL. */
export function secret({ min, max }: { min?: number; max: number }) {
  const schema = z
    .string()
    .superRefine((value, ctx) => {
      if (value.includes('\u0000')) ctx.addIssue(faultIssue('control'));
    })
    .max(max);
  return min === undefined ? schema : schema.min(min);
}

interface TextIssue {
  path: PropertyKey[];
  fault: TextFault;
}

/** The first INVALID_TEXT issue, also inside record-key and union issues. */
function findTextIssue(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): TextIssue | null {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'custom' && issue.params?.code === invalidTextCode) {
      return { path, fault: issue.params.fault as TextFault };
    }
    if (issue.code === 'invalid_key') {
      const nested = findTextIssue(issue.issues, path);
      if (nested) return nested;
    }
    if (issue.code === 'invalid_union') {
      for (const branch of issue.errors) {
        const nested = findTextIssue(branch, path);
        if (nested) return nested;
      }
    }
  }
  return null;
}

const isPlain = (segment: string) => textFault(segment, { multiline: false }) === null;

/** A path as text for `details.issues`, with any junk of a record key replaced. */
export function cleanPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => (isPlain(String(segment)) ? String(segment) : '\uFFFD')).join('.');
}

/**
 * INVALID_TEXT naming the field in words when `error` holds a text fault, else null. It wins over
 * the other issues of the same request: the junk has to go whatever else is wrong.
 */
export function invalidTextError(error: z.ZodError): DomainError | null {
  const found = findTextIssue(error.issues);
  if (!found) return null;
  const field = describeFieldPath(found.path, isPlain);
  const message = `Isian "${field}" ${textFaultMessages[found.fault]}. Hapus karakter itu lalu kirim ulang.`;
  return new DomainError(invalidTextCode, message, {
    issues: error.issues.map((issue) => ({
      path: cleanPath(issue.path),
      message: issue.message,
      code: issue.code,
    })),
  });
}
