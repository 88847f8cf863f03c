/**
 * An agency's book of standards (Buku SKJ), independent of the file format: the cover text, the
 * order of positions grouped by org unit, and the loop that builds one section per position,
 * reporting each failure instead of stopping, and yielding to the event loop between positions so
 * a server stays responsive while it builds.
 */
import {
  formatDate,
  type StandardDocumentInput,
  type StandardOutline,
  standardOutline,
} from './standard-outline';

export interface BookEntry {
  unitName: string | null;
  document: StandardDocumentInput;
}

export interface BookInput {
  agencyName: string;
  /** The org unit the book covers, or null for the whole agency. */
  scopeName: string | null;
  generatedAt: Date;
  entries: BookEntry[];
  /** Positions in scope that have no standard yet: listed at the end, not counted as failures. */
  positionsWithoutStandard: { unitName: string | null; positionName: string }[];
}

/** One position that could not be put in the book, as `background_jobs.failures` stores it. */
export interface BookFailure {
  item: string;
  message: string;
}

/** Called after each position, whether it went in or failed. */
export type BookProgress = (done: number, total: number, failure: BookFailure | null) => void | Promise<void>;

export interface BookResult {
  bytes: Buffer;
  failures: BookFailure[];
}

export interface BuiltEntry<T> {
  entry: BookEntry;
  outline: StandardOutline;
  /** 1-based number of the position in the book. */
  number: number;
  /** The first position of its org unit: the unit heading goes before it. */
  startsUnit: boolean;
  built: T;
}

export const bookTitle = 'BUKU STANDAR KOMPETENSI JABATAN';
export const tocTitle = 'DAFTAR ISI';
export const withoutStandardTitle = 'Jabatan yang Belum Memiliki SKJ';
export const failedTitle = 'Jabatan yang Gagal Dimuat';
export const noUnitName = 'Tanpa Unit Organisasi';

export function entryLabel(entry: { unitName: string | null; positionName: string }): string {
  return entry.unitName ? `${entry.positionName} (${entry.unitName})` : entry.positionName;
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `Isi SKJ tidak dapat disusun menjadi dokumen: ${message}`;
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Builds every entry with `build`, in order; a throw becomes a failure of that position. */
export async function buildEntries<T>(
  book: BookInput,
  build: (
    outline: StandardOutline,
    place: { number: number; startsUnit: boolean; unitName: string | null },
  ) => T,
  onProgress?: BookProgress,
): Promise<{ built: BuiltEntry<T>[]; failures: BookFailure[] }> {
  const built: BuiltEntry<T>[] = [];
  const failures: BookFailure[] = [];
  let previousUnit: string | null | undefined;
  const total = book.entries.length;
  for (const [index, entry] of book.entries.entries()) {
    let failure: BookFailure | null = null;
    try {
      const outline = standardOutline(entry.document);
      const startsUnit = entry.unitName !== previousUnit;
      const number = built.length + 1;
      built.push({
        entry,
        outline,
        number,
        startsUnit,
        built: build(outline, { number, startsUnit, unitName: entry.unitName }),
      });
      previousUnit = entry.unitName;
    } catch (error) {
      const name = entry.document.standard?.identity?.positionName ?? `#${index + 1}`;
      failure = {
        item: entryLabel({ unitName: entry.unitName, positionName: name }),
        message: errorMessage(error),
      };
      failures.push(failure);
    }
    await onProgress?.(index + 1, total, failure);
    await nextTick();
  }
  return { built, failures };
}

/** Lines of the cover under the title. */
export function coverLines(book: BookInput, built: BuiltEntry<unknown>[]) {
  const ratified = built.filter((b) => !b.outline.isDraft).length;
  return {
    agency: book.agencyName.toUpperCase(),
    scope: book.scopeName,
    basis:
      'Disusun berdasarkan Peraturan Menteri PANRB Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan Aparatur Sipil Negara',
    counts: `${built.length} jabatan: ${ratified} ditetapkan, ${built.length - ratified} belum ditetapkan (bertanda DRAFT)`,
    date: `Dicetak ${formatDate(book.generatedAt)}`,
  };
}
