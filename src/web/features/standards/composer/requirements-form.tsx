import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui';
import type { Importance, Requirements } from '../api';
import { ImportanceSelect } from './importance-select';

const splitList = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** Education, experience, rank and one performance indicator, each with its importance. */
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

  return (
    <fieldset className="form requirements-form" disabled={!canEdit} data-testid="requirements-form">
      <legend className="visually-hidden">{t('standards.requirements.title')}</legend>
      <div className="form-grid">
        <Field label={t('standards.requirements.educationLevels')}>
          <input
            data-testid="req-education-levels"
            defaultValue={education.levels.join(', ')}
            onChange={(event) =>
              onChange({ ...value, education: { ...education, levels: splitList(event.target.value) } })
            }
          />
        </Field>
        <Field label={t('standards.requirements.fieldsOfStudy')}>
          <input
            data-testid="req-fields-of-study"
            defaultValue={education.fieldsOfStudy.join(', ')}
            onChange={(event) =>
              onChange({
                ...value,
                education: { ...education, fieldsOfStudy: splitList(event.target.value) },
              })
            }
          />
        </Field>
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
          <input
            data-testid="req-rank-min-grade"
            value={rank.minGrade ?? ''}
            placeholder="III/c"
            onChange={(event) =>
              onChange({
                ...value,
                rank: { ...rank, minGrade: event.target.value.trim() ? event.target.value : null },
              })
            }
          />
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
