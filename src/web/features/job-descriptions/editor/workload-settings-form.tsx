import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../../shared/format';
import { Alert, Button, Card, ErrorAlert, Field } from '../../../ui';
import { type AgencyWorkloadSettings, updateWorkloadSettings } from '../api';

/**
 * The agency's effective working time (waktu kerja efektif). The agency admin changes it; every
 * job description's workload and the positions' required headcount are then recomputed.
 */
export function WorkloadSettingsForm({
  agencyId,
  settings,
  onSaved,
}: {
  agencyId: string;
  settings: AgencyWorkloadSettings;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const [perYear, setPerYear] = useState(String(settings.effectiveMinutesPerYear));
  const [perDay, setPerDay] = useState(String(settings.minutesPerDay));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ count: number; changed: number } | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const result = await updateWorkloadSettings(agencyId, {
        effectiveMinutesPerYear: Number(perYear),
        minutesPerDay: Number(perDay),
      });
      setDone({ count: result.recomputed.jobDescriptions, changed: result.recomputed.changedPositions });
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('workloadSummary.settings.title')} titleId="jd-settings-title" className="jd-settings">
      <p className="muted small">
        {t('workloadSummary.settings.defaults', {
          perYear: format(settings.defaults.effectiveMinutesPerYear),
          perDay: format(settings.defaults.minutesPerDay),
        })}
      </p>
      {settings.canEdit ? (
        <form className="jd-settings-form" onSubmit={(event) => void onSubmit(event)} noValidate>
          <Field label={t('workloadSummary.settings.perYear')}>
            <input
              type="number"
              inputMode="numeric"
              step={1}
              value={perYear}
              data-testid="jd-settings-year"
              onChange={(event) => setPerYear(event.target.value)}
            />
          </Field>
          <Field label={t('workloadSummary.settings.perDay')}>
            <input
              type="number"
              inputMode="numeric"
              step={1}
              value={perDay}
              data-testid="jd-settings-day"
              onChange={(event) => setPerDay(event.target.value)}
            />
          </Field>
          <Button variant="primary" type="submit" data-testid="jd-settings-save" disabled={busy}>
            {busy ? t('common.saving') : t('workloadSummary.settings.save')}
          </Button>
        </form>
      ) : (
        <p data-testid="jd-settings-value">
          {t('workloadSummary.settings.value', {
            perYear: format(settings.effectiveMinutesPerYear),
            perDay: format(settings.minutesPerDay),
          })}{' '}
          <span className="muted small">{t('workloadSummary.settings.readOnly')}</span>
        </p>
      )}
      <ErrorAlert error={error} />
      {done && (
        <Alert tone="success" className="small" role="status">
          {t('workloadSummary.settings.saved', { count: done.count, changed: done.changed })}
        </Alert>
      )}
    </Card>
  );
}
