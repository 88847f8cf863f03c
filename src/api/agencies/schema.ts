import { z } from 'zod';
import { agencyKinds } from '../../domain/roles';
import { permissionsOf, timestamp } from '../contract';
import { text } from '../text';

export const agencyIdParams = z.object({ id: z.uuid() });

export const createAgencyBody = z.strictObject({
  code: text({ max: 32 }).regex(
    /^[A-Z0-9][A-Z0-9-]{1,31}$/,
    'Kode instansi 2–32 karakter: huruf besar, angka, tanda hubung',
  ),
  name: text({ min: 3, max: 200 }),
  kind: z.enum(agencyKinds),
});

export const agency = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(agencyKinds),
  createdAt: timestamp(),
});

export const createOrgUnitBody = z.strictObject({
  name: text({ min: 2, max: 200 }),
  code: text({ max: 40 })
    .regex(/^[A-Za-z0-9][A-Za-z0-9.\-_/]{0,39}$/, 'Kode unit 1–40 karakter: huruf, angka, . - _ /')
    .optional(),
  parentId: z.uuid().optional(),
});

export const orgUnit = z.object({
  id: z.uuid(),
  agencyId: z.uuid(),
  parentId: z.uuid().nullable(),
  code: z.string().nullable(),
  name: z.string(),
});

const optionalLine = (max: number) => text({ max }).nullable();
/** NIP as typed (spaces allowed, as printed on decrees); checked by the domain (400 NIP_INVALID). */
const nipText = text({ max: 40 }).nullable();

const signerBody = z.strictObject({
  title: optionalLine(200),
  name: optionalLine(200),
  nip: nipText,
});

export const agencyIdentityBody = z.strictObject({
  officialName: optionalLine(200),
  letterheadUnit: optionalLine(200),
  address: text({ max: 500, multiline: true }).nullable(),
  phone: optionalLine(100),
  website: optionalLine(200),
  email: optionalLine(200),
  place: optionalLine(100),
  province: optionalLine(100),
  head: signerBody,
  staffingOfficial: signerBody,
  removeLogo: z.boolean().optional(),
});

const signerView = z.object({
  title: z.string().nullable(),
  name: z.string().nullable(),
  nip: z.string().nullable(),
});

export const agencyIdentity = z.object({
  agencyId: z.uuid(),
  name: z.string(),
  officialName: z.string().nullable(),
  letterheadUnit: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  email: z.string().nullable(),
  place: z.string().nullable(),
  province: z.string().nullable(),
  head: signerView,
  staffingOfficial: signerView,
  logo: z
    .object({
      contentType: z.enum(['image/png', 'image/svg+xml']),
      width: z.number().int(),
      height: z.number().int(),
      bytes: z.number().int(),
    })
    .nullable(),
  updatedAt: z.iso.datetime().nullable(),
  /** The agency's abilities for the reader (`src/policies/agency.ts`). */
  permissions: permissionsOf(['read', 'createOrgUnit', 'updateIdentity']),
});
