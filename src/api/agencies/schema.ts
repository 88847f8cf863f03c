import { z } from 'zod';
import { agencyKinds } from '../../domain/roles';
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
  createdAt: z.string(),
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
