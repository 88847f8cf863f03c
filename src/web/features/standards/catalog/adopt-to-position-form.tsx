import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../../../shared/use-api';
import { Button, ErrorAlert, Field, LoadState, useConfirm } from '../../../ui';
import { useCapabilities } from '../../account/current-user';
import { listPositions } from '../api';
import { adoptStandard, adoptStandardAsIs, type CatalogItem } from '../catalog-api';

/**
 * "Adopsi ke jabatan…": pick one of the agency's positions (the one of the same name first) and
 * copy the ratified standard as its new draft, then open that draft. Whoever the server lets
 * adopt as is (the agency admin) may instead take it ratified, unchanged, after one confirmation.
 */
export function AdoptToPositionForm({
  item,
  agencyId,
  onCancel,
}: {
  item: CatalogItem;
  agencyId: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canAdoptAsIs = useCapabilities().adoptStandardsAsIs;
  const { confirm, dialog } = useConfirm();
  const positions = useApi(`positions:${agencyId}`, () => listPositions(agencyId));
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const items = positions.data?.items ?? [];
  const sameName = items.find((p) => p.name.toLowerCase() === item.positionName.toLowerCase());
  const positionId = chosen ?? sameName?.id ?? items[0]?.id ?? '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!positionId) return;
    setBusy(true);
    setError(null);
    try {
      const created = await adoptStandard(item.id, positionId);
      navigate(`/skj/${created.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  async function adoptAsIs() {
    if (!positionId) return;
    const position = items.find((p) => p.id === positionId);
    const ok = await confirm(
      t('catalog.adoptAsIsConfirm', { standard: item.positionName, position: position?.name ?? '' }),
      t('catalog.adoptAsIs'),
    );
    if (!ok) return;
    setBusy(true);
    setError(null);
    try {
      const adopted = await adoptStandardAsIs(item.id, positionId);
      navigate(`/skj/${adopted.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <form className="adopt-form" data-testid="adopt-form" onSubmit={(event) => void submit(event)}>
      <LoadState
        loading={positions.loading && !positions.data}
        error={positions.error}
        onRetry={positions.reload}
      />
      {positions.data && items.length === 0 && <p className="muted">{t('catalog.noPositions')}</p>}
      {items.length > 0 && (
        <>
          <Field label={t('catalog.targetPosition', { position: item.positionName })}>
            <select
              name="positionId"
              data-testid="adopt-position-select"
              value={positionId}
              onChange={(event) => setChosen(event.target.value)}
            >
              {items.map((position) => (
                <option key={position.id} value={position.id}>
                  {position.orgUnitName ? `${position.name} — ${position.orgUnitName}` : position.name}
                </option>
              ))}
            </select>
          </Field>
          <div className="toolbar">
            <Button variant="primary" type="submit" data-testid="adopt-confirm" disabled={busy}>
              {busy ? t('common.saving') : t('similar.adopt')}
            </Button>
            {canAdoptAsIs && (
              <Button
                variant="secondary"
                data-testid="adopt-as-is"
                disabled={busy}
                onClick={() => void adoptAsIs()}
              >
                {t('catalog.adoptAsIs')}
              </Button>
            )}
            <Button variant="ghost" onClick={onCancel}>
              {t('catalog.cancel')}
            </Button>
          </div>
        </>
      )}
      {canAdoptAsIs && items.length > 0 && <p className="muted small">{t('catalog.adoptAsIsHint')}</p>}
      <ErrorAlert error={error} />
      {dialog}
    </form>
  );
}
