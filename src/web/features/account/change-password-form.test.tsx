import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangePasswordForm } from './change-password-form';

function answer(status: number, body: unknown) {
  const fetch = vi.fn(
    async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

function fill(current: string, next: string, repeat: string) {
  fireEvent.change(screen.getByLabelText('Kata sandi saat ini'), { target: { value: current } });
  fireEvent.change(screen.getByLabelText('Kata sandi baru'), { target: { value: next } });
  fireEvent.change(screen.getByLabelText('Ulangi kata sandi baru'), { target: { value: repeat } });
}

async function submit() {
  await act(async () => {
    fireEvent.click(screen.getByTestId('change-password-submit'));
  });
}

describe('ChangePasswordForm', () => {
  it('sends nothing while the repetition differs, and says so under it', async () => {
    const fetch = answer(200, { ok: true, endedSessions: 0 });
    render(<ChangePasswordForm username="drafter" onChanged={vi.fn()} />);
    fill('Lama-Sekali-2026', 'Pohon-Beringin-Tua-1945', 'Pohon-Beringin-Tua-1946');
    await submit();
    expect(fetch).not.toHaveBeenCalled();
    expect(screen.getByTestId('field-error').textContent).toBe('Kedua kata sandi baru tidak sama.');
  });

  it("shows the server's reason for a weak password under the new password, in Indonesian", async () => {
    const reason = 'Kata sandi ini termasuk daftar kata sandi yang umum dipakai. Pilih yang lain.';
    answer(400, {
      error: {
        code: 'PASSWORD_TOO_WEAK',
        message: reason,
        details: { reason: 'COMMON_PASSWORD', issues: [{ path: 'newPassword', message: reason }] },
      },
    });
    const onChanged = vi.fn();
    render(<ChangePasswordForm username="drafter" onChanged={onChanged} />);
    fill('Lama-Sekali-2026', 'password123', 'password123');
    await submit();
    // The message is part of the field's label now, so the control is found by its name.
    const newField = document.querySelector('input[name=newPassword]')?.closest('label');
    expect(newField?.querySelector('[data-testid=field-error]')?.textContent).toBe(reason);
    // Shown once, under its field, not again in a box.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('sends the current and the new password, then clears the form', async () => {
    const fetch = answer(200, { ok: true, endedSessions: 1 });
    const onChanged = vi.fn();
    render(<ChangePasswordForm username="drafter" onChanged={onChanged} />);
    fill('Lama-Sekali-2026', 'Pohon-Beringin-Tua-1945', 'Pohon-Beringin-Tua-1945');
    await submit();
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect([url, init?.method]).toEqual(['/api/auth/password', 'POST']);
    expect(JSON.parse(String(init?.body))).toEqual({
      currentPassword: 'Lama-Sekali-2026',
      newPassword: 'Pohon-Beringin-Tua-1945',
    });
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect((screen.getByLabelText('Kata sandi baru') as HTMLInputElement).value).toBe('');
  });

  it('shows an error without a field (too many tries) in a box', async () => {
    answer(429, { error: { code: 'RATE_LIMITED', message: 'Terlalu banyak percobaan. Coba lagi nanti.' } });
    render(<ChangePasswordForm username="drafter" onChanged={vi.fn()} />);
    fill('salah', 'Pohon-Beringin-Tua-1945', 'Pohon-Beringin-Tua-1945');
    await submit();
    expect(screen.getByRole('alert').textContent).toContain('Terlalu banyak percobaan');
  });
});
