import { describe, expect, it } from 'vitest';
import { nextBackupAt } from './backup-schedule';

describe('nextBackupAt', () => {
  it('is today when the time is still ahead, tomorrow when it has passed or is now', () => {
    const at = { hour: 2, minute: 0 };
    const evening = new Date(2026, 11, 7, 21, 15);
    expect(nextBackupAt(evening, at)).toEqual(new Date(2026, 11, 8, 2, 0));
    const night = new Date(2026, 11, 8, 1, 59);
    expect(nextBackupAt(night, at)).toEqual(new Date(2026, 11, 8, 2, 0));
    const exactly = new Date(2026, 11, 8, 2, 0);
    expect(nextBackupAt(exactly, at)).toEqual(new Date(2026, 11, 9, 2, 0));
  });

  it('crosses a month end', () => {
    expect(nextBackupAt(new Date(2026, 11, 31, 23, 0), { hour: 1, minute: 30 })).toEqual(
      new Date(2027, 0, 1, 1, 30),
    );
  });
});
