import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field } from './field';

describe('Field', () => {
  it('labels its control, so the control is found by its label', () => {
    render(
      <Field label="Nama kelompok">
        <input name="groupName" />
      </Field>,
    );
    expect(screen.getByLabelText('Nama kelompok').getAttribute('name')).toBe('groupName');
  });

  it('marks an optional control in the label', () => {
    render(
      <Field label="Kode" optional className="span-2">
        <input name="code" />
      </Field>,
    );
    const label = screen.getByText('Kode').closest('label');
    expect(label?.className).toBe('field span-2');
    expect(label?.querySelector('.field-optional')?.textContent).toBe(' (opsional)');
  });

  it('shows each server message for the control under it', () => {
    render(
      <Field label="Tanggal mulai" errors={['Tanggal wajib diisi.', 'Format YYYY-MM-DD.']}>
        <input name="startsOn" />
      </Field>,
    );
    const errors = screen.getByTestId('field-error');
    expect([...errors.querySelectorAll('.field-error')].map((error) => error.textContent)).toEqual([
      'Tanggal wajib diisi.',
      'Format YYYY-MM-DD.',
    ]);
  });

  it('shows no error box without errors', () => {
    render(
      <Field label="Nama" errors={[]}>
        <input name="name" />
      </Field>,
    );
    expect(screen.queryByTestId('field-error')).toBeNull();
  });
});
