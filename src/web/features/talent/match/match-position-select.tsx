import { useTranslation } from 'react-i18next';
import { useApi } from '../../../shared/use-api';
import { Field } from '../../../ui';
import { listPositionOptions } from '../api';

/**
 * The position a match is computed against: the civil servant's own (empty value) or any position
 * of the agency that has a ratified standard.
 */
export function MatchPositionSelect({
  agencyId,
  value,
  ownPositionName,
  onChange,
}: {
  agencyId: string;
  value: string | null;
  ownPositionName: string | null;
  onChange: (positionId: string | null) => void;
}) {
  const { t } = useTranslation();
  const positions = useApi(`talent-positions:${agencyId}`, () => listPositionOptions(agencyId));
  const options = (positions.data?.items ?? []).filter((p) => p.hasRatifiedStandard);
  return (
    <Field label={t('talent.match.choosePosition')} className="match-position-select">
      <select
        name="positionId"
        data-testid="match-position"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">
          {ownPositionName
            ? t('talent.match.ownPosition', { name: ownPositionName })
            : t('talent.match.noOwnPosition')}
        </option>
        {options.map((position) => (
          <option key={position.id} value={position.id}>
            {position.name}
            {position.orgUnitName ? ` — ${position.orgUnitName}` : ''}
          </option>
        ))}
      </select>
    </Field>
  );
}
