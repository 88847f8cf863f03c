import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../shared/api/reference';
import { Field } from '../../../ui';

/** Units in tree order (parents before their children) with their depth, for an indented select. */
function treeOrder(items: OrgUnit[]): { unit: OrgUnit; depth: number }[] {
  const out: { unit: OrgUnit; depth: number }[] = [];
  const known = new Set(items.map((u) => u.id));
  const walk = (parentId: string | null, depth: number) => {
    for (const unit of items) {
      const parent = unit.parentId && known.has(unit.parentId) ? unit.parentId : null;
      if (parent !== parentId) continue;
      out.push({ unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

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
        {treeOrder(units).map(({ unit, depth }) => (
          <option key={unit.id} value={unit.id}>
            {`${'\u00a0\u00a0'.repeat(depth)}${unit.name}`}
          </option>
        ))}
      </select>
    </Field>
  );
}
