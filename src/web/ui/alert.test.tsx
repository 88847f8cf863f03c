import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../shared/api/request';
import { Alert, ErrorAlert } from './alert';

describe('Alert', () => {
  it('is a paragraph in its tone, keeping the role it is given', () => {
    render(
      <Alert tone="success" role="status" testId="saved">
        Tersimpan.
      </Alert>,
    );
    const alert = screen.getByRole('status');
    expect(alert.tagName).toBe('P');
    expect(alert.className).toBe('alert alert-success');
    expect(alert.dataset.testid).toBe('saved');
  });
});

describe('ErrorAlert', () => {
  it('shows nothing without an error', () => {
    const { container } = render(<ErrorAlert error={null} />);
    expect(container.innerHTML).toBe('');
  });

  it("announces the server's message and each validation issue with its field", () => {
    const error = new ApiError(422, 'VALIDATION_FAILED', 'Data tidak valid.', {
      issues: [
        { path: 'name', message: 'Nama wajib diisi.' },
        { path: '', message: 'Periksa isian.' },
      ],
    });
    render(<ErrorAlert error={error} />);
    const alert = screen.getByRole('alert');
    expect(alert.className).toBe('alert alert-error');
    expect(alert.querySelector('.alert-message')?.textContent).toBe('Data tidak valid.');
    expect([...alert.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'name: Nama wajib diisi.',
      '—: Periksa isian.',
    ]);
  });

  it('falls back to the generic load failure for an error without a message', () => {
    render(<ErrorAlert error={{ reason: 'unknown' }} />);
    expect(screen.getByRole('alert').textContent).toBe('Gagal memuat data.');
  });
});
