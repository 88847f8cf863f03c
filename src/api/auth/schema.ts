import { z } from 'zod';
import { agencyKinds, roles } from '../../domain/roles';
import { secret, text } from '../text';

export const loginBody = z.strictObject({
  username: text({ min: 1, max: 64 }),
  password: secret({ min: 1, max: 200 }),
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
  currentPassword: secret({ min: 1, max: 200 }),
  newPassword: secret({ min: 1, max: 400 }),
});
