/**
 * A streaming reader of multipart/form-data bodies (RFC 7578): parts are handed out one after
 * another with their body as a stream, so a 64 MB upload goes to its store chunk by chunk instead
 * of being buffered whole (as Hono's `parseBody` and `Request.formData` do). A part's body must be
 * read to its end (or left) before the next part is asked for.
 */
import { DomainError } from '../domain/errors';

export interface MultipartPart {
  /** The form field's name. */
  name: string;
  /** The file name the browser sent; null for a plain text field. */
  fileName: string | null;
  body: AsyncIterable<Uint8Array>;
}

const maxHeaderBytes = 16 * 1024;
const maxParts = 20;
const crlf = Buffer.from('\r\n');
const headerEnd = Buffer.from('\r\n\r\n');

const malformed = () =>
  new DomainError(
    'INVALID_UPLOAD',
    'Unggahan multipart/form-data tidak utuh atau tidak sah. Unggah ulang berkasnya.',
  );

/** The boundary of a `multipart/form-data` content type; null for any other type. */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/** `name="x"; filename="y"` of a Content-Disposition header (RFC 7578 §4.2, RFC 5987 for `filename*`). */
function dispositionParameters(value: string): Map<string, string> {
  const parameters = new Map<string, string>();
  const pattern = /;\s*([\w*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    const key = match[1]!.toLowerCase();
    const raw = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!.trim();
    if (key.endsWith('*')) {
      const extended = /^utf-8'[^']*'(.*)$/i.exec(raw);
      if (!extended) continue;
      try {
        parameters.set(key.slice(0, -1), decodeURIComponent(extended[1]!));
      } catch {
        // A malformed extended value: the plain parameter, if any, stands.
      }
    } else if (!parameters.has(key)) {
      parameters.set(key, raw);
    }
  }
  return parameters;
}

export async function* readMultipart(
  body: AsyncIterable<Uint8Array>,
  boundary: string,
): AsyncGenerator<MultipartPart> {
  // The first boundary has no CRLF before it; reading as if it had one makes every delimiter alike.
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const source = body[Symbol.asyncIterator]();
  let buffer: Buffer = Buffer.from(crlf);
  let ended = false;
  const fill = async (): Promise<boolean> => {
    if (ended) return false;
    const next = await source.next();
    if (next.done) {
      ended = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    return true;
  };
  /** Skips to just after the next delimiter; false when the body ends first. */
  const skipPastDelimiter = async (): Promise<boolean> => {
    for (;;) {
      const index = buffer.indexOf(delimiter);
      if (index >= 0) {
        buffer = buffer.subarray(index + delimiter.length);
        return true;
      }
      buffer = buffer.subarray(Math.max(0, buffer.length - delimiter.length + 1));
      if (!(await fill())) return false;
    }
  };
  const ensure = async (bytes: number) => {
    while (buffer.length < bytes) if (!(await fill())) throw malformed();
  };

  if (!(await skipPastDelimiter())) throw malformed();
  for (let parts = 0; ; parts++) {
    await ensure(2);
    if (buffer[0] === 0x2d && buffer[1] === 0x2d) return; // "--": the closing delimiter
    if (parts === maxParts) throw malformed();
    // Headers of the part: from this line's end up to an empty line.
    let end = buffer.indexOf(headerEnd);
    while (end < 0) {
      if (buffer.length > maxHeaderBytes || !(await fill())) throw malformed();
      end = buffer.indexOf(headerEnd);
    }
    const lines = buffer.subarray(0, end).toString('utf8').split('\r\n').slice(1);
    buffer = buffer.subarray(end + headerEnd.length);
    const disposition = lines.find((line) => /^content-disposition\s*:/i.test(line));
    const parameters = dispositionParameters(disposition?.replace(/^[^:]*:/, '') ?? '');
    const name = parameters.get('name');
    if (!disposition || name === undefined) throw malformed();
    let finished = false;
    const partBody = async function* (): AsyncGenerator<Uint8Array> {
      for (;;) {
        const index = buffer.indexOf(delimiter);
        if (index >= 0) {
          if (index > 0) yield buffer.subarray(0, index);
          buffer = buffer.subarray(index + delimiter.length);
          finished = true;
          return;
        }
        // Keep what could be the start of a delimiter split across two chunks.
        const keep = delimiter.length - 1;
        if (buffer.length > keep) {
          const out = buffer.subarray(0, buffer.length - keep);
          buffer = buffer.subarray(buffer.length - keep);
          yield out;
        }
        if (!(await fill())) throw malformed();
      }
    };
    yield { name, fileName: parameters.get('filename') ?? null, body: partBody() };
    // The consumer left the part unread: skip the rest of it.
    if (!finished && !(await skipPastDelimiter())) throw malformed();
  }
}

/** A text field's value (at most `maxBytes`). */
export async function readTextPart(part: MultipartPart, maxBytes = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of part.body) {
    bytes += chunk.byteLength;
    if (bytes > maxBytes) throw malformed();
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString('utf8');
}
