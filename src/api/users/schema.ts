import { z } from 'zod';
import { roles } from '../../domain/roles';
import { permissionsOf, timestamp } from '../contract';
import { secret, text } from '../text';

export const createUserBody = z.strictObject({
  username: text({ max: 64 }).regex(
    /^[a-zA-Z0-9._-]{3,64}$/,
    'Nama pengguna 3–64 karakter: huruf, angka, titik, garis bawah, tanda hubung',
  ),
  fullName: text({ min: 2, max: 200 }),
  // Strength is judged by the password policy (400 PASSWORD_TOO_WEAK with the reason).
  password: secret({ min: 1, max: 400 }),
  role: z.enum(roles),
  agencyId: z.uuid().optional(),
});

export const userIdParams = z.object({ id: z.uuid() });

export const updateUserBody = z.strictObject({ active: z.boolean() });

export const userPermissions = permissionsOf([
  'read',
  'resetPassword',
  'deactivate',
  'activate',
  'updateProfile',
]);

/** NIP as typed (spaces allowed); checked by the domain (400 NIP_INVALID). */
export const userProfileBody = z.strictObject({
  nip: text({ max: 40 }).nullable(),
  positionTitle: text({ max: 200 }).nullable(),
});

export const user = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  role: z.enum(roles),
  agencyId: z.uuid().nullable(),
  active: z.boolean(),
  nip: z.string().nullable(),
  /** Official title (jabatan), printed with the person's signature. */
  positionTitle: z.string().nullable(),
});

export const listedUser = user.extend({
  agencyName: z.string().nullable(),
  /** The password is temporary (new account or reset) and has not been changed yet. */
  mustChangePassword: z.boolean(),
  /** When the temporary password stops working; null for a password the user chose. */
  passwordExpiresAt: timestamp().nullable(),
  lastLoginAt: timestamp().nullable(),
  permissions: userPermissions,
});

export const createdUser = user.extend({
  mustChangePassword: z.boolean(),
  passwordExpiresAt: timestamp(),
});

export const passwordResetResponse = z.object({
  username: z.string(),
  /** Shown once: it is stored only as a hash. */
  temporaryPassword: z.string(),
  expiresAt: timestamp(),
});

export const userListResponse = z.object({
  items: z.array(listedUser),
  /** The roles this reader may give a new account (the choices of the form). */
  assignableRoles: z.array(z.enum(roles)),
});

/** An account as a change of it answers, with what the reader may now do with it. */
export const userAccountResponse = z.object({ user: user.extend({ permissions: userPermissions }) });
