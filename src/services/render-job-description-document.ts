/**
 * The job description of a position as a document (DOCX or PDF), and its tasks as the flat Excel
 * sheet the task import reads back. Visible to whoever may read the position's job description.
 */
import { eq } from 'drizzle-orm';
import { findJobDescription, loadWorkloadPolicy } from '../db/repositories/job-description-repository';
import { agencies, jobDescriptionVersions } from '../db/schema';
import type { JobDescriptionDocumentInput } from '../documents/job-description-outline';
import { DomainError } from '../domain/errors';
import { computeWorkload } from '../domain/workload';
import type { ServiceContext } from './context';
import { documentFileName } from './document-files';
import { contentTypes, type DocumentFormat } from './document-formats';
import { loadReadablePosition } from './job-description-access';

async function loadStored(ctx: ServiceContext, positionId: string) {
  const position = await loadReadablePosition(ctx, positionId);
  const row = await findJobDescription(ctx.db, position.id);
  if (!row) {
    throw new DomainError(
      'JOB_DESCRIPTION_NOT_FOUND',
      'Jabatan ini belum memiliki uraian jabatan yang disimpan.',
    );
  }
  const [agency] = await ctx.db
    .select({ name: agencies.name })
    .from(agencies)
    .where(eq(agencies.id, position.agencyId));
  const policy = await loadWorkloadPolicy(ctx.db, position.agencyId);
  return {
    position,
    row,
    agencyName: agency?.name ?? '',
    workload: computeWorkload(row.content.tasks, policy),
  };
}

export async function renderJobDescriptionDocument(
  ctx: ServiceContext,
  positionId: string,
  format: DocumentFormat,
) {
  const { position, row, agencyName, workload } = await loadStored(ctx, positionId);
  let ratifiedAt: Date | null = null;
  if (row.status === 'ratified') {
    const versions = await ctx.db
      .select({ version: jobDescriptionVersions.version, ratifiedAt: jobDescriptionVersions.ratifiedAt })
      .from(jobDescriptionVersions)
      .where(eq(jobDescriptionVersions.jobDescriptionId, row.id));
    ratifiedAt = versions.find((v) => v.version === row.version)?.ratifiedAt ?? null;
  }
  const input: JobDescriptionDocumentInput = {
    content: row.content,
    workload,
    meta: {
      agencyName,
      positionName: position.name,
      orgUnitName: position.orgUnitName,
      jobLevel: position.jobLevel,
      version: row.version,
      status: row.status,
      ratifiedAt,
      generatedAt: new Date(),
    },
  };
  // Loaded on first use: docx and pdfmake cost a few hundred ms of server start otherwise.
  const bytes =
    format === 'pdf'
      ? await (await import('../documents/pdf-job-description')).renderJobDescriptionPdf(input)
      : await (await import('../documents/docx-job-description')).renderJobDescriptionDocx(input);
  return {
    bytes,
    fileName: documentFileName(['Uraian-Jabatan', position.name, `v${row.version}`], format),
    contentType: contentTypes[format],
  };
}

export async function exportJobDescriptionTasks(ctx: ServiceContext, positionId: string) {
  const { position, row, agencyName, workload } = await loadStored(ctx, positionId);
  const { tasksWorkbook } = await import('../exports/job-description-tasks-xlsx');
  const bytes = await tasksWorkbook({
    agencyName,
    positionName: position.name,
    orgUnitName: position.orgUnitName,
    tasks: row.content.tasks,
    workload,
  });
  return {
    bytes,
    fileName: documentFileName(['Uraian-Tugas', position.name], 'xlsx'),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
