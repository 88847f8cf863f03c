import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { type ComposerRow, composerRow, withLevel } from './composer-row';
import { savedRow } from './composer-test-rows';
import { StandardCompetencyTable } from './standard-competency-table';

const managerial = composerRow(
  savedRow({ competencyId: 'm-01', code: 'M.01', name: 'Integritas', kind: 'managerial', importance: null }),
);
const technical = composerRow(savedRow());

/** The table as the composer holds it: rows in state, changed by the table's callbacks. */
function Composer({ initial, canEdit = true }: { initial: ComposerRow[]; canEdit?: boolean }) {
  const [rows, setRows] = useState(initial);
  const update = (id: string, change: (row: ComposerRow) => ComposerRow) =>
    setRows((current) => current.map((row) => (row.competencyId === id ? change(row) : row)));
  return (
    <StandardCompetencyTable
      rows={rows}
      canEdit={canEdit}
      onLevel={(id, level) => update(id, (row) => withLevel(row, level))}
      onRemove={(id) => setRows((current) => current.filter((row) => row.competencyId !== id))}
      onText={(changed) => update(changed.competencyId, () => changed)}
    />
  );
}

const group = (kind: string) =>
  screen.getAllByTestId('competency-group').find((g) => g.dataset.kind === kind) as HTMLElement;
const row = (code: string) =>
  screen.getAllByTestId('competency-row').find((r) => r.dataset.code === code) as HTMLElement;

describe('StandardCompetencyTable', () => {
  it('groups rows by kind under a heading each, saying so when a kind has none', () => {
    render(<Composer initial={[managerial, technical]} />);
    expect(screen.getAllByTestId('competency-group').map((g) => g.dataset.kind)).toEqual([
      'managerial',
      'socioCultural',
      'technical',
    ]);
    expect(within(group('managerial')).getByRole('rowheader').textContent).toBe('A. Manajerial');
    expect(within(group('socioCultural')).getByText('Belum ada kompetensi.')).toBeTruthy();
    expect(within(group('technical')).getAllByTestId('competency-row')).toHaveLength(1);
  });

  it('lets only technical rows be removed', () => {
    render(<Composer initial={[managerial, technical]} />);
    expect(within(row('M.01')).queryByTestId('remove-competency')).toBeNull();
    fireEvent.click(within(row('ORG.01')).getByTestId('remove-competency'));
    expect(screen.queryAllByTestId('competency-row').map((r) => r.dataset.code)).toEqual(['M.01']);
  });

  it('changes a level, and the row waits for the dictionary text of the new level', () => {
    render(<Composer initial={[technical]} />);
    const select = within(row('ORG.01')).getByTestId('level-select') as HTMLSelectElement;
    expect(select.getAttribute('aria-label')).toContain('Penataan Kelembagaan');
    fireEvent.change(select, { target: { value: '4' } });
    expect(select.value).toBe('4');
    expect(within(row('ORG.01')).getByText('terisi setelah disimpan')).toBeTruthy();
  });

  it('edits a row text in place and marks the row as edited until it is reset', () => {
    render(<Composer initial={[technical]} />);
    const toggle = within(row('ORG.01')).getByTestId('edit-indicators');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const editor = screen.getByTestId('text-editor');
    expect(screen.getByTestId('text-editor-state').textContent).toBe('Teks sesuai kamus.');

    fireEvent.change(within(editor).getByTestId('level-description-input'), {
      target: { value: 'Mampu menata kelembagaan dan tata laksana.' },
    });
    expect(within(row('ORG.01')).getByTestId('edited-from-dictionary')).toBeTruthy();
    expect(row('ORG.01').textContent).toContain('Mampu menata kelembagaan dan tata laksana.');

    fireEvent.click(within(editor).getByTestId('reset-dictionary-text'));
    expect(within(row('ORG.01')).queryByTestId('edited-from-dictionary')).toBeNull();
    expect(row('ORG.01').textContent).toContain('Mampu menata kelembagaan perangkat daerah.');
  });

  it('offers no controls on a read-only standard', () => {
    const onLevel = vi.fn();
    render(
      <StandardCompetencyTable
        rows={[technical]}
        canEdit={false}
        onLevel={onLevel}
        onRemove={vi.fn()}
        onText={vi.fn()}
      />,
    );
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(within(row('ORG.01')).getAllByRole('cell')[1]?.textContent).toBe('3');
  });
});
