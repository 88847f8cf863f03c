import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listOrgUnits } from '../../shared/api/reference';
import { useAction } from '../../shared/use-action';
import { useApi } from '../../shared/use-api';
import { Alert, Button, Card, ErrorAlert, Field } from '../../ui';
import { listPositions } from '../standards/api';
import { addPositions, type DraftingCampaignDetail } from './api';

/** Takes positions into scope: a whole org unit (with its sub-units) or one position at a time. */
export function AddPositionsForm({
  detail,
  onChanged,
}: {
  detail: DraftingCampaignDetail;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const agencyId = detail.draftingCampaign.agencyId;
  const units = useApi(`org-units:${agencyId}`, () => listOrgUnits(agencyId));
  const positions = useApi(`positions:${agencyId}`, () => listPositions(agencyId));
  const inScope = new Set(detail.positions.map((p) => p.positionId));
  const available = (positions.data?.items ?? []).filter((p) => !inScope.has(p.id));
  const [orgUnitId, setOrgUnitId] = useState('');
  const [includeSubUnits, setIncludeSubUnits] = useState(true);
  const [positionId, setPositionId] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const action = useAction(onChanged);

  async function add(input: Parameters<typeof addPositions>[1]) {
    setResult(null);
    await action.run(async () => {
      const answer = await addPositions(detail.draftingCampaign.id, input);
      setResult(t('draftingCampaigns.positionsTab.added', answer));
    });
  }

  function onUnit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (orgUnitId) void add({ orgUnitId, includeSubUnits });
  }

  function onPosition(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (positionId) void add({ positionIds: [positionId] }).then(() => setPositionId(''));
  }

  return (
    <Card title={t('draftingCampaigns.positionsTab.addTitle')} titleId="add-positions-title">
      <div className="two-columns">
        <form className="drafting-campaign-inline-form" onSubmit={onUnit} data-testid="add-unit-form">
          <Field label={t('draftingCampaigns.positionsTab.orgUnit')}>
            <select name="orgUnitId" value={orgUnitId} onChange={(e) => setOrgUnitId(e.target.value)}>
              <option value="">{t('draftingCampaigns.positionsTab.chooseUnit')}</option>
              {(units.data?.items ?? []).map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          </Field>
          <label className="drafting-campaign-check">
            <input
              className="checkbox"
              type="checkbox"
              checked={includeSubUnits}
              onChange={(e) => setIncludeSubUnits(e.target.checked)}
            />
            {t('draftingCampaigns.positionsTab.includeSubUnits')}
          </label>
          <Button type="submit" disabled={action.busy || !orgUnitId}>
            {t('draftingCampaigns.positionsTab.addUnit')}
          </Button>
        </form>
        <form className="drafting-campaign-inline-form" onSubmit={onPosition} data-testid="add-position-form">
          <Field label={t('draftingCampaigns.positionsTab.position')}>
            <select name="positionId" value={positionId} onChange={(e) => setPositionId(e.target.value)}>
              <option value="">
                {t('draftingCampaigns.positionsTab.choosePosition', { count: available.length })}
              </option>
              {available.map((position) => (
                <option key={position.id} value={position.id}>
                  {position.name}
                </option>
              ))}
            </select>
          </Field>
          <Button type="submit" disabled={action.busy || !positionId}>
            {t('draftingCampaigns.positionsTab.addPosition')}
          </Button>
        </form>
      </div>
      {result && (
        <Alert tone="success" role="status" data-testid="positions-added">
          {result}
        </Alert>
      )}
      <ErrorAlert error={action.error} />
    </Card>
  );
}
