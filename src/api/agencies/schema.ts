import { z } from 'zod';
import { agencyKinds } from '../../domain/roles';

export const agencyIdParams = z.object({ id: z.uuid() });

export const createAgencyBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'Kode instansi 2–32 karakter: huruf besar, angka, tanda hubung'),
  name: z.string().trim().min(3).max(200),
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
  name: z.string().trim().min(2).max(200),
  code: z
    .string()
    .trim()
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
