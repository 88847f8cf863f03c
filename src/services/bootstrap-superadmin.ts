/** The first superadmin of a fresh installation (from the CLI, before anyone can log in). */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import { insertUser, usernameExists } from '../db/repositories/user-repository';
import { users } from '../db/schema';
import { DomainError } from '../domain/errors';
import { hashPassword } from './passwords';

export async function bootstrapSuperadmin(
  db: Db,
  input: { username: string; fullName: string; password: string },
) {
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9._-]{3,64}$/.test(username)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Nama pengguna 3–64 karakter: huruf, angka, titik, garis bawah, tanda hubung.',
    );
  }
  if (input.password.length < 8) {
    throw new DomainError('VALIDATION_FAILED', 'Kata sandi minimal 8 karakter.');
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.role, 'superadmin'))
      .limit(1);
    if (existing) {
      throw new DomainError(
        'SUPERADMIN_EXISTS',
        'Superadmin sudah ada. Tambahkan superadmin lain melalui menu Administrasi atau POST /api/users.',
      );
    }
    if (await usernameExists(tx, username)) {
      throw new DomainError('USERNAME_EXISTS', `Nama pengguna ${username} sudah dipakai.`);
    }
    const user = await insertUser(tx, {
      username,
      fullName: input.fullName,
      passwordHash,
      role: 'superadmin',
      agencyId: null,
    });
    await recordAudit(tx, {
      userId: null,
      agencyId: null,
      entity: 'user',
      entityId: user.id,
      action: 'bootstrap-superadmin',
      diff: { after: { username, fullName: input.fullName, role: 'superadmin' } },
    });
    return user;
  });
}
