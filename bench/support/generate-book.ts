/**
 * A synthetic book of standards like seed 000's drafting campaign: 144 positions of a city in 12
 * org units, built in memory from the test factory (seed 001's texts moved to each job level),
 * every third one ratified. Deterministic, so runs are comparable.
 */
import type { BookInput } from '../../src/documents/book-outline';
import type { StandardDocumentMeta } from '../../src/documents/standard-outline';
import { seed001Standard, standardAt } from '../../src/domain/job-standard-test-factory';

/** Job levels of 144 structural and functional positions of a city (JPT 4, administrator 20, …). */
const levelMix: [string, number[], number][] = [
  ['jpt-pratama', [4, 4, 4, 5, 4], 4],
  ['administrator', [3, 3, 4, 3, 3], 20],
  ['pengawas', [2, 3, 2, 3, 2], 50],
  ['pelaksana', [1, 2, 1, 1, 2], 40],
  ['ahli-muda', [3, 4, 3, 3, 4], 15],
  ['ahli-pertama', [2, 3, 2, 2, 3], 15],
];

export function generateBook(positions = 144): BookInput {
  const generatedAt = new Date('2024-03-01T02:00:00Z');
  const levels = levelMix.flatMap(([code, technical, count]) =>
    Array.from({ length: count }, () => [code, technical] as const),
  );
  const entries = Array.from({ length: positions }, (_, k) => {
    const [code, technical] = levels[k % levels.length]!;
    const standard = k === 0 ? seed001Standard() : standardAt(code, technical);
    standard.identity.positionName = `${standard.identity.positionName} ${k + 1}`;
    const ratified = k % 3 === 0;
    const meta: StandardDocumentMeta = {
      agencyName: 'Pemerintah Kota Magelang',
      version: ratified ? 1 : 2,
      status: ratified ? 'ratified' : 'draft',
      ratifiedAt: ratified ? new Date('2024-02-20T03:00:00Z') : null,
      positionCode: ratified ? `SKJ-2024-${String(k + 1).padStart(6, '0')}` : null,
      generatedAt,
    };
    return { unitName: `Perangkat Daerah ${Math.floor(k / 12) + 1}`, document: { standard, meta } };
  });
  return {
    agencyName: 'Pemerintah Kota Magelang',
    scopeName: null,
    generatedAt,
    entries,
    positionsWithoutStandard: [],
  };
}
