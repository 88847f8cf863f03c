import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { DomainError } from '../domain/errors';
import { checkPassword, type PasswordContext } from '../domain/password-policy';

// Argon2id (algorithm 2 of @node-rs/argon2, whose enum is a const enum) with the library's
// OWASP-level defaults: 19 MiB memory, 2 iterations.
const argon2id = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: argon2id });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A real hash to verify against when the user does not exist, so timing does not tell. */
let dummyHash: Promise<string> | undefined;
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('skj-dummy-password-for-timing');
  return dummyHash;
}

/** 400 PASSWORD_TOO_WEAK with the Indonesian reason; `details.reason` is the machine code. */
export async function assertStrongPassword(
  password: string,
  context: PasswordContext,
  field = 'password',
): Promise<void> {
  const result = await checkPassword(password, context);
  if (!result.ok) {
    throw new DomainError('PASSWORD_TOO_WEAK', result.message, {
      reason: result.reason,
      issues: [{ path: field, message: result.message }],
    });
  }
}

/** How long a password chosen by someone else (admin, reset, employee login) works. */
export const temporaryPasswordLifetimeMs = 72 * 60 * 60 * 1000;

// No 0/O, 1/l/I: the password is read off a screen and typed or dictated.
const readableAlphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Random, readable: groups of four joined by dashes (4 groups ≈ 92 bits). */
export function generatePassword(groups = 4): string {
  const group = () =>
    Array.from({ length: 4 }, () => readableAlphabet[randomInt(readableAlphabet.length)]).join('');
  return Array.from({ length: groups }, group).join('-');
}

/**
 * The columns of a password someone else chose: it works for 72 hours and must be changed at the
 * next login. Spread into the user row when creating or resetting an account.
 */
export function temporaryPasswordFields(now: Date) {
  return {
    mustChangePassword: true,
    passwordExpiresAt: new Date(now.getTime() + temporaryPasswordLifetimeMs),
    passwordChangedAt: now,
  };
}

/** A fresh random temporary password with its hash and columns (returned once to the admin). */
export async function issueTemporaryPassword(now = new Date()) {
  const password = generatePassword();
  return { password, passwordHash: await hashPassword(password), ...temporaryPasswordFields(now) };
}
