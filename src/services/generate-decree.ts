/**
 * The decree ratifying an agency's standards (Keputusan … tentang Standar Kompetensi Jabatan di
 * Lingkungan …): the form's defaults, and the document with the agency's ratified standards as
 * its lampiran, rendered as a background job like the book.
 */

import { findAgency } from '../db/repositories/agency-repository';
import { recordAudit } from '../db/repositories/audit-repository';
import { countActiveJobs, insertBackgroundJob } from '../db/repositories/background-job-repository';
import { type DecreeText, decreeSubject, defaultDecreeText, issuerTitle } from '../documents/decree-outline';
import { DomainError } from '../domain/errors';
import { bookPolicy, maxActiveJobsPerAgency } from '../policies/background-job';
import type { ServiceContext } from './context';
import { documentFileName } from './document-files';
import { contentTypes, type DocumentFormat } from './document-formats';
import { collectBook } from './generate-book';
import type { JobOutput, JobQueue, JobRunContext } from './job-queue';
import { getVisibleAgency } from './manage-agencies';
import { loadAgencyIdentity } from './manage-agency-identity';
import { renderDecreeInWorker } from './render-book';

export const decreeJobKind = 'standardDecree';

export interface DecreeRequest {
  format: DocumentFormat;
  number: string;
  /** ISO date of signing. */
  date: string;
  considerations?: string[] | undefined;
  legalBases?: string[] | undefined;
  decisions?: string[] | undefined;
}

/** What the decree form starts from: issuer, subject, default texts, what the lampiran holds. */
export async function getDecreeTemplate(ctx: ServiceContext, agencyId: string) {
  bookPolicy.authorize(ctx.actor, 'generate', { agencyId });
  const agency = await getVisibleAgency(ctx, agencyId);
  const identity = await loadAgencyIdentity(ctx.db, agencyId);
  const { book } = await collectBook(ctx.db, agency, null);
  const ratified = book.entries.filter((e) => e.document.meta.status === 'ratified');
  const missing = [
    identity.head ? null : 'kepala instansi (penanda tangan keputusan)',
    identity.place ? null : 'tempat penetapan',
  ].filter((m): m is string => m !== null);
  return {
    issuer: issuerTitle(identity),
    subject: decreeSubject(identity),
    text: defaultDecreeText(identity),
    ratifiedStandards: ratified.length,
    /** Parts of the agency's identity the decree needs and the admin has not filled in. */
    missingIdentity: missing,
  };
}

interface DecreeJobParams {
  format: DocumentFormat;
  number: string;
  date: string;
  text: DecreeText;
}

/** `POST /api/agencies/:id/decrees`: checks, records the job and its audit entry, wakes the queue. */
export async function startDecree(
  ctx: ServiceContext,
  jobs: JobQueue,
  agencyId: string,
  input: DecreeRequest,
) {
  bookPolicy.authorize(ctx.actor, 'generate', { agencyId });
  const agency = await getVisibleAgency(ctx, agencyId);
  const identity = await loadAgencyIdentity(ctx.db, agencyId);
  const date = new Date(`${input.date}T00:00:00+07:00`);
  // PermenPAN-RB 38/2017, the decree's ground, was enacted on 29 December 2017.
  if (Number.isNaN(date.getTime()) || input.date < '2017-12-29') {
    throw new DomainError(
      'DECREE_DATE_INVALID',
      'Tanggal keputusan harus sesudah berlakunya PermenPAN-RB 38/2017 (29 Desember 2017).',
      { issues: [{ path: 'date', message: 'Tanggal terlalu awal' }] },
    );
  }
  const { book } = await collectBook(ctx.db, agency, null, date);
  const standards = book.entries.filter((e) => e.document.meta.status === 'ratified').map((e) => e.document);
  if (standards.length === 0) {
    throw new DomainError(
      'DECREE_EMPTY',
      'Belum ada SKJ yang ditetapkan pada instansi ini; keputusan tidak dapat dibuat tanpa lampiran.',
    );
  }
  const defaults = defaultDecreeText(identity);
  const text: DecreeText = {
    considerations: input.considerations?.length ? input.considerations : defaults.considerations,
    legalBases: input.legalBases?.length ? input.legalBases : defaults.legalBases,
    decisions: input.decisions?.length ? input.decisions : defaults.decisions,
  };
  const params: DecreeJobParams = { format: input.format, number: input.number, date: input.date, text };
  const jobId = await ctx.db.transaction(async (tx) => {
    if ((await countActiveJobs(tx, agencyId, [decreeJobKind])) >= maxActiveJobsPerAgency) {
      throw new DomainError(
        'JOB_QUEUE_FULL',
        `Sudah ada ${maxActiveJobsPerAgency} keputusan instansi ini yang sedang dibuat atau menunggu. Tunggu salah satunya selesai, lalu coba lagi.`,
        { limit: maxActiveJobsPerAgency },
      );
    }
    const id = await insertBackgroundJob(tx, {
      agencyId,
      kind: decreeJobKind,
      params,
      total: standards.length,
      createdBy: ctx.actor.userId,
    });
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId,
      entity: 'backgroundJob',
      entityId: id,
      action: 'generateDecree',
      diff: { ...params, standards: standards.length },
    });
    return id;
  });
  jobs.wake();
  return { jobId };
}

/**
 * The queue's handler of a decree job: the identity and the ratified standards are read when it
 * runs (as the book's are), the number, date and texts are those of the form.
 */
export async function runDecreeJob({ job, database, signal, report }: JobRunContext): Promise<JobOutput> {
  const params = job.params as DecreeJobParams;
  const agency = await findAgency(database.db, job.agencyId);
  if (!agency) throw new DomainError('AGENCY_NOT_FOUND', 'Instansi tidak ditemukan.');
  const identity = await loadAgencyIdentity(database.db, agency.id);
  const date = new Date(`${params.date}T00:00:00+07:00`);
  const { book } = await collectBook(database.db, agency, null, date);
  const standards = book.entries.filter((e) => e.document.meta.status === 'ratified').map((e) => e.document);
  if (standards.length === 0) {
    throw new DomainError(
      'DECREE_EMPTY',
      'Belum ada SKJ yang ditetapkan pada instansi ini; keputusan tidak dapat dibuat tanpa lampiran.',
    );
  }
  report({ done: 0, total: standards.length, failures: [] });
  const result = await renderDecreeInWorker(
    params.format,
    { identity, number: params.number, date, text: params.text, standards },
    undefined,
    signal,
  );
  return {
    bytes: result.bytes,
    done: standards.length,
    total: standards.length,
    failures: result.failures,
    extension: params.format,
    downloadName: documentFileName(['Keputusan-SKJ', agency.code, params.date], params.format),
    contentType: contentTypes[params.format],
  };
}
