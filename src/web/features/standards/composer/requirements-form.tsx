import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeGrade } from '../../../../domain/job-standard-policy';
import { educationLevels, ranks } from '../../../../domain/reference';
import { Button, Field } from '../../../ui';
import type { Importance, Requirements } from '../api';
import { composerIds } from './finding-target';
import { ImportanceSelect } from './importance-select';

/**
 * Fields of study offered while typing. Not an official list (none exists in the reference data):
 * the common fields of administrative positions; anything else may still be typed.
 */
export const suggestedFieldsOfStudy = [
  'Administrasi Negara',
  'Administrasi Publik',
  'Ilmu Pemerintahan',
  'Manajemen',
  'Manajemen Sumber Daya Manusia',
  'Psikologi',
  'Hukum',
  'Ekonomi',
  'Akuntansi',
  'Ilmu Sosial dan Ilmu Politik',
  'Teknik Informatika',
  'Sistem Informasi',
  'Statistika',
  'Pendidikan',
  'Kesehatan Masyarakat',
];

/** Education levels in the order of the reference list, whatever order they were ticked in. */
function orderedLevels(levels: readonly string[]): string[] {
  return educationLevels.filter((level) => levels.includes(level));
}

/**
 * Education (levels ticked from the reference list, fields of study as a list with suggestions),
 * experience, rank (chosen from the ranks I/a–IV/e) and one performance indicator, each with its
 * importance.
 */
export function RequirementsForm({
  value,
  canEdit,
  onChange,
}: {
  value: Requirements;
  canEdit: boolean;
  onChange: (next: Requirements) => void;
}) {
  const { t } = useTranslation();
  const { education, experience, rank } = value;
  const indicator = value.performanceIndicators[0] ?? { text: '', importance: 'essential' as Importance };
  const setIndicator = (next: { text: string; importance: Importance }) =>
    onChange({
      ...value,
      performanceIndicators: [next, ...value.performanceIndicators.slice(1)],
    });
  // A grade written another way ("Penata (III/c)", "iii/c") shows as the ranks list has it.
  const grade = rank.minGrade ? (normalizeGrade(rank.minGrade) ?? rank.minGrade) : '';
  const unknownGrade = grade !== '' && !ranks.some((r) => r.grade === grade);
  const toggleLevel = (level: string, on: boolean) =>
    onChange({
      ...value,
      education: {
        ...education,
        levels: orderedLevels(
          on ? [...education.levels, level] : education.levels.filter((l) => l !== level),
        ),
      },
    });

  return (
    <fieldset className="form requirements-form" disabled={!canEdit} data-testid="requirements-form">
      <legend className="visually-hidden">{t('standards.requirements.title')}</legend>
      <fieldset className="choice-chips" id={composerIds.education} data-testid="req-education-levels">
        <legend>{t('standards.requirements.educationLevels')}</legend>
        {educationLevels.map((level) => (
          <label key={level} className="choice-chips-item">
            <input
              type="checkbox"
              data-testid="req-education-level"
              value={level}
              checked={education.levels.includes(level)}
              onChange={(event) => toggleLevel(level, event.target.checked)}
            />
            {level}
          </label>
        ))}
        {education.levels
          .filter((level) => !educationLevels.includes(level))
          .map((level) => (
            <label key={level} className="choice-chips-item">
              <input type="checkbox" checked onChange={() => toggleLevel(level, false)} />
              {level}
            </label>
          ))}
      </fieldset>
      <div className="form-grid">
        <FieldsOfStudy
          values={education.fieldsOfStudy}
          onChange={(fieldsOfStudy) => onChange({ ...value, education: { ...education, fieldsOfStudy } })}
        />
        <Field label={t('standards.importance.label')}>
          <ImportanceSelect
            testId="req-education-importance"
            value={education.importance}
            onChange={(importance) => onChange({ ...value, education: { ...education, importance } })}
          />
        </Field>
        <Field label={t('standards.requirements.experience')}>
          <textarea
            rows={2}
            data-testid="req-experience-description"
            value={experience.description}
            onChange={(event) =>
              onChange({ ...value, experience: { ...experience, description: event.target.value } })
            }
          />
        </Field>
        <Field label={t('standards.requirements.experienceYears')}>
          <input
            type="number"
            min={0}
            max={45}
            data-testid="req-experience-years"
            value={experience.years ?? ''}
            onChange={(event) =>
              onChange({
                ...value,
                experience: {
                  ...experience,
                  years: event.target.value === '' ? null : Math.trunc(Number(event.target.value)),
                },
              })
            }
          />
        </Field>
        <Field label={t('standards.importance.label')}>
          <ImportanceSelect
            testId="req-experience-importance"
            value={experience.importance}
            onChange={(importance) => onChange({ ...value, experience: { ...experience, importance } })}
          />
        </Field>
        <Field label={t('standards.requirements.minGrade')}>
          <select
            id={composerIds.rank}
            data-testid="req-rank-min-grade"
            value={grade}
            onChange={(event) =>
              onChange({ ...value, rank: { ...rank, minGrade: event.target.value || null } })
            }
          >
            <option value="">{t('standards.requirements.chooseGrade')}</option>
            {unknownGrade && <option value={grade}>{grade}</option>}
            {ranks.map((r) => (
              <option key={r.grade} value={r.grade}>
                {r.rank} ({r.grade})
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('standards.importance.label')}>
          <ImportanceSelect
            testId="req-rank-importance"
            value={rank.importance}
            onChange={(importance) => onChange({ ...value, rank: { ...rank, importance } })}
          />
        </Field>
        <Field label={t('standards.requirements.performanceIndicator')}>
          <textarea
            id={composerIds.performance}
            rows={2}
            data-testid="req-performance-indicator"
            value={indicator.text}
            onChange={(event) => setIndicator({ ...indicator, text: event.target.value })}
          />
        </Field>
        <Field label={t('standards.importance.label')}>
          <ImportanceSelect
            testId="req-performance-importance"
            value={indicator.importance}
            onChange={(importance) => setIndicator({ ...indicator, importance })}
          />
        </Field>
      </div>
    </fieldset>
  );
}

/** The fields of study as removable chips, and a box with suggestions to add one more. */
function FieldsOfStudy({ values, onChange }: { values: string[]; onChange: (next: string[]) => void }) {
  const { t } = useTranslation();
  const listId = useId();
  const [draft, setDraft] = useState('');
  const add = () => {
    const name = draft.trim();
    if (name && !values.some((v) => v.toLowerCase() === name.toLowerCase())) onChange([...values, name]);
    setDraft('');
  };
  return (
    <div className="chip-list" data-testid="req-fields-of-study">
      <Field label={t('standards.requirements.fieldsOfStudy')}>
        <span className="chip-list-entry">
          <input
            list={listId}
            data-testid="req-field-of-study-input"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <Button variant="secondary" size="small" data-testid="req-field-of-study-add" onClick={add}>
            {t('standards.requirements.addField')}
          </Button>
        </span>
      </Field>
      <datalist id={listId}>
        {suggestedFieldsOfStudy
          .filter((name) => !values.includes(name))
          .map((name) => (
            <option key={name} value={name} />
          ))}
      </datalist>
      {values.length > 0 && (
        <ul className="chip-list-items">
          {values.map((name) => (
            <li key={name} className="chip-list-item" data-testid="req-field-of-study">
              {name}
              <button
                type="button"
                className="chip-list-remove"
                aria-label={t('standards.requirements.removeField', { name })}
                onClick={() => onChange(values.filter((v) => v !== name))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The requirements as the API accepts them: blank performance indicators left out. */
export function cleanRequirements(requirements: Requirements): Requirements {
  return {
    ...requirements,
    rank: { ...requirements.rank, minGrade: requirements.rank.minGrade?.trim() || null },
    performanceIndicators: requirements.performanceIndicators
      .map((item) => ({ ...item, text: item.text.trim() }))
      .filter((item) => item.text.length > 0),
  };
}
