import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { DomainError } from './domain/errors';

function configError(env: Record<string, string>): DomainError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig', () => {
  it('keeps finished books 7 days unless SKJ_JOB_RETENTION_DAYS says otherwise', () => {
    expect(loadConfig({}).jobRetentionDays).toBe(7);
    expect(loadConfig({ SKJ_JOB_RETENTION_DAYS: '30' }).jobRetentionDays).toBe(30);
  });

  it('refuses a retention of zero days, a fraction or a word, naming the setting', () => {
    for (const value of ['0', '1.5', 'seminggu', '4000']) {
      const error = configError({ SKJ_JOB_RETENTION_DAYS: value });
      expect(error.code).toBe('INVALID_CONFIG');
      expect(error.message).toContain('SKJ_JOB_RETENTION_DAYS');
      expect(error.message).toMatch(/^Pengaturan lingkungan tidak valid/);
    }
  });

  it('refuses a port out of range', () => {
    expect(configError({ PORT: '70000' }).message).toContain('PORT');
  });

  it('loads the demo on an embedded data dir only, unless SKJ_DEMO says otherwise', () => {
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/skj' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SKJ_DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ SKJ_DEMO: '0' }).demo).toBe(false);
  });

  it('trusts no proxy by default; SKJ_TRUST_PROXY=1 means one, SKJ_TRUSTED_PROXIES counts them', () => {
    expect(loadConfig({}).trustedProxies).toBe(0);
    expect(loadConfig({ SKJ_TRUST_PROXY: '1' }).trustedProxies).toBe(1);
    expect(loadConfig({ SKJ_TRUSTED_PROXIES: '2' }).trustedProxies).toBe(2);
    expect(loadConfig({ SKJ_TRUSTED_PROXIES: '0', SKJ_TRUST_PROXY: '1' }).trustedProxies).toBe(0);
    expect(configError({ SKJ_TRUSTED_PROXIES: 'semua' }).message).toContain('SKJ_TRUSTED_PROXIES');
  });
});
