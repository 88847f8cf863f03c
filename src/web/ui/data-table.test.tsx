import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable } from './data-table';

const rows = [
  { id: 'a', name: 'Analis SDM', level: 3 },
  { id: 'b', name: 'Kepala Bagian', level: 4 },
];

describe('DataTable', () => {
  it('renders a header row of columns and one body row per item', () => {
    render(
      <DataTable
        testId="positions"
        columns={['Jabatan', { label: 'Level', numeric: true }, { label: 'Aksi', hidden: true }]}
        rows={rows}
        rowKey={(row) => row.id}
        renderRow={(row) => (
          <tr data-testid="row">
            <td>{row.name}</td>
            <td className="num">{row.level}</td>
            <td>
              <button type="button">Buka</button>
            </td>
          </tr>
        )}
      />,
    );
    const table = screen.getByTestId('positions');
    expect(table.className).toBe('table');
    expect(table.parentElement?.className).toBe('table-wrap');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(['Jabatan', 'Level', 'Aksi']);
    expect(headers.every((header) => header.getAttribute('scope') === 'col')).toBe(true);
    expect(headers[1]?.className).toBe('num');
    // The actions column is named for screen readers but not shown.
    expect(headers[2]?.querySelector('.visually-hidden')?.textContent).toBe('Aksi');
    expect(screen.getAllByTestId('row').map((row) => row.textContent)).toEqual([
      'Analis SDM3Buka',
      'Kepala Bagian4Buka',
    ]);
  });

  it('shows the empty state instead of an empty table', () => {
    render(
      <DataTable
        testId="positions"
        columns={['Jabatan']}
        rows={[]}
        rowKey={() => ''}
        renderRow={() => null}
        empty="Belum ada data."
        emptyTestId="positions-empty"
      />,
    );
    expect(screen.queryByTestId('positions')).toBeNull();
    const empty = screen.getByTestId('positions-empty');
    expect(empty.tagName).toBe('P');
    expect(empty.className).toBe('muted');
    expect(empty.textContent).toBe('Belum ada data.');
  });

  it('keeps an empty table when no empty state is given (a form adds the first row)', () => {
    render(<DataTable testId="t" columns={['Kode']} rows={[]} rowKey={() => ''} renderRow={() => null} />);
    expect(within(screen.getByTestId('t')).getAllByRole('row')).toHaveLength(1);
  });

  it('takes custom header rows, body rows, totals and a pager', () => {
    render(
      <DataTable
        testId="summary"
        className="table-clickable"
        head={
          <>
            <tr>
              <th colSpan={2}>Jabatan</th>
            </tr>
            <tr>
              <th>Nama</th>
              <th>Beban</th>
            </tr>
          </>
        }
        footer={
          <tr>
            <th>Jumlah</th>
            <td>2</td>
          </tr>
        }
        paging={<nav aria-label="Halaman">1 dari 3</nav>}
      >
        <tr>
          <td>Analis</td>
          <td>2</td>
        </tr>
      </DataTable>,
    );
    const table = screen.getByTestId('summary');
    expect(table.className).toBe('table table-clickable');
    expect(table.querySelectorAll('thead tr')).toHaveLength(2);
    expect(table.querySelector('tfoot')?.textContent).toBe('Jumlah2');
    expect(screen.getByRole('navigation', { name: 'Halaman' }).textContent).toBe('1 dari 3');
  });
});
