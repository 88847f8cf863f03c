/** The agency's identity for official documents: letterhead, signers, logo. */
import { request } from '../../shared/api/request';

export interface Signer {
  title: string | null;
  name: string | null;
  nip: string | null;
}

export interface AgencyIdentity {
  agencyId: string;
  name: string;
  officialName: string | null;
  letterheadUnit: string | null;
  address: string | null;
  phone: string | null;
  website: string | null;
  email: string | null;
  place: string | null;
  province: string | null;
  head: Signer;
  staffingOfficial: Signer;
  logo: { contentType: string; width: number; height: number; bytes: number } | null;
  updatedAt: string | null;
  permissions: Record<string, boolean>;
}

export type AgencyIdentityInput = Omit<
  AgencyIdentity,
  'agencyId' | 'name' | 'logo' | 'updatedAt' | 'permissions'
>;

const base = (agencyId: string) => `/agencies/${encodeURIComponent(agencyId)}`;

export function getAgencyIdentity(agencyId: string): Promise<{ identity: AgencyIdentity }> {
  return request(`${base(agencyId)}/identity`);
}

export function updateAgencyIdentity(
  agencyId: string,
  input: AgencyIdentityInput,
): Promise<{ identity: AgencyIdentity }> {
  return request(`${base(agencyId)}/identity`, { method: 'PUT', body: input });
}

export function uploadAgencyLogo(agencyId: string, file: File): Promise<{ identity: AgencyIdentity }> {
  const form = new FormData();
  form.append('file', file, file.name);
  return request(`${base(agencyId)}/logo`, { method: 'POST', body: form });
}

/** The logo as the documents print it (served with no-store: a re-mounted image fetches it again). */
export function agencyLogoUrl(agencyId: string): string {
  return `/api${base(agencyId)}/logo`;
}
