/**
 * One standard version as an official document (DOCX or PDF), or as its formulation record
 * (Dokumen Rumusan Kompetensi) with the workflow history and signature blocks. Visible exactly
 * when the standard is (see job-standard-access.ts).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { listStandardTransitions } from '../db/repositories/job-standard-repository';
import { agencies, jobStandards, jobStandardTransitions } from '../db/schema';
import type { RecordDocumentInput } from '../documents/record-outline';
import type { StandardAction, StandardStatus } from '../domain/job-standard-workflow';
import type { ServiceContext } from './context';
import { documentFileName } from './document-files';
import { contentTypes, type DocumentFormat } from './document-formats';
import { loadVisibleStandard } from './job-standard-access';
import { loadAgencyIdentity } from './manage-agency-identity';

/** Where a standard adopted as is came from (its first transition is the adoption). */
export async function adoptedFrom(
  db: Db,
  standard: { id: string; originStandardId: string | null; positionCode: string | null },
) {
  if (!standard.originStandardId || !standard.positionCode) return null;
  const [first] = await db
    .select({ action: jobStandardTransitions.action })
    .from(jobStandardTransitions)
    .where(eq(jobStandardTransitions.standardId, standard.id))
    .orderBy(jobStandardTransitions.id)
    .limit(1);
  if (first?.action !== 'adopt') return null;
  const [origin] = await db
    .select({ agencyName: agencies.name })
    .from(jobStandards)
    .innerJoin(agencies, eq(agencies.id, jobStandards.agencyId))
    .where(eq(jobStandards.id, standard.originStandardId));
  return origin ? { agencyName: origin.agencyName, positionCode: standard.positionCode } : null;
}

export const standardDocumentKinds = ['document', 'record'] as const;
export type StandardDocumentKind = (typeof standardDocumentKinds)[number];

export async function renderStandardDocument(
  ctx: ServiceContext,
  id: string,
  kind: StandardDocumentKind,
  format: DocumentFormat,
) {
  const standard = await loadVisibleStandard(ctx.db, ctx.actor, id);
  const identity = await loadAgencyIdentity(ctx.db, standard.agencyId);
  const input: RecordDocumentInput = {
    standard: standard.content,
    meta: {
      agencyName: identity.officialName,
      version: standard.version,
      status: standard.status,
      ratifiedAt: standard.ratifiedAt,
      positionCode: standard.positionCode,
      generatedAt: new Date(),
      identity,
      adoptedFrom: await adoptedFrom(ctx.db, standard),
    },
    transitions: [],
  };
  let bytes: Buffer;
  if (kind === 'record') {
    input.transitions = (await listStandardTransitions(ctx.db, [id])).map((t) => ({
      action: t.action as StandardAction,
      fromStatus: t.fromStatus as StandardStatus | null,
      toStatus: t.toStatus as StandardStatus,
      actorName: t.actorName,
      actorRole: t.actorRole,
      actorNip: t.actorNip,
      actorTitle: t.actorTitle,
      at: t.at,
      comment: t.comment,
    }));
    // Loaded on first use: docx and pdfmake cost a few hundred ms of server start otherwise.
    bytes =
      format === 'pdf'
        ? await (await import('../documents/pdf-record')).renderRecordPdf(input)
        : await (await import('../documents/docx-record')).renderRecordDocx(input);
  } else {
    bytes =
      format === 'pdf'
        ? await (await import('../documents/pdf-standard')).renderStandardPdf(input)
        : await (await import('../documents/docx-standard')).renderStandardDocx(input);
  }
  const prefix = kind === 'record' ? 'Rumusan-Kompetensi' : 'SKJ';
  return {
    bytes,
    fileName: documentFileName([prefix, standard.positionName, `v${standard.version}`], format),
    contentType: contentTypes[format],
  };
}
