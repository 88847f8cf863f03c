import '../../../shared/job-progress.css';
import './position-map-import.css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/request';
import { ImportReport, rejectedImport } from '../../../shared/import-report';
import { ImportTemplateLink } from '../../../shared/import-template-link';
import { Alert, Button, ButtonLink, Card, ErrorAlert, Field, PageHeader } from '../../../ui';
import { useCapabilities } from '../../account/current-user';
import type { BackgroundJob } from '../../standards/documents-api';
import { type ImportedColumns, type PositionMapImportResult, runPositionMapImport } from './api';

function isColumns(value: unknown): value is ImportedColumns {
  const record = value as Partial<ImportedColumns> | null;
  return Array.isArray(record?.mapped) && Array.isArray(record?.ignored);
}

/** Which header of the file was read as which column, and which were ignored. */
function ColumnReport({ columns }: { columns: ImportedColumns }) {
  const { t } = useTranslation();
  return (
    <div className="map-import-columns small" data-testid="map-import-columns">
      <p>
        <strong>{t('positionMapImport.columnsRead')}</strong>{' '}
        {columns.mapped.length === 0
          ? t('positionMapImport.none')
          : columns.mapped
              .map((c) => (c.header === c.column ? c.header : `${c.header} → ${c.column}`))
              .join(', ')}
      </p>
      <p>
        <strong>{t('positionMapImport.columnsIgnored')}</strong>{' '}
        {columns.ignored.length === 0 ? t('positionMapImport.none') : columns.ignored.join(', ')}
      </p>
    </div>
  );
}

/**
 * `/peta-jabatan/impor`: the agency admin brings the agency's existing peta jabatan in (units,
 * positions, group, level, class, B, K). The server takes every row or none; a rejected file
 * comes back as the row report, a good one as counts of units and positions created or updated.
 */
export function PositionMapImportPage() {
  const { t } = useTranslation();
  const canImport = useCapabilities().importPositionMap;
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<BackgroundJob | null>(null);
  const [result, setResult] = useState<PositionMapImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [inputKey, setInputKey] = useState(0);
  const report = rejectedImport(error);
  const rejectedColumns =
    error instanceof ApiError && isColumns(error.details?.columns) ? error.details.columns : null;
  const lower = file?.name.toLowerCase() ?? '';
  const wrongType = file !== null && !lower.endsWith('.xlsx') && !lower.endsWith('.csv');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file || wrongType) return;
    setBusy(true);
    setError(null);
    setResult(null);
    setProgress(null);
    try {
      setResult(await runPositionMapImport(file, setProgress));
      setFile(null);
      setInputKey((k) => k + 1);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <div className="page map-import-page">
      <PageHeader
        title={t('positionMapImport.title')}
        subtitle={t('positionMapImport.intro')}
        actions={
          <ButtonLink size="small" to="/peta-jabatan">
            {t('positionMapImport.backToMap')}
          </ButtonLink>
        }
      />
      {!canImport ? (
        <Alert tone="info">{t('positionMapImport.adminOnly')}</Alert>
      ) : (
        <Card
          title={t('positionMapImport.panelTitle')}
          titleId="map-import-title"
          data-testid="map-import-panel"
          actions={<ImportTemplateLink kind="position-map" />}
        >
          <ul className="small map-import-notes">
            <li>{t('positionMapImport.notes.units')}</li>
            <li>{t('positionMapImport.notes.spellings')}</li>
            <li>{t('positionMapImport.notes.reuse')}</li>
          </ul>
          <form className="form map-import-form" onSubmit={(event) => void onSubmit(event)} noValidate>
            <Field label={t('talent.import.file')} errors={wrongType ? [t('talent.import.wrongType')] : []}>
              <input
                key={inputKey}
                type="file"
                name="file"
                data-testid="map-import-file"
                accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-invalid={wrongType || undefined}
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  setResult(null);
                  setError(null);
                }}
              />
            </Field>
            <Button
              variant="primary"
              type="submit"
              data-testid="map-import-submit"
              disabled={!file || wrongType || busy}
            >
              {busy ? t('talent.import.uploading') : t('talent.import.submit')}
            </Button>
          </form>
          {busy && (
            <div className="job-progress" data-testid="map-import-progress">
              <progress aria-label={t('talent.import.progressLabel')} />
              <span role="status">
                {progress
                  ? t(`talent.import.phase.${progress.phase ?? progress.status}`, { rows: progress.rowsRead })
                  : t('talent.import.uploading')}
              </span>
            </div>
          )}
          {result && (
            <>
              <Alert tone="success" role="status" data-testid="map-import-success">
                {t('positionMapImport.success', {
                  rows: result.rows,
                  unitsCreated: result.units.created,
                  unitsReused: result.units.reused,
                  created: result.positions.created,
                  updated: result.positions.updated,
                  unchanged: result.positions.unchanged,
                })}{' '}
                <a href="/peta-jabatan" data-testid="map-import-open-map">
                  {t('positionMapImport.openMap')}
                </a>
              </Alert>
              <ColumnReport columns={result.columns} />
            </>
          )}
          {report && (
            <>
              <ImportReport
                report={report}
                texts="talent.import"
                testId="map-import-report"
                rowTestId="map-import-problem"
              />
              {rejectedColumns && <ColumnReport columns={rejectedColumns} />}
            </>
          )}
          {error !== null && !report && <ErrorAlert error={error} />}
        </Card>
      )}
    </div>
  );
}
