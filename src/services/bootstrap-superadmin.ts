/**
 * The first superadmin of a fresh installation: from the setup page (`POST /api/setup`, guarded by
 * the one-time token printed at start) or the CLI (`skj create-superadmin`, while the server is
 * stopped). Refused as soon as an active superadmin exists.
 */
import type { Db } from '../db/client';
import { recordAudit } from '../db/repositories/audit-repository';
import {
  hasActiveSuperadmin,
  insertUser,
  lockUsersTable,
  usernameExists,
} from '../db/repositories/user-repository';
import { DomainError } from '../domain/errors';
import { assertStrongPassword, hashPassword } from './passwords';
import type { SetupToken } from './setup-token';

export const usernamePattern = /^[a-z0-9._-]{3,64}$/;

const superadminExists = () =>
  new DomainError(
    'SUPERADMIN_EXISTS',
    'Superadmin sudah ada. Tambahkan superadmin lain melalui menu Administrasi atau POST /api/users.',
  );

export interface BootstrapInput {
  username: string;
  fullName: string;
  password: string;
}

export async function bootstrapSuperadmin(db: Db, input: BootstrapInput, via: 'cli' | 'setup' = 'cli') {
  const username = input.username.trim().toLowerCase();
  if (!usernamePattern.test(username)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Nama pengguna 3–64 karakter: huruf, angka, titik, garis bawah, tanda hubung.',
      { issues: [{ path: 'username', message: 'Nama pengguna tidak valid' }] },
    );
  }
  await assertStrongPassword(input.password, { username, personalWords: [input.fullName] });
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    // Two setups at once: the second waits here and then finds the first one's superadmin.
    await lockUsersTable(tx);
    if (await hasActiveSuperadmin(tx)) throw superadminExists();
    if (await usernameExists(tx, username)) {
      throw new DomainError('USERNAME_EXISTS', `Nama pengguna ${username} sudah dipakai.`, {
        issues: [{ path: 'username', message: 'Nama pengguna sudah dipakai' }],
      });
    }
    const user = await insertUser(tx, {
      username,
      fullName: input.fullName,
      passwordHash,
      role: 'superadmin',
      agencyId: null,
      passwordChangedAt: new Date(),
    });
    await recordAudit(tx, {
      userId: null,
      agencyId: null,
      entity: 'user',
      entityId: user.id,
      action: 'bootstrap-superadmin',
      diff: { after: { username, fullName: input.fullName, role: 'superadmin' }, via },
    });
    return user;
  });
}

/** Whether the setup page is open: no active superadmin yet and this process holds a token. */
export async function setupStatus(db: Db, token: SetupToken) {
  const needed = !(await hasActiveSuperadmin(db));
  return { needed, tokenIssued: needed && token.isActive() };
}

/**
 * `POST /api/setup`: the token printed at start, then the account. The token is spent only when
 * the superadmin was created; a weak password can be corrected and sent again.
 */
export async function setupFirstSuperadmin(
  db: Db,
  token: SetupToken,
  input: BootstrapInput & { token: string },
) {
  if (await hasActiveSuperadmin(db)) throw superadminExists();
  if (!token.matches(input.token)) {
    throw new DomainError(
      'SETUP_TOKEN_INVALID',
      'Token penyiapan salah atau sudah dipakai. Lihat token pada keluaran konsol saat server dimulai.',
    );
  }
  const user = await bootstrapSuperadmin(db, input, 'setup');
  token.consume();
  return user;
}
