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
  it('reads education levels and fields of study as comma-separated lists', () => {
    render(<Holder />);
    fireEvent.change(screen.getByTestId('req-education-levels'), { target: { value: 'S-1, S-2 ,, ' } });
    fireEvent.change(screen.getByTestId('req-fields-of-study'), { target: { value: 'Hukum, Manajemen' } });
    expect(latest.education).toEqual({
      levels: ['S-1', 'S-2'],
      fieldsOfStudy: ['Hukum', 'Manajemen'],
      importance: 'essential',
    });
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
