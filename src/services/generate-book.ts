/**
 * The book of standards (Buku SKJ) of an agency or of one org unit with its sub-units: which
 * standard goes in per position (the latest ratified version, else the latest version, marked
 * DRAFT), in org-unit order; started as a background job from the API (rendered by whichever
 * instance's worker claims it, from the standards as they are then), run in place by the CLI.
 */

import type { Db } from '../db/client';
import { findAgency, listOrgUnits } from '../db/repositories/agency-repository';
import { recordAudit } from '../db/repositories/audit-repository';
import { countActiveJobs, insertBackgroundJob } from '../db/repositories/background-job-repository';
import { listBookPositions, listBookStandards } from '../db/repositories/book-repository';
import type { BookInput, BookProgress } from '../documents/book-outline';
import { DomainError } from '../domain/errors';
import { jobLevels } from '../domain/reference';
import { bookPolicy, maxActiveJobsPerAgency } from '../policies/background-job';
import type { ServiceContext } from './context';
import { documentFileName } from './document-files';
import { contentTypes, type DocumentFormat } from './document-formats';
import type { JobOutput, JobQueue, JobRunContext } from './job-queue';
import { getVisibleAgency } from './manage-agencies';
import { loadAgencyIdentity } from './manage-agency-identity';
import { renderBook, renderBookInWorker } from './render-book';

export const bookJobKind = 'standardBook';

export interface BookRequest {
  format: DocumentFormat;
  orgUnitId?: string | undefined;
}

const collator = new Intl.Collator('id');
const levelOrder = new Map(jobLevels.map((level, k) => [level.code, k]));

/** Org unit ids in depth-first order (siblings by name), from `rootId` or from every root. */
function unitOrder(units: { id: string; parentId: string | null; name: string }[], rootId: string | null) {
  const children = new Map<string | null, typeof units>();
  for (const unit of units) {
    const parent = unit.parentId && units.some((u) => u.id === unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const order: string[] = [];
  const visit = (id: string) => {
    order.push(id);
    for (const child of (children.get(id) ?? []).sort((a, b) => collator.compare(a.name, b.name)))
      visit(child.id);
  };
  if (rootId) visit(rootId);
  else
    for (const root of (children.get(null) ?? []).sort((a, b) => collator.compare(a.name, b.name)))
      visit(root.id);
  return order;
}

/** Everything the renderer needs, read in a few queries. */
export async function collectBook(
  db: Db,
  agency: { id: string; code: string; name: string },
  orgUnitId: string | null,
  now = new Date(),
): Promise<{ book: BookInput; scopeCode: string | null }> {
  const units = await listOrgUnits(db, agency.id);
  const scope = orgUnitId ? units.find((u) => u.id === orgUnitId) : null;
  if (orgUnitId && !scope) {
    throw new DomainError('VALIDATION_FAILED', 'Unit organisasi tidak ditemukan pada instansi ini.', {
      issues: [{ path: 'orgUnitId', message: 'Unit organisasi tidak ditemukan pada instansi ini' }],
    });
  }
  const order = unitOrder(units, orgUnitId);
  const rank = new Map(order.map((id, k) => [id, k]));
  const [positions, standards, identity] = await Promise.all([
    listBookPositions(db, agency.id),
    listBookStandards(db, agency.id),
    loadAgencyIdentity(db, agency.id),
  ]);
  const standardByPosition = new Map(standards.map((s) => [s.position_id, s]));
  const inScope = positions
    .filter((p) => (orgUnitId ? p.orgUnitId !== null && rank.has(p.orgUnitId) : true))
    .sort(
      (a, b) =>
        (a.orgUnitId ? (rank.get(a.orgUnitId) ?? 0) : -1) -
          (b.orgUnitId ? (rank.get(b.orgUnitId) ?? 0) : -1) ||
        (levelOrder.get(a.jobLevel) ?? 99) - (levelOrder.get(b.jobLevel) ?? 99) ||
        collator.compare(a.name, b.name),
    );
  const book: BookInput = {
    agencyName: agency.name,
    scopeName: scope?.name ?? null,
    generatedAt: now,
    entries: [],
    positionsWithoutStandard: [],
  };
  for (const position of inScope) {
    const standard = standardByPosition.get(position.id);
    if (!standard) {
      book.positionsWithoutStandard.push({ unitName: position.orgUnitName, positionName: position.name });
      continue;
    }
    book.entries.push({
      unitName: position.orgUnitName,
      document: {
        standard: standard.content,
        meta: {
          agencyName: identity.officialName,
          identity,
          version: standard.version,
          status: standard.status,
          ratifiedAt: standard.ratified_at ? new Date(standard.ratified_at) : null,
          positionCode: standard.position_code,
          generatedAt: now,
        },
      },
    });
  }
  return { book, scopeCode: scope ? (scope.code ?? scope.name) : null };
}

function bookFileName(agencyCode: string, scopeCode: string | null, format: DocumentFormat) {
  return documentFileName(['Buku-SKJ', agencyCode, scopeCode], format);
}

function emptyBookError(orgUnitId: string | null | undefined) {
  return new DomainError(
    'BOOK_EMPTY',
    orgUnitId
      ? 'Belum ada SKJ untuk jabatan pada unit organisasi ini; buku tidak dapat dibuat.'
      : 'Belum ada SKJ untuk jabatan pada instansi ini; buku tidak dapat dibuat.',
  );
}

interface BookJobParams {
  format: DocumentFormat;
  orgUnitId: string | null;
}

/** `POST /api/agencies/:id/books`: checks, records the job and its audit entry, wakes the queue. */
export async function startBook(ctx: ServiceContext, jobs: JobQueue, agencyId: string, input: BookRequest) {
  const { db, actor } = ctx;
  bookPolicy.authorize(actor, 'generate', { agencyId });
  const agency = await getVisibleAgency(ctx, agencyId);
  const { book } = await collectBook(db, agency, input.orgUnitId ?? null);
  if (book.entries.length === 0) throw emptyBookError(input.orgUnitId);
  const params: BookJobParams = { format: input.format, orgUnitId: input.orgUnitId ?? null };
  const jobId = await db.transaction(async (tx) => {
    if ((await countActiveJobs(tx, agencyId, [bookJobKind])) >= maxActiveJobsPerAgency) {
      throw new DomainError(
        'JOB_QUEUE_FULL',
        `Sudah ada ${maxActiveJobsPerAgency} Buku SKJ instansi ini yang sedang dibuat atau menunggu. Tunggu salah satunya selesai, lalu coba lagi.`,
        { limit: maxActiveJobsPerAgency },
      );
    }
    const id = await insertBackgroundJob(tx, {
      agencyId,
      kind: bookJobKind,
      params,
      total: book.entries.length,
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      userId: actor.userId,
      agencyId,
      entity: 'backgroundJob',
      entityId: id,
      action: 'generateBook',
      diff: { ...params, positions: book.entries.length },
    });
    return id;
  });
  jobs.wake();
  return { jobId };
}

/** The queue's handler of a book job: collects the book now and renders it in a worker thread. */
export async function runBookJob({ job, database, signal, report }: JobRunContext): Promise<JobOutput> {
  const params = job.params as BookJobParams;
  const agency = await findAgency(database.db, job.agencyId);
  if (!agency) throw new DomainError('AGENCY_NOT_FOUND', 'Instansi tidak ditemukan.');
  const { book, scopeCode } = await collectBook(database.db, agency, params.orgUnitId);
  if (book.entries.length === 0) throw emptyBookError(params.orgUnitId);
  const failures: { item: string; message: string }[] = [];
  const result = await renderBookInWorker(
    params.format,
    book,
    (done, total, failure) => {
      if (failure) failures.push(failure);
      report({ done, total, failures: [...failures] });
    },
    signal,
  );
  return {
    bytes: result.bytes,
    done: book.entries.length,
    total: book.entries.length,
    failures: result.failures,
    extension: params.format,
    downloadName: bookFileName(agency.code, scopeCode, params.format),
    contentType: contentTypes[params.format],
  };
}

/** The CLI's book: rendered in place, progress reported to `onProgress`. */
export async function generateBook(
  db: Db,
  agency: { id: string; code: string; name: string },
  input: BookRequest,
  onProgress?: BookProgress,
) {
  const { book, scopeCode } = await collectBook(db, agency, input.orgUnitId ?? null);
  const result = await renderBook(input.format, book, onProgress);
  return {
    ...result,
    total: book.entries.length,
    withoutStandard: book.positionsWithoutStandard.length,
    fileName: bookFileName(agency.code, scopeCode, input.format),
  };
}
