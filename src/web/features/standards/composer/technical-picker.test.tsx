import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TechnicalPicker } from './technical-picker';

const results = [
  { id: 'c-1', code: 'ORG.01', name: 'Penataan Kelembagaan', snippet: '<mark>kelembagaan</mark> daerah' },
  { id: 'c-2', code: 'ORG.02', name: 'Analisis Jabatan', snippet: 'analisis <mark>kelembagaan</mark>' },
].map((r) => ({
  ...r,
  kind: 'technical',
  agency: null,
  dictionaryName: 'Kamus Kelembagaan',
  governmentAffair: null,
  score: 0.9,
}));

function serveSearch() {
  const fetch = vi.fn(
    async (_url: string) => new Response(JSON.stringify({ items: results }), { status: 200 }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('TechnicalPicker', () => {
  it('searches technical competencies once two letters are typed, leaving out those already in the standard', async () => {
    const fetch = serveSearch();
    render(<TechnicalPicker excludeIds={new Set(['c-2'])} onPick={vi.fn()} />);
    const input = screen.getByLabelText('Tambah kompetensi teknis');
    fireEvent.change(input, { target: { value: 'k' } });
    fireEvent.change(input, { target: { value: 'kelembagaan' } });
    const found = await screen.findAllByTestId('technical-result');
    expect(found.map((r) => r.dataset.code)).toEqual(['ORG.01']);
    expect(fetch).toHaveBeenCalledTimes(1);
    const url = new URL(String(fetch.mock.calls[0]?.[0]), 'http://skj.test');
    expect(url.pathname).toBe('/api/competencies');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ q: 'kelembagaan', kind: 'technical' });
    // The server's marks survive; nothing else it sent is markup.
    expect(found[0]?.querySelector('mark')?.textContent).toBe('kelembagaan');
  });

  it('hands the chosen competency over and empties the box for the next', async () => {
    serveSearch();
    const onPick = vi.fn();
    render(<TechnicalPicker excludeIds={new Set()} onPick={onPick} />);
    const input = screen.getByLabelText('Tambah kompetensi teknis') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'analisis' } });
    const [, second] = await screen.findAllByTestId('technical-result');
    fireEvent.click(second as HTMLElement);
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ id: 'c-2', code: 'ORG.02' }));
    expect(input.value).toBe('');
  });

  it('says so when nothing matches', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ items: [] }), { status: 200 })),
    );
    render(<TechnicalPicker excludeIds={new Set()} onPick={vi.fn()} />);
    fireEvent.change(screen.getByLabelText('Tambah kompetensi teknis'), {
      target: { value: 'zzz' },
    });
    expect(await screen.findByText('Tidak ada hasil.')).toBeTruthy();
  });
});
