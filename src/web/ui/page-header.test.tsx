import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PageHeader } from './page-header';

describe('PageHeader', () => {
  it("holds the page's one h1, a muted subtitle and the actions in a toolbar", () => {
    render(
      <PageHeader
        title="Kamus Teknis"
        titleTestId="title"
        subtitle="KAMUS-ORG · Pemerintah Kota Contoh"
        actions={<button type="button">Buat revisi</button>}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kamus Teknis');
    expect(screen.getByTestId('title').tagName).toBe('H1');
    expect(screen.getByText('KAMUS-ORG · Pemerintah Kota Contoh').className).toBe('muted page-subtitle');
    expect(screen.getByRole('button', { name: 'Buat revisi' }).parentElement?.className).toBe('toolbar');
  });

  it('has no subtitle or toolbar unless given, and may use the lead size', () => {
    const { container, rerender } = render(<PageHeader title="Kandidat" />);
    expect(container.querySelector('.page-subtitle')).toBeNull();
    expect(container.querySelector('.toolbar')).toBeNull();
    rerender(<PageHeader title="Evaluasi Jabatan" subtitle="Analis SDM" lead />);
    expect(screen.getByText('Analis SDM').className).toBe('lead page-subtitle');
  });
});
