import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { DomainError } from './domain/errors';

describe('operations settings', () => {
  it('backs up into the data dir with no schedule unless SKJ_BACKUP_DIR is set', () => {
    const config = loadConfig({ SKJ_DATA_DIR: '/srv/skj/data' });
    expect(config.backupDir).toBe(path.join('/srv/skj/data', 'backups'));
    expect(config.backupSchedule).toBeNull();
    expect(config.backupKeep).toBe(14);
    expect(config.shutdownGraceSeconds).toBe(25);
  });

  it('runs the nightly backup at SKJ_BACKUP_AT (02:00 by default) when SKJ_BACKUP_DIR is set; off turns it off', () => {
    expect(loadConfig({ SKJ_BACKUP_DIR: '/backup/skj' })).toMatchObject({
      backupDir: '/backup/skj',
      backupSchedule: { hour: 2, minute: 0 },
    });
    expect(
      loadConfig({ SKJ_BACKUP_DIR: '/backup/skj', SKJ_BACKUP_AT: '23:30', SKJ_BACKUP_KEEP: '7' }),
    ).toMatchObject({ backupSchedule: { hour: 23, minute: 30 }, backupKeep: 7 });
    expect(loadConfig({ SKJ_BACKUP_DIR: '/backup/skj', SKJ_BACKUP_AT: 'off' }).backupSchedule).toBeNull();
  });

  it('refuses a time that is not HH:MM and a keep of zero, naming the setting', () => {
    for (const env of [{ SKJ_BACKUP_AT: '2:00' }, { SKJ_BACKUP_AT: '24:00' }, { SKJ_BACKUP_KEEP: '0' }]) {
      let error: unknown;
      try {
        loadConfig(env);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).message).toContain(Object.keys(env)[0]);
    }
  });
});

describe('background job workers', () => {
  it('runs 2 at once by default; 0 only beside DATABASE_URL (another instance runs the jobs)', () => {
    expect(loadConfig({}).jobWorkers).toBe(2);
    expect(
      loadConfig({ DATABASE_URL: 'postgres://skj@db.internal/skj', SKJ_JOB_WORKERS: '0' }).jobWorkers,
    ).toBe(0);
    expect(() => loadConfig({ SKJ_JOB_WORKERS: '0' })).toThrow(/SKJ_JOB_WORKERS=0/);
    expect(() => loadConfig({ SKJ_JOB_WORKERS: '17' })).toThrow(/SKJ_JOB_WORKERS/);
  });
});
