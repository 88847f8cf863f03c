import { useTranslation } from 'react-i18next';
import { type Importance, importances } from '../api';

/** Mutlak / Penting / Perlu. */
export function ImportanceSelect({
  value,
  onChange,
  testId,
  label,
}: {
  value: Importance;
  onChange: (value: Importance) => void;
  testId?: string;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <select
      data-testid={testId}
      aria-label={label ?? t('standards.importance.label')}
      value={value}
      onChange={(event) => onChange(event.target.value as Importance)}
    >
      {importances.map((importance) => (
        <option key={importance} value={importance}>
          {t(`standards.importance.${importance}`)}
        </option>
      ))}
    </select>
  );
}
