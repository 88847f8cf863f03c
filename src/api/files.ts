/** Files in and out of the API: downloads with a proper disposition, multipart uploads. */
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import type { z } from 'zod';
import { DomainError } from '../domain/errors';
import { normalizeLineBreaks, textFault, textFaultMessages } from '../domain/text';
import { contentDisposition } from '../services/document-files';
import { type JobFiles, uploadFileName } from '../services/job-files';
import type { AppEnv } from './context';
import { multipartBoundary, readMultipart } from './multipart';
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
 * A file streamed as an attachment (a book of hundreds of pages is never whole in memory): a
 * stored one with its `size`, or one generated while it is sent (no size: sent chunked).
 */
export function fileStreamDownload(file: {
  stream: Readable;
  size?: number;
  fileName: string;
  contentType: string;
}) {
  return new Response(Readable.toWeb(file.stream) as ReadableStream, {
    headers: {
      'content-type': file.contentType,
      ...(file.size === undefined ? {} : { 'content-length': String(file.size) }),
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
  options: { all?: boolean } = {},
): Promise<z.infer<S>> {
  let form: Record<string, unknown>;
  try {
    // `all`: a repeated field (several files) is an array, a single one stays a value.
    form = await c.req.parseBody({ all: options.all ?? false });
  } catch {
    throw new DomainError('INVALID_UPLOAD', 'Unggahan harus berupa multipart/form-data dengan kolom "file".');
  }
  for (const value of Object.values(form).flat()) {
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

export interface ReceivedUpload {
  /** Its name in the job file store. */
  storedName: string;
  /** The name the person's file had. */
  fileName: string;
  bytes: number;
}

/**
 * Streams the `file` field of a multipart upload into `files` under a new name (the body is never
 * whole in memory). Other fields are ignored. A body that is not multipart or has no file is
 * INVALID_UPLOAD with `message`; a file name with control characters INVALID_TEXT. Nothing stays
 * stored when the upload fails.
 */
export async function receiveUploadFile(
  c: Context<AppEnv>,
  files: JobFiles,
  message: string,
): Promise<ReceivedUpload> {
  const boundary = multipartBoundary(c.req.header('content-type'));
  const body = c.req.raw.body;
  if (!boundary || !body) {
    throw new DomainError('INVALID_UPLOAD', 'Unggahan harus berupa multipart/form-data dengan kolom "file".');
  }
  let received: ReceivedUpload | null = null;
  try {
    for await (const part of readMultipart(body as unknown as AsyncIterable<Uint8Array>, boundary)) {
      if (part.name !== 'file' || received) continue;
      if (part.fileName === null) throw new DomainError('INVALID_UPLOAD', message);
      // The name goes into the audit entry and the import report.
      const fault = textFault(normalizeLineBreaks(part.fileName), { multiline: false });
      if (fault) {
        throw new DomainError(
          'INVALID_TEXT',
          `Nama berkas ${textFaultMessages[fault]}. Ganti nama berkas lalu unggah ulang.`,
        );
      }
      const storedName = uploadFileName();
      const bytes = await files.write(storedName, part.body);
      received = { storedName, fileName: part.fileName, bytes };
    }
  } catch (error) {
    if (received) await files.remove(received.storedName).catch(() => {});
    throw error;
  }
  if (!received) throw new DomainError('INVALID_UPLOAD', message);
  return received;
}
