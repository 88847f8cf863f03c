/**
 * An agency's identity for official documents: read it, change it, upload or remove its logo
 * (agency admin or superadmin, audited), and load it for the document renderers.
 */
import type { Db } from '../db/client';
import {
  type AgencyIdentityRow,
  type AgencyIdentityValues,
  findAgencyIdentityRow,
  updateAgencyIdentity as updateAgencyIdentityRow,
} from '../db/repositories/agency-repository';
import { recordAudit } from '../db/repositories/audit-repository';
import { type AgencyIdentity, checkLogo, normalizeNip, type Signer } from '../domain/agency-identity';
import { DomainError } from '../domain/errors';
import type { AgencyKind } from '../domain/roles';
import { agencyPolicy } from '../policies';
import type { ServiceContext } from './context';

function signer(title: string | null, name: string | null, nip: string | null): Signer | null {
  if (!title?.trim() && !name?.trim()) return null;
  return { title: title ?? '', name: name ?? '', nip: nip || null };
}

function logoOf(row: NonNullable<AgencyIdentityRow>) {
  if (!row.logoData || !row.logoContentType) return null;
  const bytes = new Uint8Array(Buffer.from(row.logoData, 'base64'));
  // Stored logos passed the checks when uploaded; read the size again for the layout.
  const name = row.logoContentType === 'image/svg+xml' ? 'logo.svg' : 'logo.png';
  return checkLogo(bytes, name);
}

async function loadRow(db: Db, agencyId: string) {
  const row = await findAgencyIdentityRow(db, agencyId);
  if (!row) throw new DomainError('AGENCY_NOT_FOUND', 'Instansi tidak ditemukan.');
  return row;
}

/** The identity as the renderers take it; no authorization (the caller has loaded a visible record). */
export async function loadAgencyIdentity(db: Db, agencyId: string): Promise<AgencyIdentity> {
  const row = await loadRow(db, agencyId);
  return {
    name: row.name,
    kind: row.kind as AgencyKind,
    officialName: row.officialName?.trim() || row.name,
    letterheadUnit: row.letterheadUnit,
    address: row.address,
    phone: row.phone,
    website: row.website,
    email: row.email,
    place: row.place,
    province: row.province,
    head: signer(row.headTitle, row.headName, row.headNip),
    staffingOfficial: signer(row.staffingTitle, row.staffingName, row.staffingNip),
    logo: logoOf(row),
  };
}

function view(ctx: ServiceContext, row: NonNullable<AgencyIdentityRow>) {
  const logo = logoOf(row);
  return {
    agencyId: row.id,
    name: row.name,
    officialName: row.officialName,
    letterheadUnit: row.letterheadUnit,
    address: row.address,
    phone: row.phone,
    website: row.website,
    email: row.email,
    place: row.place,
    province: row.province,
    head: { title: row.headTitle, name: row.headName, nip: row.headNip },
    staffingOfficial: { title: row.staffingTitle, name: row.staffingName, nip: row.staffingNip },
    logo: logo
      ? {
          contentType: logo.contentType,
          width: Math.round(logo.width),
          height: Math.round(logo.height),
          bytes: logo.bytes.length,
        }
      : null,
    updatedAt: row.identityUpdatedAt?.toISOString() ?? null,
    permissions: agencyPolicy.permissions(ctx.actor, { id: row.id }),
  };
}

export async function getAgencyIdentity(ctx: ServiceContext, agencyId: string) {
  agencyPolicy.authorize(ctx.actor, 'read', { id: agencyId });
  return view(ctx, await loadRow(ctx.db, agencyId));
}

export interface SignerInput {
  title: string | null;
  name: string | null;
  nip: string | null;
}

export interface AgencyIdentityInput {
  officialName: string | null;
  letterheadUnit: string | null;
  address: string | null;
  phone: string | null;
  website: string | null;
  email: string | null;
  place: string | null;
  province: string | null;
  head: SignerInput;
  staffingOfficial: SignerInput;
  /** Removes the stored logo (a new one is uploaded with its own request). */
  removeLogo?: boolean | undefined;
}

const blankToNull = (text: string | null) => (text?.trim() ? text.trim() : null);

export async function updateAgencyIdentity(
  ctx: ServiceContext,
  agencyId: string,
  input: AgencyIdentityInput,
) {
  agencyPolicy.authorize(ctx.actor, 'updateIdentity', { id: agencyId });
  const nip = (value: string | null, field: string, label: string) =>
    value?.trim() ? normalizeNip(value, field, label) : null;
  const values: AgencyIdentityValues = {
    officialName: blankToNull(input.officialName),
    letterheadUnit: blankToNull(input.letterheadUnit),
    address: blankToNull(input.address),
    phone: blankToNull(input.phone),
    website: blankToNull(input.website),
    email: blankToNull(input.email),
    place: blankToNull(input.place),
    province: blankToNull(input.province),
    headTitle: blankToNull(input.head.title),
    headName: blankToNull(input.head.name),
    headNip: nip(input.head.nip, 'head.nip', 'NIP kepala instansi'),
    staffingTitle: blankToNull(input.staffingOfficial.title),
    staffingName: blankToNull(input.staffingOfficial.name),
    staffingNip: nip(input.staffingOfficial.nip, 'staffingOfficial.nip', 'NIP pejabat kepegawaian'),
  };
  return ctx.db.transaction(async (tx) => {
    const before = await loadRow(tx, agencyId);
    await updateAgencyIdentityRow(tx, agencyId, {
      ...values,
      ...(input.removeLogo ? { logoData: null, logoContentType: null } : {}),
    });
    const { logoData: _data, ...beforeFields } = before;
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId,
      entity: 'agencyIdentity',
      entityId: agencyId,
      action: 'update',
      diff: { before: beforeFields, after: { ...values, removeLogo: Boolean(input.removeLogo) } },
    });
    return view(ctx, await loadRow(tx, agencyId));
  });
}

export async function setAgencyLogo(
  ctx: ServiceContext,
  agencyId: string,
  file: { bytes: Uint8Array; fileName: string },
) {
  agencyPolicy.authorize(ctx.actor, 'updateIdentity', { id: agencyId });
  const logo = checkLogo(file.bytes, file.fileName);
  return ctx.db.transaction(async (tx) => {
    await loadRow(tx, agencyId);
    await updateAgencyIdentityRow(tx, agencyId, {
      logoData: Buffer.from(logo.bytes).toString('base64'),
      logoContentType: logo.contentType,
    });
    await recordAudit(tx, {
      userId: ctx.actor.userId,
      agencyId,
      entity: 'agencyIdentity',
      entityId: agencyId,
      action: 'uploadLogo',
      diff: { fileName: file.fileName, contentType: logo.contentType, bytes: logo.bytes.length },
    });
    return view(ctx, await loadRow(tx, agencyId));
  });
}

/** The logo's bytes for a preview, or LOGO_NOT_FOUND. */
export async function readAgencyLogo(ctx: ServiceContext, agencyId: string) {
  agencyPolicy.authorize(ctx.actor, 'read', { id: agencyId });
  const logo = logoOf(await loadRow(ctx.db, agencyId));
  if (!logo) throw new DomainError('LOGO_NOT_FOUND', 'Instansi ini belum memiliki logo.');
  return logo;
}
