/** The agency's identity for official documents: letterhead, signers, logo. */
import type { z } from 'zod';
import type { agencyIdentity, agencyIdentityBody } from '../../../api/agencies/schema';
import { request } from '../../shared/api/request';

export type AgencyIdentity = z.infer<typeof agencyIdentity>;
/** What the form sends: the letterhead lines and signers; `removeLogo` drops the uploaded logo. */
export type AgencyIdentityInput = z.input<typeof agencyIdentityBody>;

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
