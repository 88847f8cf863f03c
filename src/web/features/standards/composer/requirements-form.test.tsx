import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Requirements } from '../api';
import { cleanRequirements, RequirementsForm } from './requirements-form';

const initial: Requirements = {
  education: { levels: ['S-1'], fieldsOfStudy: ['Administrasi Negara'], importance: 'essential' },
  training: { managerial: [], technical: [], functional: [] },
  experience: { description: 'Jabatan pengawas', years: 3, importance: 'important' },
  rank: { minGrade: 'IV/a', importance: 'essential' },
  performanceIndicators: [{ text: 'Tersusunnya evaluasi kelembagaan', importance: 'essential' }],
};

let latest: Requirements = initial;
function Holder({ canEdit = true }: { canEdit?: boolean }) {
  const [value, setValue] = useState(initial);
  latest = value;
  return <RequirementsForm value={value} canEdit={canEdit} onChange={setValue} />;
}

describe('RequirementsForm', () => {
  it('picks education levels from the reference list, in its order, and adds fields of study', () => {
    render(<Holder />);
    fireEvent.click(screen.getByLabelText('S-2'));
    fireEvent.click(screen.getByLabelText('D-IV'));
    const field = screen.getByTestId('req-field-of-study-input');
    fireEvent.change(field, { target: { value: ' Hukum ' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    fireEvent.change(field, { target: { value: 'hukum' } });
    fireEvent.click(screen.getByTestId('req-field-of-study-add'));
    expect(latest.education).toEqual({
      levels: ['D-IV', 'S-1', 'S-2'],
      fieldsOfStudy: ['Administrasi Negara', 'Hukum'],
      importance: 'essential',
    });
    fireEvent.click(screen.getByRole('button', { name: /Administrasi Negara/ }));
    expect(latest.education.fieldsOfStudy).toEqual(['Hukum']);
  });

  it('chooses the rank from the ranks list and shows another spelling as its grade', () => {
    render(<Holder />);
    const select = screen.getByTestId('req-rank-min-grade') as HTMLSelectElement;
    expect(select.value).toBe('IV/a');
    expect(screen.getByRole('option', { name: 'Penata (III/c)' })).toBeTruthy();
    fireEvent.change(select, { target: { value: 'III/c' } });
    expect(latest.rank.minGrade).toBe('III/c');
  });

  it('keeps each requirement with its importance', () => {
    render(<Holder />);
    fireEvent.change(screen.getByTestId('req-education-importance'), { target: { value: 'important' } });
    expect(latest.education.importance).toBe('important');
    expect(latest.experience.importance).toBe('important');
  });

  it('cannot be changed on a read-only standard', () => {
    render(<Holder canEdit={false} />);
    expect((screen.getByTestId('requirements-form') as HTMLFieldSetElement).disabled).toBe(true);
  });

  it('sends no empty performance indicator and no blank rank', () => {
    const cleaned = cleanRequirements({
      ...initial,
      rank: { minGrade: '  ', importance: 'essential' },
      performanceIndicators: [{ text: '   ', importance: 'essential' }],
    });
    expect(cleaned.rank.minGrade).toBeNull();
    expect(cleaned.performanceIndicators).toEqual([]);
  });
});
