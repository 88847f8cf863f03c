import { z } from 'zod';

export const setupBody = z.strictObject({
  token: z.string().min(1).max(200),
  username: z
    .string()
    .trim()
    .regex(
      /^[a-zA-Z0-9._-]{3,64}$/,
      'Nama pengguna 3–64 karakter: huruf, angka, titik, garis bawah, tanda hubung',
    ),
  fullName: z.string().trim().min(2).max(200),
  password: z.string().min(1).max(400),
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
