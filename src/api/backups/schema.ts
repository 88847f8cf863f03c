import { z } from 'zod';
import { timestamp } from '../contract';

export const backupIdParams = z.object({ id: z.string().regex(/^skj-backup-[\d-]+\.tar\.gz$/) });

export const backupView = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  trigger: z.enum(['manual', 'schedule', 'cli']).nullable(),
  createdAt: timestamp(),
  finishedAt: timestamp().nullable(),
  sizeBytes: z.number().nullable(),
  migration: z.string().nullable(),
  rows: z.number().nullable(),
  error: z.string().nullable(),
});

export const startedBackup = z.object({ backup: backupView });

export const backupList = z.object({
  backups: z.array(backupView),
  settings: z.object({ available: z.boolean(), directory: z.string(), keep: z.number() }),
  permissions: z.object({ read: z.boolean(), list: z.boolean(), create: z.boolean(), download: z.boolean() }),
});
