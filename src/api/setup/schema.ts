import { z } from 'zod';
import { secret, text } from '../text';

export const setupBody = z.strictObject({
  token: secret({ min: 1, max: 200 }),
  username: text({ max: 64 }).regex(
    /^[a-zA-Z0-9._-]{3,64}$/,
    'Nama pengguna 3–64 karakter: huruf, angka, titik, garis bawah, tanda hubung',
  ),
  fullName: text({ min: 2, max: 200 }),
  password: secret({ min: 1, max: 400 }),
});

export const setupStatusResponse = z.object({
  /** No active superadmin exists yet. */
  needed: z.boolean(),
  /** This server printed a setup token on its console at start (restart it to get one). */
  tokenIssued: z.boolean(),
});

export const setupResponse = z.object({
  user: z.object({ id: z.uuid(), username: z.string(), fullName: z.string(), role: z.literal('superadmin') }),
});
