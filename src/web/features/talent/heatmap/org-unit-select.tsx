import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../shared/api/reference';
import { unitsInTreeOrder } from '../../../shared/org-units';
import { Field } from '../../../ui';

/** An org unit of the agency, indented by depth; empty value = none chosen yet. */
export function OrgUnitSelect({
  units,
  value,
  onChange,
}: {
  units: OrgUnit[];
  value: string | null;
  onChange: (orgUnitId: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('talent.heatmap.unit')} className="org-unit-select">
      <select
        name="orgUnitId"
        data-testid="heatmap-unit"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{t('talent.heatmap.chooseUnit')}</option>
        {unitsInTreeOrder(units).map(({ unit, depth }) => (
          <option key={unit.id} value={unit.id}>
            {`${'\u00a0\u00a0'.repeat(depth)}${unit.name}`}
          </option>
        ))}
      </select>
    </Field>
  );
}
