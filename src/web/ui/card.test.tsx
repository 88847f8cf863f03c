import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Card } from './card';

describe('Card', () => {
  it('is a region named by its title', () => {
    render(
      <Card title="Riwayat versi" titleId="versions-title">
        <p>isi</p>
      </Card>,
    );
    const region = screen.getByRole('region', { name: 'Riwayat versi' });
    expect(region.tagName).toBe('SECTION');
    expect(region.className).toBe('card');
    expect(within(region).getByRole('heading', { level: 2, name: 'Riwayat versi' }).id).toBe(
      'versions-title',
    );
  });

  it('names itself with a generated id when none is given, distinct per card', () => {
    render(
      <>
        <Card title="Satu" />
        <Card title="Dua" />
      </>,
    );
    const one = screen.getByRole('region', { name: 'Satu' });
    const two = screen.getByRole('region', { name: 'Dua' });
    expect(one.getAttribute('aria-labelledby')).not.toBe(two.getAttribute('aria-labelledby'));
  });

  it('puts actions beside the title in a card header', () => {
    render(
      <Card title="Tim" titleLevel={3} actions={<button type="button">Hapus</button>} edge="accent">
        <p>anggota</p>
      </Card>,
    );
    const region = screen.getByRole('region', { name: 'Tim' });
    expect(region.className).toBe('card card-edge-accent');
    const header = region.querySelector('header.card-header');
    expect(header).not.toBeNull();
    expect(within(header as HTMLElement).getByRole('heading', { level: 3 }).textContent).toBe('Tim');
    expect(within(header as HTMLElement).getByRole('button', { name: 'Hapus' })).toBeTruthy();
  });

  it('may be another element, keeping its own classes and attributes', () => {
    render(
      <Card as="div" className="import-progress" aria-busy="true" data-testid="progress">
        <p>Mengunggah…</p>
      </Card>,
    );
    const card = screen.getByTestId('progress');
    expect(card.tagName).toBe('DIV');
    expect(card.className).toBe('card import-progress');
    expect(card.getAttribute('aria-busy')).toBe('true');
    expect(card.hasAttribute('aria-labelledby')).toBe(false);
  });

  it('uses the compact heading of dense pages on request', () => {
    render(<Card title="Identitas pegawai" compactTitle />);
    expect(screen.getByRole('heading', { name: 'Identitas pegawai' }).className).toBe('card-title');
  });
});
