import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Badge, type BadgeTone, StatusBadge } from './badge';

type Status = 'draft' | 'ratified';
const tones: Record<Status, BadgeTone> = { draft: 'muted', ratified: 'success' };

describe('Badge', () => {
  it('is a pill in the tone asked for', () => {
    render(
      <Badge tone="warning" testId="b">
        belum diverifikasi
      </Badge>,
    );
    expect(screen.getByTestId('b').className).toBe('badge badge-warning');
  });

  it('shows a status with the tone the feature chose and the raw status for tests', () => {
    render(<StatusBadge status="ratified" tones={tones} label="ditetapkan" testId="status" />);
    const badge = screen.getByTestId('status');
    expect(badge.textContent).toBe('ditetapkan');
    expect(badge.className).toBe('badge badge-success');
    expect(badge.dataset.status).toBe('ratified');
  });
});
