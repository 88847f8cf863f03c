/** Roles of SKJ users. National roles are not bound to one agency. */
export const roles = [
  'superadmin',
  'admin',
  'drafter',
  'verifier',
  'validator',
  'ratifier',
  'employee',
] as const;
export type Role = (typeof roles)[number];

export const nationalRoles: readonly Role[] = ['superadmin', 'ratifier'];

export function isNationalRole(role: Role): boolean {
  return nationalRoles.includes(role);
}

export const agencyKinds = ['ministry', 'province', 'regency', 'city'] as const;
export type AgencyKind = (typeof agencyKinds)[number];

/** Regional governments (Pemda) carry the mandatory regional technical competency. */
export function isRegionalAgency(kind: AgencyKind): boolean {
  return kind === 'province' || kind === 'regency' || kind === 'city';
}

/** "pemerintah kota": how a sentence names the kind of agency. */
export const agencyKindPhrases: Readonly<Record<AgencyKind, string>> = Object.freeze({
  ministry: 'kementerian/lembaga',
  province: 'pemerintah provinsi',
  regency: 'pemerintah kabupaten',
  city: 'pemerintah kota',
});
