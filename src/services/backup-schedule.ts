/**
 * The nightly backup (SKJ_BACKUP_DIR with SKJ_BACKUP_AT, default 02:00 server time): one timer
 * to the next run, re-armed after each. A run that finds a backup already running is skipped.
 */
import type { BackupRunner } from './backup-runner';
import { startScheduledBackup } from './manage-backups';

/** The next `hour:minute` in local time strictly after `now`. */
export function nextBackupAt(now: Date, at: { hour: number; minute: number }): Date {
  const next = new Date(now);
  next.setHours(at.hour, at.minute, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next;
}

export class BackupSchedule {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly runner: BackupRunner,
    private readonly at: { hour: number; minute: number },
    private readonly log: (message: string) => void = (message) => console.log(message),
  ) {}

  start(): void {
    this.stop();
    const next = nextBackupAt(new Date(), this.at);
    this.timer = setTimeout(
      () => void this.runOnce().finally(() => this.start()),
      next.getTime() - Date.now(),
    );
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** One scheduled backup, to completion. */
  async runOnce(): Promise<void> {
    const started = startScheduledBackup(this.runner);
    if (!started) {
      this.log('Pencadangan terjadwal dilewati: pencadangan lain sedang berjalan.');
      return;
    }
    await this.runner.whenIdle();
    const outcome = (await this.runner.list()).find((backup) => backup.id === started.id);
    this.log(
      outcome?.status === 'done'
        ? `Pencadangan terjadwal ${started.id} selesai.`
        : `Pencadangan terjadwal ${started.id} gagal: ${outcome?.error ?? 'berkas tidak ada'}`,
    );
  }
}
