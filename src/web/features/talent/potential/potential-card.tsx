import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDay, useFormatNumber } from '../../../shared/format';
import { useApi } from '../../../shared/use-api';
import { Alert, Button, Card, DataTable, ErrorAlert, Field, LoadState } from '../../../ui';
import { listPotential, type PotentialBandValue, recordPotential } from '../management-api';

const bands: readonly PotentialBandValue[] = ['high', 'medium', 'low'];

/**
 * Potential results of one civil servant (the 9-box reads the newest), and the form by which HR
 * enters one: a score 0–100 (banded by the agency's policy) or a category, its date and source.
 * Shown only to those the server lets read talent evidence; the form only with `recordPotential`.
 */
export function PotentialCard({ nip }: { nip: string }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const formatNumber = useFormatNumber();
  const list = useApi(`potential:${nip}`, () => listPotential(nip));
  const [form, setForm] = useState({ assessedOn: '', score: '', band: '', source: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const data = list.data;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await recordPotential(nip, {
        assessedOn: form.assessedOn,
        score: form.score.trim() === '' ? null : Number(form.score.replace(',', '.')),
        band: form.band === '' ? null : (form.band as PotentialBandValue),
        source: form.source.trim(),
      });
      setForm({ assessedOn: '', score: '', band: '', source: '' });
      setSaved(true);
      list.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card
      title={t('talent.potentialResults.title')}
      titleId="potential-title"
      compactTitle
      data-testid="potential-card"
    >
      <p className="muted small">{t('talent.potentialResults.intro')}</p>
      <LoadState loading={list.loading && !data} error={list.error} onRetry={list.reload} />
      {data && (
        <DataTable
          testId="potential-history"
          columns={[
            t('talent.potentialResults.date'),
            t('talent.potentialResults.result'),
            t('talent.potentialResults.source'),
          ]}
          rows={data.items}
          rowKey={(item) => item.id}
          renderRow={(item, index) => (
            <tr data-testid="potential-row" data-band={item.band}>
              <td className="nowrap">{formatDay(item.assessedOn)}</td>
              <td>
                {item.score === null ? '' : `${formatNumber(item.score)} · `}
                {item.bandName}
                {index === 0 && <span className="muted small"> {t('talent.potentialResults.used')}</span>}
              </td>
              <td>
                {item.source}
                <br />
                <span className="muted small">{t(`talent.potentialResults.entry.${item.entry}`)}</span>
              </td>
            </tr>
          )}
          empty={t('talent.potentialResults.empty')}
          emptyTestId="potential-empty"
        />
      )}
      {data?.permissions.recordPotential && (
        <form className="form potential-form" onSubmit={(event) => void onSubmit(event)} noValidate>
          <h3 className="subheading">{t('talent.potentialResults.add')}</h3>
          <div className="form-grid">
            <Field label={t('talent.potentialResults.date')}>
              <input
                type="date"
                name="assessedOn"
                required
                data-testid="potential-date"
                value={form.assessedOn}
                onChange={(e) => setForm({ ...form, assessedOn: e.target.value })}
              />
            </Field>
            <Field label={t('talent.potentialResults.score')} optional>
              <input
                type="text"
                inputMode="decimal"
                name="score"
                data-testid="potential-score"
                value={form.score}
                onChange={(e) => setForm({ ...form, score: e.target.value })}
              />
            </Field>
            <Field label={t('talent.potentialResults.band')} optional>
              <select
                name="band"
                data-testid="potential-band"
                value={form.band}
                onChange={(e) => setForm({ ...form, band: e.target.value })}
              >
                <option value="">{t('talent.potentialResults.bandFromScore')}</option>
                {bands.map((band) => (
                  <option key={band} value={band}>
                    {t(`talent.potentialResults.bands.${band}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('talent.potentialResults.source')}>
              <input
                type="text"
                name="source"
                required
                data-testid="potential-source"
                placeholder={t('talent.potentialResults.sourcePlaceholder')}
                value={form.source}
                onChange={(e) => setForm({ ...form, source: e.target.value })}
              />
            </Field>
          </div>
          <Button variant="primary" type="submit" disabled={busy} data-testid="potential-submit">
            {t('talent.potentialResults.save')}
          </Button>
          {saved && (
            <Alert tone="success" role="status" testId="potential-saved">
              {t('talent.potentialResults.saved')}
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} />}
        </form>
      )}
    </Card>
  );
}
