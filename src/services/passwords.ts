import { hash, verify } from '@node-rs/argon2';

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
