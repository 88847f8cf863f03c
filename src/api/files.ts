/** Files in and out of the API: downloads with a proper disposition, multipart uploads. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { DomainError } from '../domain/errors';
import { normalizeLineBreaks, textFault, textFaultMessages } from '../domain/text';
import { contentDisposition } from '../services/document-files';
import type { AppEnv } from './context';
import { cleanPath, invalidTextError } from './text';

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A generated file as an attachment (ASCII fallback + UTF-8 name), never cached. */
export function fileDownload(file: { bytes: Uint8Array; fileName: string; contentType: string }) {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'content-type': file.contentType,
      'content-disposition': contentDisposition(file.fileName),
      'cache-control': 'no-store',
    },
  });
}

/**
 * The multipart form of an upload, checked by `fields` (which names the `file` field, text fields
 * being `text()`); a body that is not multipart, or fields that do not fit, are INVALID_UPLOAD with
 * `message`; a text field or a file name with control characters is INVALID_TEXT.
 */
export async function readUploadForm<S extends z.ZodType>(
  c: Context<AppEnv>,
  fields: S,
  message: string,
): Promise<z.infer<S>> {
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody();
  } catch {
    throw new DomainError('INVALID_UPLOAD', 'Unggahan harus berupa multipart/form-data dengan kolom "file".');
  }
  for (const value of Object.values(form)) {
    if (!(value instanceof File)) continue;
    // The name goes into the audit entry and the import report.
    const fault = textFault(normalizeLineBreaks(value.name), { multiline: false });
    if (fault)
      throw new DomainError(
        'INVALID_TEXT',
        `Nama berkas ${textFaultMessages[fault]}. Ganti nama berkas lalu unggah ulang.`,
      );
  }
  const parsed = fields.safeParse(form);
  if (!parsed.success) {
    throw (
      invalidTextError(parsed.error) ??
      new DomainError('INVALID_UPLOAD', message, {
        issues: parsed.error.issues.map((i) => ({ path: cleanPath(i.path), message: i.message })),
      })
    );
  }
  return parsed.data;
}

/** The bytes and name of an uploaded file. */
export async function fileBytes(file: File) {
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
}
