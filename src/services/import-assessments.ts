/**
 * Import of assessment results from .xlsx or .csv, one row per civil servant × competency:
 * NIP, competency code (and the dictionary code when a code exists in several dictionaries),
 * level 1..5 (decimals allowed, as assessment centres report), date, assessor, institution.
 * All-or-nothing with a row report. Rows with the same NIP, date, assessor and institution form
 * one assessment session; history is kept, and the current level per competency (the newest) is
 * refreshed set-based in the same transaction.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { pgArray, queryRows } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import { reconcileAfterAssessmentImport } from '../db/repositories/competency-level-repository';
import { refreshOwnRequiredLevels } from '../db/repositories/talent-repository';
import { civilServants } from '../db/schema';
import { readTable } from '../exports/tabular';
import type { ServiceContext } from './context';
import { assertCanManageCivilServants } from './import-civil-servants';
import { rejectImport, tableProblems } from './import-problems';
import { effectivePolicy } from './standard-policy';
import { warmTalentIndex } from './talent-index';

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

/**
 * Competencies an agency's results may refer to, by code: the official dictionaries, the
 * agency's own technical dictionaries and every dictionary its ratified standards use.
 */
async function competencyRefs(db: Db, agencyId: string) {
  const rows = await queryRows<{
    code: string;
    dictionary_id: string;
    dictionary_code: string;
    kind: string;
  }>(
    db,
    sql`select distinct c.code, d.id as dictionary_id, d.code as dictionary_code, c.kind
        from competencies c
        join dictionary_versions v on v.id = c.dictionary_version_id and v.status = 'ratified'
        join competency_dictionaries d on d.id = v.dictionary_id
        where d.agency_id is null or d.agency_id = ${agencyId}
          or d.id in (select dictionary_id from position_requirements where agency_id = ${agencyId})`,
  );
  const byCode = new Map<string, CompetencyRef[]>();
  for (const r of rows) {
    const key = r.code.toUpperCase();
    const list = byCode.get(key) ?? [];
    if (!list.some((x) => x.dictionaryId === r.dictionary_id)) {
      list.push({ dictionaryId: r.dictionary_id, dictionaryCode: r.dictionary_code, kind: r.kind });
    }
    byCode.set(key, list);
  }
  return byCode;
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

export async function importAssessments(
  ctx: ServiceContext,
  bytes: Uint8Array,
  fileName: string,
  today: Date = new Date(),
) {
  const agencyId = assertCanManageCivilServants(ctx);
  const table = await readTable<Column>(bytes, fileName, columnAliases);
  const problems = tableProblems(
    table,
    ['nip', 'code', 'level', 'date', 'assessor'] as const,
    assessmentColumns,
    'Berkas tidak berisi baris data.',
  );
  const servants = await ctx.db
    .select({ id: civilServants.id, nip: civilServants.nip })
    .from(civilServants)
    .where(eq(civilServants.agencyId, agencyId));
  const servantByNip = new Map(servants.map((s) => [s.nip, s.id]));
  const refs = await competencyRefs(ctx.db, agencyId);
  const todayIso = today.toISOString().slice(0, 10);

  const servantIds: string[] = [];
  const dictionaryIds: string[] = [];
  const codes: string[] = [];
  const kinds: string[] = [];
  const levels: number[] = [];
  const sessionKeys: string[] = [];
  const sessions = new Map<
    string,
    { servantId: string; date: string; assessor: string; institution: string }
  >();
  const seen = new Map<string, number>();
  const unknownNips: { row: number; nip: string }[] = [];
  if (problems.length === 0) {
    for (const source of table.rows) {
      const before = problems.length;
      const problem = (column: Column, code: string, message: string) =>
        problems.push({ row: source.row, column: assessmentColumns[column], code, message });
      const nip = (source.cells.get('nip') ?? '').replace(/\s+/g, '');
      const servantId = servantByNip.get(nip);
      if (!nip) problem('nip', 'REQUIRED', 'NIP wajib diisi.');
      else if (!servantId) unknownNips.push({ row: source.row, nip });
      const code = (source.cells.get('code') ?? '').toUpperCase();
      const dictionaryCode = source.cells.get('dictionary');
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
      const levelText = source.cells.get('level') ?? '';
      const level = parseLevel(levelText);
      if (level === null) {
        problem(
          'level',
          'INVALID_LEVEL',
          `Level "${levelText}" harus angka 1 sampai 5 (paling banyak 2 desimal).`,
        );
      }
      const dateText = source.cells.get('date') ?? '';
      const date = parseDate(dateText);
      if (!date)
        problem(
          'date',
          'INVALID_DATE',
          `Tanggal "${dateText}" tidak sah (contoh: 2026-06-01 atau 01/06/2026).`,
        );
      else if (date > todayIso) problem('date', 'FUTURE_DATE', 'Tanggal asesmen tidak boleh di masa depan.');
      const assessor = source.cells.get('assessor') ?? '';
      if (!assessor) problem('assessor', 'REQUIRED', 'Asesor wajib diisi.');
      else if (assessor.length > 200) problem('assessor', 'TOO_LONG', 'Asesor paling panjang 200 karakter.');
      const institution = source.cells.get('institution') ?? '';
      if (institution.length > 200)
        problem('institution', 'TOO_LONG', 'Lembaga paling panjang 200 karakter.');
      if (problems.length > before || !servantId || !ref || level === null || !date) continue;
      const duplicateKey = `${servantId}|${ref.dictionaryId}|${code}|${date}`;
      const earlier = seen.get(duplicateKey);
      if (earlier !== undefined) {
        problem(
          'code',
          'DUPLICATE_RESULT',
          `Hasil yang sama (NIP, kompetensi, tanggal) sudah ada pada baris ${earlier}.`,
        );
        continue;
      }
      seen.set(duplicateKey, source.row);
      const sessionKey = `${servantId}|${date}|${assessor}|${institution}`;
      if (!sessions.has(sessionKey)) sessions.set(sessionKey, { servantId, date, assessor, institution });
      servantIds.push(servantId);
      dictionaryIds.push(ref.dictionaryId);
      codes.push(code);
      kinds.push(ref.kind);
      levels.push(level);
      sessionKeys.push(sessionKey);
    }
  }
  if (unknownNips.length > 0) {
    const elsewhere = new Set(
      (
        await queryRows<{ nip: string }>(
          ctx.db,
          sql`select nip from civil_servants where agency_id <> ${agencyId}
              and nip = any(${pgArray(unknownNips.map((u) => u.nip))}::text[])`,
        )
      ).map((r) => r.nip),
    );
    for (const u of unknownNips) {
      problems.push(
        elsewhere.has(u.nip)
          ? {
              row: u.row,
              column: 'NIP',
              code: 'NIP_OF_ANOTHER_AGENCY',
              message: 'NIP ini pegawai instansi lain.',
            }
          : {
              row: u.row,
              column: 'NIP',
              code: 'UNKNOWN_NIP',
              message: `NIP ${u.nip} belum terdaftar sebagai pegawai instansi ini.`,
            },
      );
    }
  }
  if (problems.length > 0) rejectImport(problems);
  const result = await ctx.db.transaction(async (tx) => {
    const sessionList = [...sessions.entries()];
    const sessionIds = new Map<string, string>();
    for (let i = 0; i < sessionList.length; i += 10_000) {
      const chunk = sessionList.slice(i, i + 10_000);
      const rows = await queryRows<{
        id: string;
        civil_servant_id: string;
        assessed_on: string;
        assessor: string;
        institution: string;
      }>(
        tx,
        sql`insert into assessments (agency_id, civil_servant_id, assessed_on, assessor, institution, created_by)
            select ${agencyId}, s, d, a, i, ${ctx.actor.userId}
            from unnest(${pgArray(chunk.map(([, s]) => s.servantId))}::uuid[], ${pgArray(chunk.map(([, s]) => s.date))}::text[],
                        ${pgArray(chunk.map(([, s]) => s.assessor))}::text[], ${pgArray(chunk.map(([, s]) => s.institution))}::text[])
                 as t(s, d, a, i)
            returning id, civil_servant_id, assessed_on, assessor, institution`,
      );
      for (const r of rows) {
        sessionIds.set(`${r.civil_servant_id}|${r.assessed_on}|${r.assessor}|${r.institution}`, r.id);
      }
    }
    const chunkSize = 50_000;
    for (let i = 0; i < codes.length; i += chunkSize) {
      const end = Math.min(i + chunkSize, codes.length);
      await tx.execute(
        sql`insert into assessment_scores (assessment_id, dictionary_id, code, kind, level)
            select * from unnest(${pgArray(sessionKeys.slice(i, end).map((k) => sessionIds.get(k)!))}::uuid[],
              ${pgArray(dictionaryIds.slice(i, end))}::uuid[], ${pgArray(codes.slice(i, end))}::text[], ${pgArray(kinds.slice(i, end))}::text[],
              ${pgArray(levels.slice(i, end))}::float8[])`,
      );
    }
    // The newest result per competency becomes current; an older result imported later does not.
    await tx.execute(sql`
      insert into current_competency_levels (civil_servant_id, agency_id, dictionary_id, code, kind, level, assessed_on)
      select distinct on (a.civil_servant_id, s.dictionary_id, s.code)
        a.civil_servant_id, a.agency_id, s.dictionary_id, s.code, s.kind, s.level, a.assessed_on
      from assessment_scores s join assessments a on a.id = s.assessment_id
      where a.id = any(${pgArray([...sessionIds.values()])}::uuid[])
      order by a.civil_servant_id, s.dictionary_id, s.code, a.assessed_on desc
      on conflict (civil_servant_id, dictionary_id, code) do update
        set level = excluded.level, assessed_on = excluded.assessed_on, kind = excluded.kind
        where excluded.assessed_on >= current_competency_levels.assessed_on`);
    await refreshOwnRequiredLevels(tx, sql`cs.id = any(${pgArray([...new Set(servantIds)])}::uuid[])`);
    // People who also have 360° results: their current levels follow the agency's combination rule.
    const { combination } = (await effectivePolicy(tx, agencyId)).talent.multiRater;
    await reconcileAfterAssessmentImport(tx, agencyId, [...new Set(servantIds)], combination);
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId,
      entity: 'assessment',
      entityId: agencyId,
      action: 'import',
      diff: { fileName, format: table.format, rows: codes.length, assessments: sessionIds.size },
    });
    return { rows: codes.length, assessments: sessionIds.size, format: table.format };
  });
  warmTalentIndex(ctx.db, agencyId);
  return result;
}
