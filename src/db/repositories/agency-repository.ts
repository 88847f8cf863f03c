import { asc, eq } from 'drizzle-orm';
import type { AgencyKind } from '../../domain/roles';
import type { Db } from '../client';
import { agencies, orgUnits } from '../schema';

const agencyColumns = {
  id: agencies.id,
  code: agencies.code,
  name: agencies.name,
  kind: agencies.kind,
  createdAt: agencies.createdAt,
};

/** All agencies, or only the one given. */
export async function listAgencies(db: Db, onlyId?: string) {
  return db
    .select(agencyColumns)
    .from(agencies)
    .where(onlyId ? eq(agencies.id, onlyId) : undefined)
    .orderBy(asc(agencies.code));
}

export async function findAgency(db: Db, id: string) {
  const [agency] = await db.select(agencyColumns).from(agencies).where(eq(agencies.id, id));
  return agency;
}

export async function findAgencyByCode(db: Db, code: string) {
  const [agency] = await db.select(agencyColumns).from(agencies).where(eq(agencies.code, code));
  return agency;
}

export async function insertAgency(db: Db, values: { code: string; name: string; kind: AgencyKind }) {
  const [agency] = await db.insert(agencies).values(values).returning(agencyColumns);
  return agency!;
}

const orgUnitColumns = {
  id: orgUnits.id,
  agencyId: orgUnits.agencyId,
  parentId: orgUnits.parentId,
  code: orgUnits.code,
  name: orgUnits.name,
};

export async function listOrgUnits(db: Db, agencyId: string) {
  return db
    .select(orgUnitColumns)
    .from(orgUnits)
    .where(eq(orgUnits.agencyId, agencyId))
    .orderBy(asc(orgUnits.name));
}

export async function findOrgUnit(db: Db, id: string) {
  const [unit] = await db.select(orgUnitColumns).from(orgUnits).where(eq(orgUnits.id, id));
  return unit;
}

export async function insertOrgUnit(
  db: Db,
  values: { agencyId: string; parentId: string | null; code: string | null; name: string },
) {
  const [unit] = await db.insert(orgUnits).values(values).returning(orgUnitColumns);
  return unit!;
}

const identityColumns = {
  id: agencies.id,
  code: agencies.code,
  name: agencies.name,
  kind: agencies.kind,
  officialName: agencies.officialName,
  letterheadUnit: agencies.letterheadUnit,
  address: agencies.address,
  phone: agencies.phone,
  website: agencies.website,
  email: agencies.email,
  place: agencies.place,
  province: agencies.province,
  headTitle: agencies.headTitle,
  headName: agencies.headName,
  headNip: agencies.headNip,
  staffingTitle: agencies.staffingTitle,
  staffingName: agencies.staffingName,
  staffingNip: agencies.staffingNip,
  logoData: agencies.logoData,
  logoContentType: agencies.logoContentType,
  identityUpdatedAt: agencies.identityUpdatedAt,
};

export type AgencyIdentityRow = Awaited<ReturnType<typeof findAgencyIdentityRow>>;

export async function findAgencyIdentityRow(db: Db, id: string) {
  const [row] = await db.select(identityColumns).from(agencies).where(eq(agencies.id, id));
  return row;
}

export interface AgencyIdentityValues {
  officialName: string | null;
  letterheadUnit: string | null;
  address: string | null;
  phone: string | null;
  website: string | null;
  email: string | null;
  place: string | null;
  province: string | null;
  headTitle: string | null;
  headName: string | null;
  headNip: string | null;
  staffingTitle: string | null;
  staffingName: string | null;
  staffingNip: string | null;
}

export async function updateAgencyIdentity(
  db: Db,
  id: string,
  values: Partial<AgencyIdentityValues> & { logoData?: string | null; logoContentType?: string | null },
) {
  await db
    .update(agencies)
    .set({ ...values, identityUpdatedAt: new Date() })
    .where(eq(agencies.id, id));
}
