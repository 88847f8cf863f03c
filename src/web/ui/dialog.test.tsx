import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useConfirm } from './dialog';

function DeleteGroup() {
  const { confirm, dialog } = useConfirm();
  const [result, setResult] = useState('belum');
  return (
    <>
      <button
        type="button"
        onClick={async () =>
          setResult((await confirm('Hapus kelompok "Tim A"?', 'Hapus')) ? 'dihapus' : 'batal')
        }
      >
        Hapus kelompok
      </button>
      <output>{result}</output>
      {dialog}
    </>
  );
}

function open() {
  fireEvent.click(screen.getByRole('button', { name: 'Hapus kelompok' }));
  return screen.getByTestId('confirm-dialog') as HTMLDialogElement;
}

describe('useConfirm', () => {
  it('asks in a modal dialog and goes ahead on the action button', async () => {
    render(<DeleteGroup />);
    const dialog = open();
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('Hapus kelompok "Tim A"?');
    expect(dialog.querySelector('h2')?.textContent).toBe('Konfirmasi');
    await act(async () => {
      fireEvent.click(screen.getByTestId('confirm-accept'));
    });
    expect(screen.getByRole('status').textContent).toBe('dihapus');
    expect(dialog.open).toBe(false);
  });

  it('does nothing on "Batal"', async () => {
    render(<DeleteGroup />);
    const dialog = open();
    expect(screen.getByTestId('confirm-accept').textContent).toBe('Hapus');
    await act(async () => {
      fireEvent.click(screen.getByTestId('confirm-cancel'));
    });
    expect(screen.getByRole('status').textContent).toBe('batal');
    expect(dialog.open).toBe(false);
  });

  it('counts closing the dialog another way (Escape) as "no"', async () => {
    render(<DeleteGroup />);
    const dialog = open();
    await act(async () => {
      dialog.close();
    });
    expect(screen.getByRole('status').textContent).toBe('batal');
  });
});
