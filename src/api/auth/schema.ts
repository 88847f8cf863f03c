import { z } from 'zod';
import { agencyKinds, roles } from '../../domain/roles';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export const sessionUserResponse = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    fullName: z.string(),
    role: z.enum(roles),
    agency: z
      .object({ id: z.uuid(), code: z.string(), name: z.string(), kind: z.enum(agencyKinds) })
      .nullable(),
  }),
  csrfToken: z.string(),
  /** The password is temporary: every call but me, password and logout answers 403 until it is changed. */
  mustChangePassword: z.boolean(),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(400),
});
