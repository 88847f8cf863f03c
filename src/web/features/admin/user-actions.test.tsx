import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useConfirm } from '../../ui';
import type { PasswordReset, UserListItem } from './api';
import { TemporaryPasswordDialog, UserActions } from './user-actions';

const drafter: UserListItem = {
  id: '00000000-0000-4000-8000-000000000001',
  username: 'drafter',
  fullName: 'Budi Santoso',
  role: 'drafter',
  agencyId: 'a',
  agencyName: 'Pemerintah Kota Contoh',
  active: true,
  mustChangePassword: false,
  passwordExpiresAt: null,
  lastLoginAt: null,
  nip: null,
  positionTitle: null,
  permissions: { read: true, resetPassword: true, deactivate: true, activate: false, updateProfile: false },
};

function serve(body: unknown) {
  const fetch = vi.fn(
    async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status: 200 }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** As the user list holds them: one confirmation and one temporary-password dialog for all rows. */
function Row({ user, onChanged = vi.fn() }: { user: UserListItem; onChanged?: (message: string) => void }) {
  const { confirm, dialog } = useConfirm();
  const [reset, setReset] = useState<PasswordReset | null>(null);
  return (
    <>
      <UserActions user={user} confirm={confirm} onChanged={onChanged} onReset={setReset} />
      {dialog}
      <TemporaryPasswordDialog reset={reset} onClose={() => setReset(null)} />
    </>
  );
}

const labels = () =>
  [...document.querySelectorAll('.users-actions button')].map((b) => b.getAttribute('data-testid'));

describe('UserActions', () => {
  it("offers exactly what the account's permissions allow", () => {
    const { rerender } = render(<Row user={drafter} />);
    expect(labels()).toEqual(['user-reset-password', 'user-deactivate']);
    rerender(
      <Row
        user={{
          ...drafter,
          active: false,
          permissions: { ...drafter.permissions, deactivate: false, activate: true },
        }}
      />,
    );
    expect(labels()).toEqual(['user-reset-password', 'user-activate']);
    rerender(
      <Row
        user={{
          ...drafter,
          permissions: {
            read: true,
            resetPassword: false,
            deactivate: false,
            activate: false,
            updateProfile: false,
          },
        }}
      />,
    );
    expect(labels()).toEqual([]);
  });

  it('resets only after the confirmation, then shows the temporary password once with its expiry', async () => {
    const fetch = serve({
      username: 'drafter',
      temporaryPassword: 'Kx7m-Qp2r-Tz9w',
      expiresAt: '2026-12-10T06:00:00.000Z',
    });
    render(<Row user={drafter} />);
    fireEvent.click(screen.getByTestId('user-reset-password'));
    expect(screen.getByTestId('confirm-dialog').textContent).toContain(
      'Atur ulang kata sandi drafter (Budi Santoso)?',
    );
    expect(fetch).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(screen.getByTestId('confirm-accept'));
    });
    expect(fetch.mock.calls[0]?.[0]).toBe(`/api/users/${drafter.id}/password-reset`);
    const dialog = screen.getByTestId('temporary-password-dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(screen.getByTestId('temporary-password').textContent).toBe('Kx7m-Qp2r-Tz9w');
    expect(screen.getByTestId('temporary-password-expiry').textContent).toMatch(/berlaku sampai 10 Des 2026/);
    await act(async () => {
      fireEvent.click(screen.getByTestId('temporary-password-close'));
    });
    expect(dialog.open).toBe(false);
    expect(screen.queryByTestId('temporary-password')).toBeNull();
  });

  it('deactivates after the confirmation and reports it; "Batal" sends nothing', async () => {
    const fetch = serve({ user: { ...drafter, active: false } });
    const onChanged = vi.fn();
    render(<Row user={drafter} onChanged={onChanged} />);
    fireEvent.click(screen.getByTestId('user-deactivate'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('confirm-cancel'));
    });
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('user-deactivate'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('confirm-accept'));
    });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect([url, init?.method, init?.body]).toEqual([
      `/api/users/${drafter.id}`,
      'PATCH',
      '{"active":false}',
    ]);
    expect(onChanged).toHaveBeenCalledWith('drafter dinonaktifkan.');
  });
});
