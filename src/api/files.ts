/** Files in and out of the API: downloads with a proper disposition, multipart uploads. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { DomainError } from '../domain/errors';
import { contentDisposition } from '../services/document-files';
import type { AppEnv } from './context';

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
 * The multipart form of an upload, checked by `fields` (which names the `file` field); a body that
 * is not multipart, or fields that do not fit, are INVALID_UPLOAD with `message`.
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
  const parsed = fields.safeParse(form);
  if (!parsed.success) {
    throw new DomainError('INVALID_UPLOAD', message, {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return parsed.data;
}

/** The bytes and name of an uploaded file. */
export async function fileBytes(file: File) {
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
}
