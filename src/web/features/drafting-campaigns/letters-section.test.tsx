import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DraftingCampaignDetail } from './api';
import { LettersSection } from './letters-section';

const detail = {
  draftingCampaign: { id: '00000000-0000-4000-8000-0000000000c1' },
  permissions: { manage: true },
} as unknown as DraftingCampaignDetail;

const savedTeam = {
  members: [
    {
      id: 'm1',
      teamRole: 'chair',
      name: 'Siti Rahmawati, S.Psi.',
      nip: '198601302009022001',
      positionTitle: 'Kepala Bidang',
      userId: null,
    },
  ],
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('LettersSection', () => {
  it('offers adding members only once the saved team is loaded into the form', async () => {
    let answer: (response: Response) => void = () => {};
    const fetch = vi.fn(
      (_url: string, _init?: RequestInit) =>
        new Promise<Response>((resolve) => {
          answer = resolve;
        }),
    );
    vi.stubGlobal('fetch', fetch);
    render(<LettersSection detail={detail} />);
    // Still loading: a member added now would be wiped by the team arriving.
    expect(screen.queryByTestId('decree-team-add')).toBeNull();
    await act(async () => {
      answer(new Response(JSON.stringify(savedTeam), { status: 200 }));
    });
    const add = await screen.findByTestId('decree-team-add');
    expect(screen.getAllByTestId('decree-team-member')).toHaveLength(1);
    fireEvent.click(add);
    const names = screen.getAllByTestId('decree-team-name') as HTMLInputElement[];
    expect(names).toHaveLength(2);
    fireEvent.change(names[1]!, { target: { value: 'Dr. Lestari Handayani' } });
    expect((screen.getAllByTestId('decree-team-name')[1] as HTMLInputElement).value).toBe(
      'Dr. Lestari Handayani',
    );
  });
});
