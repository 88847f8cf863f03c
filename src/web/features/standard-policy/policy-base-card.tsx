import { useTranslation } from 'react-i18next';
import { Alert, Card, Field } from '../../ui';
import type { StandardPolicySetting } from './api';
import type { PolicyDraft } from './policy-draft';

/**
 * Which base policy the agency builds on (seed 001, seed 004), and the technical competency count
 * every standard must have.
 */
export function PolicyBaseCard({
  setting,
  draft,
  canEdit,
  editable,
  update,
}: {
  setting: StandardPolicySetting;
  draft: PolicyDraft;
  /** May change the base (even while "reset all" is pending). */
  canEdit: boolean;
  /** May change the figures. */
  editable: boolean;
  update: (change: Partial<PolicyDraft>) => void;
}) {
  const { t } = useTranslation();
  const baseChanged = draft.baseName !== setting.baseName;
  return (
    <Card title={t('policy.baseTitle')} titleId="policy-base-title">
      <p className="muted small">{t('policy.baseHint')}</p>
      <div className="form-grid">
        <Field label={t('policy.base')}>
          <select
            data-testid="policy-base"
            value={draft.baseName}
            disabled={!canEdit}
            onChange={(event) => update({ baseName: event.target.value })}
          >
            {setting.available.map((policy) => (
              <option key={policy.id} value={policy.id}>
                {policy.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('policy.technicalMin')}>
          <NumberInput
            value={draft.technicalCount.min}
            disabled={!editable}
            onChange={(min) => update({ technicalCount: { ...draft.technicalCount, min } })}
          />
        </Field>
        <Field label={t('policy.technicalMax')}>
          <NumberInput
            value={draft.technicalCount.max}
            disabled={!editable}
            onChange={(max) => update({ technicalCount: { ...draft.technicalCount, max } })}
          />
        </Field>
      </div>
      <p className="muted small" data-testid="policy-effective-name">
        {t('policy.effectiveName', { name: setting.effective.name })}
      </p>
      {baseChanged && (
        <Alert tone="info" role="status">
          {t('policy.baseChanged')}
        </Alert>
      )}
    </Card>
  );
}

function NumberInput({
  value,
  disabled,
  onChange,
}: {
  value: number;
  disabled: boolean;
  onChange: (value: number) => void;
}) {
  return (
    <input
      type="number"
      min={1}
      max={20}
      value={Number.isNaN(value) ? '' : value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value === '' ? Number.NaN : Number(event.target.value))}
    />
  );
}
