/**
 * The little of POSIX ustar that a backup needs: regular files and directories, written as a
 * stream and read back as a stream. Plain tar so an operator can look inside a backup with
 * `tar -tzf` or read its manifest with `tar -xzOf FILE manifest.json`.
 */

const block = 512;

export interface TarHeader {
  name: string;
  type: 'file' | 'directory';
  size: number;
  mode: number;
  mtime: Date;
}

function writeString(buffer: Buffer, value: string, offset: number, length: number) {
  buffer.write(value, offset, Math.min(Buffer.byteLength(value), length), 'utf8');
}

function writeOctal(buffer: Buffer, value: number, offset: number, length: number) {
  buffer.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'ascii');
}

/** Splits a long path into ustar's prefix (155) and name (100) at a slash. */
function splitName(name: string): [string, string] {
  if (Buffer.byteLength(name) <= 100) return ['', name];
  for (let cut = name.indexOf('/'); cut !== -1; cut = name.indexOf('/', cut + 1)) {
    const prefix = name.slice(0, cut);
    const rest = name.slice(cut + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) return [prefix, rest];
  }
  throw new Error(`tar: path too long: ${name}`);
}

export function tarHeader(header: TarHeader): Buffer {
  const buffer = Buffer.alloc(block);
  const name = header.type === 'directory' && !header.name.endsWith('/') ? `${header.name}/` : header.name;
  const [prefix, rest] = splitName(name);
  writeString(buffer, rest, 0, 100);
  writeOctal(buffer, header.mode & 0o7777, 100, 8);
  writeOctal(buffer, 0, 108, 8);
  writeOctal(buffer, 0, 116, 8);
  writeOctal(buffer, header.type === 'file' ? header.size : 0, 124, 12);
  writeOctal(buffer, Math.floor(header.mtime.getTime() / 1000), 136, 12);
  buffer.fill(' ', 148, 156);
  buffer.write(header.type === 'file' ? '0' : '5', 156, 1, 'ascii');
  buffer.write('ustar\0', 257, 6, 'ascii');
  buffer.write('00', 263, 2, 'ascii');
  writeString(buffer, prefix, 345, 155);
  let sum = 0;
  for (const byte of buffer) sum += byte;
  buffer.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return buffer;
}

/** Zero bytes that fill a file's data up to the next 512-byte block. */
export function tarPadding(size: number): Buffer {
  return Buffer.alloc((block - (size % block)) % block);
}

/** Two zero blocks end an archive. */
export const tarEnd = Buffer.alloc(block * 2);

function readString(buffer: Buffer, offset: number, length: number): string {
  const slice = buffer.subarray(offset, offset + length);
  const end = slice.indexOf(0);
  return slice.subarray(0, end === -1 ? length : end).toString('utf8');
}

function readOctal(buffer: Buffer, offset: number, length: number): number {
  const text = readString(buffer, offset, length).trim();
  return text === '' ? 0 : Number.parseInt(text, 8);
}

function parseHeader(buffer: Buffer): TarHeader | null {
  if (buffer.every((byte) => byte === 0)) return null;
  let sum = 0;
  for (let k = 0; k < block; k++) sum += k >= 148 && k < 156 ? 32 : buffer[k]!;
  if (sum !== readOctal(buffer, 148, 8)) throw new Error('tar: header checksum mismatch');
  const prefix = readString(buffer, 345, 155);
  const rest = readString(buffer, 0, 100);
  const typeflag = String.fromCharCode(buffer[156]!);
  if (typeflag !== '0' && typeflag !== '\0' && typeflag !== '5') {
    throw new Error(`tar: unsupported entry type ${JSON.stringify(typeflag)} for ${rest}`);
  }
  const name = (prefix ? `${prefix}/${rest}` : rest).replace(/\/$/, '');
  return {
    name,
    type: typeflag === '5' ? 'directory' : 'file',
    size: typeflag === '5' ? 0 : readOctal(buffer, 124, 12),
    mode: readOctal(buffer, 100, 8),
    mtime: new Date(readOctal(buffer, 136, 12) * 1000),
  };
}

export interface TarHandlers {
  entry(header: TarHeader): void;
  /** A piece of the current file's data, in order. */
  data(chunk: Buffer): void;
  /** The current file's data is complete. */
  endEntry(): void;
}

/**
 * Reads a tar stream pushed to it in chunks of any size and calls the handlers synchronously; a
 * handler that throws stops the reading. `end()` checks that the archive was complete.
 */
export class TarReader {
  private pending = Buffer.alloc(0);
  private remaining = 0;
  private padding = 0;
  private inEntry = false;
  private finished = false;

  constructor(private readonly handlers: TarHandlers) {}

  push(chunk: Buffer): void {
    let input = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    while (input.length > 0 && !this.finished) {
      if (this.remaining > 0) {
        const piece = input.subarray(0, this.remaining);
        this.handlers.data(piece);
        this.remaining -= piece.length;
        input = input.subarray(piece.length);
        if (this.remaining === 0) this.closeEntry();
        continue;
      }
      if (this.padding > 0) {
        const skip = Math.min(this.padding, input.length);
        this.padding -= skip;
        input = input.subarray(skip);
        continue;
      }
      if (input.length < block) {
        this.pending = Buffer.from(input);
        return;
      }
      const header = parseHeader(input.subarray(0, block));
      input = input.subarray(block);
      if (!header) {
        this.finished = true;
        return;
      }
      this.handlers.entry(header);
      this.inEntry = true;
      this.remaining = header.size;
      this.padding = (block - (header.size % block)) % block;
      if (this.remaining === 0) this.closeEntry();
    }
  }

  private closeEntry() {
    this.inEntry = false;
    this.handlers.endEntry();
  }

  end(): void {
    if (!this.finished || this.inEntry) throw new Error('tar: the archive ends early (truncated file)');
  }

  /** True once the end-of-archive blocks were read. */
  get complete(): boolean {
    return this.finished;
  }
}
