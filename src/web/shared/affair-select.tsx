import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getGovernmentAffairs } from './api/reference';
import { useApi } from './use-api';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Label of the empty option (e.g. "Semua urusan"); without it a choice is required. */
  emptyLabel?: string;
  name?: string;
  testId?: string;
  invalid?: boolean;
}

/** Government affairs (UU 23/2014) and supporting functions, grouped in two `<optgroup>`s. */
export function AffairSelect({
  value,
  onChange,
  emptyLabel,
  name = 'governmentAffair',
  testId,
  invalid,
}: Props) {
  const { t } = useTranslation();
  const affairs = useApi('government-affairs', getGovernmentAffairs);
  const items = affairs.data?.items ?? [];
  const known = items.some((item) => item.name === value);
  const group = (kind: 'affair' | 'supportingFunction') =>
    items
      .filter((item) => item.kind === kind)
      .map((item) => (
        <option key={item.name} value={item.name}>
          {item.name}
        </option>
      ));

  return (
    <select
      name={name}
      data-testid={testId}
      value={value}
      aria-invalid={invalid || undefined}
      onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
    >
      <option value="">
        {affairs.loading && !affairs.data ? t('common.loading') : (emptyLabel ?? t('affairs.choose'))}
      </option>
      {/* A stored value the list no longer knows stays selectable, so nothing is lost silently. */}
      {value && affairs.data && !known && <option value={value}>{value}</option>}
      <optgroup label={t('affairs.affairs')}>{group('affair')}</optgroup>
      <optgroup label={t('affairs.supportingFunctions')}>{group('supportingFunction')}</optgroup>
    </select>
  );
}
