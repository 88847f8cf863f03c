/**
 * Import of assessment results from .xlsx or .csv, as a background job (`table-import.ts`), one row
 * per civil servant × competency: NIP, competency code (and the dictionary code when a code exists
 * in several dictionaries), level 1..5 (decimals allowed, as assessment centres report), date,
 * assessor, institution. All-or-nothing with a row report. Rows with the same NIP, date, assessor
 * and institution form one assessment session; history is kept, and the current level per
 * competency (the newest) is refreshed set-based in the same transaction.
 */
import { createHash } from 'node:crypto';
import { reconcileAfterAssessmentImport } from '../db/repositories/competency-level-repository';
import { talentRevisionKey } from '../db/repositories/data-revision-repository';
import type { StagedValue } from '../db/repositories/import-staging-repository';
import {
  applyStagedAssessments,
  assessmentStagingColumns,
  assessmentStagingIndexes,
  checkStagedAssessments,
  listImportableCompetencies,
  stagedAssessmentServantIds,
} from '../db/repositories/talent-import-repository';
import type { JobRunContext } from './job-queue';
import { effectivePolicy } from './standard-policy';
import { type RowProblem, runTableImport, type TableImport } from './table-import';
import { warmTalentIndex } from './talent-index';
import { idChunks, refreshTalentPlacementsOf } from './talent-placement';

export const assessmentImportKind = 'assessmentImport';

const columnAliases = {
  nip: ['nip', 'nip baru', 'nomor induk pegawai'],
  code: ['kode kompetensi', 'kode', 'kode komp'],
  dictionary: ['kamus', 'kode kamus'],
  level: ['level', 'level hasil asesmen', 'hasil', 'nilai', 'level asesmen'],
  date: ['tanggal', 'tanggal asesmen', 'tgl asesmen', 'tanggal penilaian'],
  assessor: ['asesor', 'penilai', 'nama asesor'],
  institution: ['lembaga', 'lembaga asesmen', 'institusi', 'assessment center', 'pusat penilaian'],
} as const;
type Column = keyof typeof columnAliases;

export const assessmentColumns: Record<Column, string> = {
  nip: 'NIP',
  code: 'Kode Kompetensi',
  dictionary: 'Kamus',
  level: 'Level',
  date: 'Tanggal',
  assessor: 'Asesor',
  institution: 'Lembaga',
};

interface CompetencyRef {
  dictionaryId: string;
  dictionaryCode: string;
  kind: string;
}

/** 2026-06-01, 01/06/2026, 1-6-2026 → ISO; null when not a real date. */
export function parseDate(text: string): string | null {
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** "3", "3.25", "3,5" → number with at most 2 decimals in 1..5; null otherwise. */
export function parseLevel(text: string): number | null {
  if (!/^\d(?:[.,]\d{1,2})?$/.test(text)) return null;
  const value = Number(text.replace(',', '.'));
  return value >= 1 && value <= 5 ? value : null;
}

/**
 * The id of the assessment session a row belongs to, the same for every row of one NIP, date,
 * assessor and institution in this job (and new for every job): rows are staged with it, so the
 * apply writes sessions and scores chunk by chunk without joining them back together. `key`: the
 * job's id, NIP, date, assessor and institution, joined by NUL.
 */
function sessionId(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  // An RFC 9562 version 8 (custom) UUID: the version nibble 8, the variant bits 10.
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The last value computed and the text it came from: a file lists one session's rows together and
 * most rows share a date, so a row mostly repeats the one before (the hash and the date parse were
 * a fifth of reading 750,000 rows).
 */
function lastOf<T>(compute: (key: string) => T): (key: string) => T {
  let lastKey: string | undefined;
  let lastValue: T;
  return (key) => {
    if (key !== lastKey) {
      lastValue = compute(key);
      lastKey = key;
    }
    return lastValue;
  };
}

interface Lookups {
  /** Upper-cased competency code → the dictionaries that have it. */
  refs: Map<string, CompetencyRef[]>;
  todayIso: string;
  date: (text: string) => string | null;
  session: (key: string) => string;
}

/** The import as the job runs it; `today` refuses results dated later (tests move it). */
export function assessmentImport(today: () => Date = () => new Date()): TableImport<Column, Lookups> {
  return {
    entity: 'assessment',
    columnNames: assessmentColumns,
    aliases: columnAliases,
    required: ['nip', 'code', 'level', 'date', 'assessor'],
    stagingColumns: assessmentStagingColumns,
    stagingIndexes: assessmentStagingIndexes,
    async prepare(db, scope) {
      const refs = new Map<string, CompetencyRef[]>();
      for (const r of await listImportableCompetencies(db, scope.agencyId)) {
        const key = r.code.toUpperCase();
        const list = refs.get(key) ?? [];
        if (!list.some((x) => x.dictionaryId === r.dictionary_id)) {
          list.push({ dictionaryId: r.dictionary_id, dictionaryCode: r.dictionary_code, kind: r.kind });
        }
        refs.set(key, list);
      }
      return {
        refs,
        todayIso: today().toISOString().slice(0, 10),
        date: lastOf(parseDate),
        session: lastOf(sessionId),
      };
    },
    checkRow({ cells }, { refs, todayIso, date: dateOf, session }, scope) {
      const problems: RowProblem[] = [];
      const problem = (column: Column, code: string, message: string) =>
        problems.push({ column: assessmentColumns[column], code, message });
      const nip = (cells.get('nip') ?? '').replace(/\s+/g, '');
      if (!nip) problem('nip', 'REQUIRED', 'NIP wajib diisi.');
      const code = (cells.get('code') ?? '').toUpperCase();
      const dictionaryCode = cells.get('dictionary');
      let ref: CompetencyRef | undefined;
      if (!code) problem('code', 'REQUIRED', 'Kode kompetensi wajib diisi.');
      else {
        const candidates = refs.get(code) ?? [];
        const chosen = dictionaryCode
          ? candidates.filter((c) => c.dictionaryCode.toUpperCase() === dictionaryCode.toUpperCase())
          : candidates;
        if (chosen.length === 0) {
          problem(
            'code',
            'UNKNOWN_COMPETENCY',
            `Kompetensi "${code}"${dictionaryCode ? ` pada kamus ${dictionaryCode}` : ''} tidak ada pada kamus yang ditetapkan.`,
          );
        } else if (chosen.length > 1) {
          problem(
            'code',
            'AMBIGUOUS_COMPETENCY',
            `Kode "${code}" ada pada beberapa kamus (${chosen.map((c) => c.dictionaryCode).join(', ')}); isi kolom Kamus.`,
          );
        } else ref = chosen[0];
      }
      const levelText = cells.get('level') ?? '';
      const level = parseLevel(levelText);
      if (level === null) {
        problem(
          'level',
          'INVALID_LEVEL',
          `Level "${levelText}" harus angka 1 sampai 5 (paling banyak 2 desimal).`,
        );
      }
      const dateText = cells.get('date') ?? '';
      const date = dateOf(dateText);
      if (!date) {
        problem(
          'date',
          'INVALID_DATE',
          `Tanggal "${dateText}" tidak sah (contoh: 2026-06-01 atau 01/06/2026).`,
        );
      } else if (date > todayIso)
        problem('date', 'FUTURE_DATE', 'Tanggal asesmen tidak boleh di masa depan.');
      const assessor = cells.get('assessor') ?? '';
      if (!assessor) problem('assessor', 'REQUIRED', 'Asesor wajib diisi.');
      else if (assessor.length > 200) problem('assessor', 'TOO_LONG', 'Asesor paling panjang 200 karakter.');
      const institution = cells.get('institution') ?? '';
      if (institution.length > 200)
        problem('institution', 'TOO_LONG', 'Lembaga paling panjang 200 karakter.');
      if (!nip) return { problems, staged: null };
      // Every row with an NIP is staged, so an NIP that is not the agency's is reported whatever
      // else is wrong; only a row without problems carries its values.
      const staged: StagedValue[] =
        problems.length === 0 && ref && level !== null && date
          ? [
              nip,
              true,
              ref.dictionaryId,
              code,
              ref.kind,
              level,
              date,
              assessor,
              institution,
              session(`${scope.jobId}\u0000${nip}\u0000${date}\u0000${assessor}\u0000${institution}`),
            ]
          : [nip, false, null, null, null, null, null, null, null, null];
      return { problems, staged };
    },
    checkStaged: (staging, scope) => checkStagedAssessments(staging.connection.db, staging, scope.agencyId),
    async apply(tx, staging, scope, chunkRows) {
      const { sessions } = await applyStagedAssessments(tx, staging, scope, chunkRows);
      // People who also have 360° results: their current levels follow the agency's combination rule.
      const { combination } = (await effectivePolicy(tx, scope.agencyId)).talent.multiRater;
      const servantIds = await stagedAssessmentServantIds(tx, staging);
      await reconcileAfterAssessmentImport(tx, scope.agencyId, servantIds, combination);
      await refreshTalentPlacementsOf(tx, scope.agencyId, idChunks(servantIds));
      return {
        result: { rows: staging.staged, assessments: sessions },
        audit: { rows: staging.staged, assessments: sessions },
      };
    },
    analyze: [
      'assessments',
      'assessment_scores',
      'current_competency_levels',
      'own_position_matches',
      'position_competency_results',
      'talent_placements',
    ],
    revisionKey: talentRevisionKey,
    afterApply: warmTalentIndex,
  };
}

export function runAssessmentImport(context: JobRunContext) {
  return runTableImport(assessmentImport(), context);
}
