import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LoadState } from './load-state';

describe('LoadState', () => {
  it('says it is loading, as a status for screen readers', () => {
    render(<LoadState loading error={new Error('ignored while loading')} />);
    expect(screen.getByRole('status').textContent).toBe('Memuat…');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the error and a retry button that calls back', () => {
    const retry = vi.fn();
    render(<LoadState loading={false} error={new Error('Server tidak menjawab.')} onRetry={retry} />);
    expect(screen.getByRole('alert').textContent).toBe('Server tidak menjawab.');
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('offers no retry when there is nothing to retry, and renders nothing once loaded', () => {
    const { container, rerender } = render(<LoadState loading={false} error={new Error('x')} />);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<LoadState loading={false} error={null} />);
    expect(container.innerHTML).toBe('');
  });
});
