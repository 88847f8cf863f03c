/**
 * Standards brought in from Word: each uploaded .docx laid out as the official SKJ table becomes a
 * draft standard of the agency for the matching position, with a report per document of what was
 * matched to the dictionaries and what was not. Synchronous (ADR 0025): a document is a few dozen
 * kilobytes and is read in milliseconds, so the person gets the report in the same answer.
 *
 * All or nothing per upload: a document that cannot be used (not a Word file, no SKJ table,
 * position not found, its standard in review) rejects the whole upload, with every document's
 * report. Inside a usable document, a competency that matches no dictionary, a level that cannot
 * be read or that the dictionary lacks is reported (with its text) and left out of the draft.
 * Standards follow the composing rules: an open draft gets the document's content, a ratified
 * standard is never changed (a revision draft is opened on it), a version in review is refused.
 */
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../db/repositories/audit-repository';
import {
  listMatchableCompetencies,
  loadComposableCompetencies,
} from '../db/repositories/dictionary-repository';
import {
  findOpenStandardForPosition,
  insertStandard,
  updateStandardContent,
} from '../db/repositories/job-standard-repository';
import {
  findPosition,
  findPositionsByCodeOrName,
  type PositionRow,
} from '../db/repositories/position-repository';
import { jobStandards } from '../db/schema';
import {
  type CompetencyMatch,
  matchCompetencies,
  type UnmatchedCompetency,
} from '../domain/competency-matching';
import { DomainError } from '../domain/errors';
import {
  type CompetencyRow,
  competencyRowFromDictionary,
  emptyJobStandard,
  type JobStandard,
} from '../domain/job-standard';
import { diffStandards } from '../domain/job-standard-diff';
import type { StandardStatus } from '../domain/job-standard-workflow';
import type { PositionGroup } from '../domain/reference';
import type { ReadSkj } from '../exports/skj-docx';
import { agencyStandardsPolicy, jobStandardPolicy } from '../policies/job-standard';
import type { ServiceContext } from './context';
import { effectivePolicy } from './standard-policy';

export const maxDocumentsPerUpload = 10;

export interface UploadedDocument {
  fileName: string;
  bytes: Uint8Array;
}

/** `ready`: the document could be imported but was not saved, because another one was rejected. */
export type DocumentOutcome = 'created' | 'replaced' | 'revised' | 'rejected' | 'ready';

export interface DocumentReport {
  fileName: string;
  outcome: DocumentOutcome;
  /** What happened, in one Indonesian sentence. */
  message: string;
  /** Why a rejected document was refused. */
  code: string | null;
  position: { id: string; name: string; matchedBy: 'chosen' | 'code' | 'name' } | null;
  standard: { id: string; version: number } | null;
  /** As the document names the position. */
  documentPositionName: string | null;
  matched: CompetencyMatch[];
  unmatched: UnmatchedCompetency[];
  notes: { code: string; message: string }[];
}

/** Throws unless the actor may draft standards for the agency: checked before the upload is read. */
export function authorizeStandardDocumentImport(ctx: ServiceContext, agencyId: string) {
  agencyStandardsPolicy.authorize(
    ctx.actor,
    'compose',
    { agencyId },
    'Hanya admin atau penyusun instansi yang dapat mengimpor SKJ dari Word.',
  );
}

function blankReport(fileName: string): DocumentReport {
  return {
    fileName,
    outcome: 'ready',
    message: '',
    code: null,
    position: null,
    standard: null,
    documentPositionName: null,
    matched: [],
    unmatched: [],
    notes: [],
  };
}

function reject(report: DocumentReport, code: string, message: string) {
  report.outcome = 'rejected';
  report.code = code;
  report.message = message;
}

const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

async function resolvePositions(
  ctx: ServiceContext,
  agencyId: string,
  reads: { report: DocumentReport; read: ReadSkj | null }[],
  chosenPositionId: string | undefined,
): Promise<Map<DocumentReport, PositionRow>> {
  const resolved = new Map<DocumentReport, PositionRow>();
  if (chosenPositionId) {
    const entry = reads[0]!;
    const position = await findPosition(ctx.db, chosenPositionId);
    if (!position || position.agencyId !== agencyId) {
      reject(entry.report, 'POSITION_NOT_MATCHED', 'Jabatan yang dipilih tidak ditemukan pada instansi ini.');
    } else if (entry.read) {
      resolved.set(entry.report, position);
      entry.report.position = { id: position.id, name: position.name, matchedBy: 'chosen' };
    }
    return resolved;
  }
  const usable = reads.filter((entry) => entry.read !== null);
  const codes = usable.map((e) => e.read!.identity.positionCode).filter((c): c is string => c !== null);
  const names = usable.map((e) => e.read!.identity.positionName).filter((n): n is string => n !== null);
  const found = await findPositionsByCodeOrName(ctx.db, agencyId, codes, names.map(spaced));
  for (const { report, read } of usable) {
    const code = read!.identity.positionCode?.toLowerCase();
    const name = read!.identity.positionName ? spaced(read!.identity.positionName).toLowerCase() : null;
    const byCode = code ? found.filter((p) => p.positionCode?.toLowerCase() === code) : [];
    const byName = name ? found.filter((p) => p.name.toLowerCase() === name) : [];
    const [matches, matchedBy] = byCode.length === 1 ? [byCode, 'code' as const] : [byName, 'name' as const];
    if (matches.length === 1) {
      resolved.set(report, matches[0]!);
      report.position = { id: matches[0]!.id, name: matches[0]!.name, matchedBy };
    } else if (matches.length > 1) {
      reject(
        report,
        'POSITION_AMBIGUOUS',
        `Ada ${matches.length} jabatan bernama "${read!.identity.positionName}" di instansi ini; unggah dokumen ini sendiri dan pilih jabatannya.`,
      );
    } else {
      reject(
        report,
        'POSITION_NOT_MATCHED',
        read!.identity.positionName
          ? `Jabatan "${read!.identity.positionName}"${read!.identity.positionCode ? ` (kode ${read!.identity.positionCode})` : ''} tidak ditemukan di peta jabatan instansi ini; tambahkan jabatannya, atau unggah dokumen ini sendiri dan pilih jabatannya.`
          : 'Dokumen tidak menyebut Nama Jabatan; unggah dokumen ini sendiri dan pilih jabatannya.',
      );
    }
  }
  const seen = new Map<string, DocumentReport>();
  for (const [report, position] of resolved) {
    const first = seen.get(position.id);
    if (first) {
      reject(
        report,
        'DUPLICATE_POSITION',
        `Dokumen "${first.fileName}" juga untuk jabatan ${position.name}; unggah satu dokumen per jabatan.`,
      );
      resolved.delete(report);
    } else seen.set(position.id, report);
  }
  return resolved;
}

function contentFor(
  position: PositionRow,
  base: JobStandard | null,
  read: ReadSkj,
  competencies: CompetencyRow[],
) {
  const identity = base
    ? { ...base.identity }
    : {
        ...emptyJobStandard({
          positionGroup: position.positionGroup as PositionGroup,
          jobLevel: position.jobLevel,
        }).identity,
        positionName: position.name,
        governmentAffair: position.governmentAffair,
        orgUnitName: position.orgUnitName,
        summary: position.summary,
        jobDescription: position.tasks ?? [],
      };
  if (read.identity.summary) identity.summary = read.identity.summary;
  return { identity, competencies, requirements: read.requirements } satisfies JobStandard;
}

const outcomeMessages = {
  created: (p: string, v: number) => `Draf SKJ baru (versi ${v}) dibuat untuk jabatan ${p}.`,
  replaced: (p: string, v: number) => `Isi draf SKJ jabatan ${p} (versi ${v}) diganti dengan isi dokumen.`,
  revised: (p: string, v: number) =>
    `SKJ jabatan ${p} yang sudah ditetapkan tidak diubah; draf revisi versi ${v} dibuat dengan isi dokumen.`,
} as const;

export async function importStandardDocuments(
  ctx: ServiceContext,
  agencyId: string,
  documents: UploadedDocument[],
  options: { positionId?: string | undefined } = {},
) {
  authorizeStandardDocumentImport(ctx, agencyId);
  if (documents.length === 0)
    throw new DomainError('INVALID_UPLOAD', 'Pilih minimal satu dokumen Word (.docx).');
  if (documents.length > maxDocumentsPerUpload) {
    throw new DomainError(
      'TOO_MANY_DOCUMENTS',
      `Paling banyak ${maxDocumentsPerUpload} dokumen sekali unggah; bagi menjadi beberapa unggahan.`,
      { limit: maxDocumentsPerUpload },
    );
  }
  if (options.positionId && documents.length > 1) {
    throw new DomainError(
      'POSITION_CHOICE_NEEDS_ONE_DOCUMENT',
      'Jabatan hanya dapat dipilih saat mengunggah satu dokumen; tanpa pilihan, jabatan dicocokkan dari isi dokumen.',
    );
  }
  const { readSkjDocx } = await import('../exports/skj-docx');
  const reads = documents.map((document) => {
    const report = blankReport(document.fileName);
    if (document.bytes.length === 0) {
      reject(report, 'EMPTY_FILE', 'Berkas kosong.');
      return { report, read: null };
    }
    try {
      const read = readSkjDocx(document.bytes);
      report.documentPositionName = read.identity.positionName;
      report.notes = read.notes;
      return { report, read };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      reject(report, error.code, error.message);
      return { report, read: null };
    }
  });
  const positions = await resolvePositions(ctx, agencyId, reads, options.positionId);
  const candidates = await listMatchableCompetencies(ctx.db, agencyId);
  const built = new Map<DocumentReport, CompetencyRow[]>();
  for (const { report, read } of reads) {
    if (!read || !positions.has(report)) continue;
    const matching = matchCompetencies(read.competencies, candidates, agencyId);
    const composable = new Map(
      (
        await loadComposableCompetencies(ctx.db, [...new Set(matching.matched.map((m) => m.competencyId))])
      ).map((c) => [c.id, c]),
    );
    const rows: CompetencyRow[] = [];
    report.unmatched = matching.unmatched;
    for (const [k, match] of matching.matched.entries()) {
      const source = read.competencies[matching.sourceIndex[k]!]!;
      const competency = composable.get(match.competencyId)!;
      const row = competencyRowFromDictionary(competency, {
        kind: competency.kind,
        requiredLevel: match.level,
        dictionaryVersionId: competency.dictionaryVersionId,
        importance: source.importance ?? (competency.kind === 'technical' ? 'essential' : null),
      });
      if (!row) {
        report.unmatched.push({
          kind: competency.kind,
          name: source.name,
          code: source.code,
          levelText: source.levelText,
          reason: 'LEVEL_NOT_IN_DICTIONARY',
          message: `Kamus "${match.dictionaryName}" tidak memuat level ${match.level} untuk ${competency.name}.`,
        });
        continue;
      }
      // The document's text is what the agency agreed on; the dictionary's stays as the row's source.
      if (source.description) row.levelDescription = source.description;
      if (source.indicators.length > 0) row.behaviourIndicators = source.indicators;
      rows.push(row);
      report.matched.push(match);
    }
    if (rows.length === 0 && read.competencies.length > 0) {
      report.notes.push({
        code: 'NO_COMPETENCY_MATCHED',
        message: 'Tidak ada kompetensi yang cocok dengan kamus; draf dibuat tanpa kompetensi.',
      });
    }
    built.set(report, rows);
  }
  const policy = await effectivePolicy(ctx.db, agencyId);
  const reports = reads.map((r) => r.report);
  const fail = () => {
    const rejected = reports.filter((r) => r.outcome === 'rejected');
    for (const report of reports) {
      if (report.outcome === 'rejected') continue;
      report.outcome = 'ready';
      report.standard = null;
      report.message =
        'Dokumen ini dapat diimpor, tetapi tidak disimpan karena ada dokumen lain yang ditolak.';
    }
    const codes = [...new Set(rejected.map((r) => r.code))];
    throw new DomainError(
      codes.length === 1 && codes[0] ? codes[0] : 'DOCX_IMPORT_REJECTED',
      `Tidak ada SKJ yang disimpan: ${rejected.length} dari ${reports.length} dokumen tidak dapat diimpor. ${rejected
        .map((r) => `${r.fileName}: ${r.message}`)
        .join(' ')}`,
      { documents: reports },
    );
  };
  if (reports.some((r) => r.outcome === 'rejected')) fail();
  return ctx.db.transaction(async (tx) => {
    const counts = { created: 0, replaced: 0, revised: 0 };
    for (const { report, read } of reads) {
      const position = positions.get(report)!;
      const open = await findOpenStandardForPosition(tx, position.id);
      const [latest] = await tx
        .select()
        .from(jobStandards)
        .where(and(eq(jobStandards.positionId, position.id)))
        .orderBy(desc(jobStandards.version))
        .limit(1);
      const record = latest && {
        agencyId: latest.agencyId,
        status: latest.status as StandardStatus,
        submittedBy: latest.submittedBy,
      };
      if (open && open.status !== 'draft') {
        reject(
          report,
          'STANDARD_IN_REVIEW',
          `SKJ jabatan ${position.name} sedang diverifikasi/divalidasi; kembalikan ke draf dulu, lalu impor ulang.`,
        );
        continue;
      }
      const content = contentFor(
        position,
        latest ? (latest.content as JobStandard) : null,
        read!,
        built.get(report)!,
      );
      let id: string;
      let version: number;
      let outcome: Exclude<DocumentOutcome, 'rejected' | 'ready'>;
      if (open && latest && record) {
        jobStandardPolicy.authorize(ctx.actor, 'update', record);
        ({ id, version } = latest);
        await updateStandardContent(tx, id, content);
        outcome = 'replaced';
      } else if (latest && record) {
        jobStandardPolicy.authorize(ctx.actor, 'revise', { ...record, latest: true });
        version = latest.version + 1;
        id = await insertStandard(tx, {
          lineageId: latest.lineageId,
          version,
          agencyId,
          positionId: position.id,
          content,
          policyName: policy.name,
          originStandardId: latest.originStandardId,
          createdBy: ctx.actor.userId,
        });
        outcome = 'revised';
      } else {
        version = 1;
        id = await insertStandard(tx, {
          version,
          agencyId,
          positionId: position.id,
          content,
          policyName: policy.name,
          createdBy: ctx.actor.userId,
        });
        outcome = 'created';
      }
      counts[outcome]++;
      report.outcome = outcome;
      report.standard = { id, version };
      report.message = outcomeMessages[outcome](position.name, version);
      await recordAudit(tx, {
        userId: ctx.actor.userId,
        agencyId,
        entity: 'jobStandard',
        entityId: id,
        action:
          outcome === 'created'
            ? 'importWordCreate'
            : outcome === 'revised'
              ? 'importWordRevision'
              : 'importWord',
        diff: {
          fileName: report.fileName,
          matched: report.matched.length,
          unmatched: report.unmatched.map((u) => ({ name: u.name, reason: u.reason })),
          ...(latest ? { changes: diffStandards(latest.content as JobStandard, content) } : {}),
        },
      });
    }
    if (reports.some((r) => r.outcome === 'rejected')) fail(); // rolls the transaction back
    return { documents: reports, ...counts };
  });
}
