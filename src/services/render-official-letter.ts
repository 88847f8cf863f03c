/**
 * Letters rendered on request (small, synchronous): the drafting campaign's SK Tim Penyusun,
 * Surat Perintah Tugas and weekly schedule, and a standard's nota dinas pengantar (SOP step 5).
 * Number and date come from the request; without a number the letter leaves a dotted line.
 */

import {
  listDecreeMembers,
  listSchedulePhases,
} from '../db/repositories/drafting-campaign-decree-repository';
import { listStandardTransitions } from '../db/repositories/job-standard-repository';
import { findUser } from '../db/repositories/user-repository';
import {
  assignmentLetterDocument,
  coverMemoDocument,
  scheduleDocument,
  teamDecreeDocument,
} from '../documents/campaign-letters-outline';
import type { LetterDocument } from '../documents/letter-outline';
import { staffingSigner } from '../documents/official-outline';
import { statusName } from '../documents/standard-outline';
import { DomainError } from '../domain/errors';
import type { ServiceContext } from './context';
import { documentFileName } from './document-files';
import { contentTypes, type DocumentFormat } from './document-formats';
import { loadDraftingCampaign } from './drafting-campaign-access';
import { loadVisibleStandard } from './job-standard-access';
import { loadAgencyIdentity } from './manage-agency-identity';

export const campaignLetterKinds = ['team-decree', 'assignment-letter', 'schedule'] as const;
export type CampaignLetterKind = (typeof campaignLetterKinds)[number];

export interface LetterRequest {
  number?: string | undefined;
  /** ISO date; default today (WIB). */
  date?: string | undefined;
  teamDecreeNumber?: string | undefined;
}

const dots = '....................';

function letterDate(iso: string | undefined): Date {
  if (!iso) return new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00+07:00`);
  return new Date(`${iso}T00:00:00+07:00`);
}

async function render(document: LetterDocument, format: DocumentFormat) {
  if (format === 'pdf') {
    const { renderLetterPdf } = await import('../documents/pdf-letter');
    return (await renderLetterPdf(document)).bytes;
  }
  const { renderLetterDocx } = await import('../documents/docx-letter');
  return renderLetterDocx(document);
}

const fileParts: Record<CampaignLetterKind, string> = {
  'team-decree': 'SK-Tim-Penyusun',
  'assignment-letter': 'Surat-Perintah-Tugas',
  schedule: 'Jadwal',
};

export async function renderCampaignLetter(
  ctx: ServiceContext,
  draftingCampaignId: string,
  kind: CampaignLetterKind,
  format: DocumentFormat,
  request: LetterRequest,
) {
  const { draftingCampaign } = await loadDraftingCampaign(ctx.db, ctx.actor, draftingCampaignId);
  const identity = await loadAgencyIdentity(ctx.db, draftingCampaign.agencyId);
  const campaign = {
    name: draftingCampaign.name,
    startsOn: draftingCampaign.startsOn,
    endsOn: draftingCampaign.endsOn,
  };
  const numbering = { number: request.number?.trim() || dots, date: letterDate(request.date) };
  let document: LetterDocument;
  if (kind === 'schedule') {
    document = scheduleDocument({
      identity,
      campaign,
      phases: await listSchedulePhases(ctx.db, draftingCampaignId),
      generatedAt: numbering.date,
    });
  } else {
    const members = await listDecreeMembers(ctx.db, draftingCampaignId);
    if (members.length === 0) {
      throw new DomainError(
        'DECREE_TEAM_EMPTY',
        'Susunan tim penyusun untuk surat keputusan belum diisi. Isi susunan tim (pengarah, penanggung jawab, ketua, anggota) lebih dahulu.',
      );
    }
    document =
      kind === 'team-decree'
        ? teamDecreeDocument({ identity, campaign, members, numbering })
        : assignmentLetterDocument({
            identity,
            campaign,
            members,
            numbering,
            teamDecreeNumber: request.teamDecreeNumber?.trim() || null,
          });
  }
  return {
    bytes: await render(document, format),
    fileName: documentFileName([fileParts[kind], draftingCampaign.name], format),
    contentType: contentTypes[format],
  };
}

/** Nota dinas pengantar from the person who submitted the standard (else the requester). */
export async function renderCoverMemo(
  ctx: ServiceContext,
  standardId: string,
  format: DocumentFormat,
  request: LetterRequest,
) {
  const standard = await loadVisibleStandard(ctx.db, ctx.actor, standardId);
  const identity = await loadAgencyIdentity(ctx.db, standard.agencyId);
  const submitted = (await listStandardTransitions(ctx.db, [standard.id])).findLast(
    (t) => t.action === 'submit',
  );
  const senderId = standard.submittedBy ?? ctx.actor.userId;
  const sender = await findUser(ctx.db, senderId);
  const recipient = staffingSigner(identity);
  const document = coverMemoDocument({
    identity,
    numbering: {
      number: request.number ?? null,
      date: request.date ? letterDate(request.date) : (submitted?.at ?? letterDate(undefined)),
    },
    sender: {
      title: sender?.positionTitle ?? '',
      name: sender?.fullName ?? '',
      nip: sender?.nip ?? null,
      unitName: standard.content.identity.orgUnitName,
    },
    recipientTitle: recipient?.title || 'Pejabat Pembina Kepegawaian',
    standard: {
      positionName: standard.positionName,
      orgUnitName: standard.content.identity.orgUnitName,
      version: standard.version,
      statusName: statusName(standard.status),
    },
  });
  return {
    bytes: await render(document, format),
    fileName: documentFileName(['Nota-Dinas', standard.positionName, `v${standard.version}`], format),
    contentType: contentTypes[format],
  };
}
