import { describe, expect, it } from 'vitest';
import type { Actor } from '../domain/actor';
import type { DomainError } from '../domain/errors';
import { definePolicy } from './policy';

const actor = (role: Actor['role'], agencyId: string | null = 'A'): Actor => ({
  userId: 'u',
  username: role,
  role,
  agencyId,
});

const notePolicy = definePolicy<{ agencyId: string }, 'read' | 'update'>({
  entity: 'note',
  notFound: { code: 'NOTE_NOT_FOUND', message: 'Catatan tidak ditemukan.' },
  forbidden: { update: 'Hanya admin yang dapat mengubah catatan.' },
  abilities: {
    read: (a, note) => a.agencyId === note.agencyId,
    update: (a, note) => a.agencyId === note.agencyId && a.role === 'admin',
  },
});

function errorOf(fn: () => void): DomainError | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error as DomainError;
  }
}

describe('definePolicy', () => {
  it('lists every ability as permissions', () => {
    expect(notePolicy.permissions(actor('admin'), { agencyId: 'A' })).toEqual({ read: true, update: true });
    expect(notePolicy.permissions(actor('drafter'), { agencyId: 'A' })).toEqual({
      read: true,
      update: false,
    });
  });
  it('answers not found, never forbidden, when the actor may not read the record', () => {
    expect(errorOf(() => notePolicy.authorize(actor('admin', 'B'), 'update', { agencyId: 'A' }))?.code).toBe(
      'NOTE_NOT_FOUND',
    );
  });
  it('answers FORBIDDEN with the ability message when the record is readable', () => {
    const error = errorOf(() => notePolicy.authorize(actor('drafter'), 'update', { agencyId: 'A' }));
    expect(error?.code).toBe('FORBIDDEN');
    expect(error?.message).toBe('Hanya admin yang dapat mengubah catatan.');
    expect(errorOf(() => notePolicy.authorize(actor('admin'), 'update', { agencyId: 'A' }))).toBeNull();
  });
});
