/**
 * The one-time token that guards the setup page of a fresh installation (as Jupyter or Grafana
 * do): made at start when no active superadmin exists, printed on the server console only, held
 * in this process's memory, compared in constant time, and gone once the superadmin is created.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

export class SetupToken {
  private digest: Buffer | null;

  constructor(token: string | null) {
    this.digest = token ? digest(token) : null;
  }

  /** 128 random bits, URL-safe. */
  static generate(): { token: string; setupToken: SetupToken } {
    const token = randomBytes(16).toString('base64url');
    return { token, setupToken: new SetupToken(token) };
  }

  isActive(): boolean {
    return this.digest !== null;
  }

  /** Constant time: both sides are hashed to 32 bytes first, so length does not tell either. */
  matches(candidate: string): boolean {
    if (!this.digest) return false;
    return timingSafeEqual(this.digest, digest(candidate));
  }

  consume(): void {
    this.digest = null;
  }
}
