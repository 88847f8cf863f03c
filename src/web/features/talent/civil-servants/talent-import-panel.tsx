import '../../../shared/job-progress.css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportReport, rejectedImport } from '../../../shared/import-report';
import { type ImportTemplateKind, ImportTemplateLink } from '../../../shared/import-template-link';
import { Alert, Button, Card, ErrorAlert, Field } from '../../../ui';
import type { BackgroundJob } from '../../standards/documents-api';
import {
  type AssessmentImportResult,
  type CivilServantImportResult,
  importColumns,
  runTalentImport,
  type TalentImportKind,
} from '../api';
import { importPotential, type PotentialImportResult } from '../management-api';

type Result =
  | { kind: 'civilServants'; value: CivilServantImportResult }
  | { kind: 'assessments'; value: AssessmentImportResult }
  | { kind: 'potential'; value: PotentialImportResult };

const templateKinds: Record<TalentImportKind, ImportTemplateKind> = {
  civilServants: 'civil-servants',
  assessments: 'assessments',
  potential: 'potential',
};

/**
 * Upload of civil servants or assessment results (.xlsx or .csv). The import runs in the
 * background on the server: its step and rows read show while it runs. The server takes all rows
 * or none; a rejected file comes back as a row report, a good one as counts.
 */
export function TalentImportPanel({ kind, onImported }: { kind: TalentImportKind; onImported: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<BackgroundJob | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const report = rejectedImport(error);
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
      setResult(
        kind === 'civilServants'
          ? { kind, value: await runTalentImport('civilServants', file, setProgress) }
          : kind === 'assessments'
            ? { kind, value: await runTalentImport('assessments', file, setProgress) }
            : { kind, value: await importPotential(file) },
      );
      setFile(null);
      setInputKey((k) => k + 1);
      onImported();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <Card className="talent-import" data-testid={`import-panel-${kind}`} aria-labelledby={`import-${kind}`}>
      <h3 id={`import-${kind}`} className="card-title">
        {t(`talent.import.${kind}.title`)}
      </h3>
      <p className="muted small">{t(`talent.import.${kind}.intro`)}</p>
      <p className="small talent-import-columns">
        <span>{t('talent.import.columns')}</span>{' '}
        {importColumns[kind].map((column) => (
          <code key={column.name} className={column.required ? 'column-required' : undefined}>
            {column.name}
            {column.required ? '*' : ''}
          </code>
        ))}
      </p>
      <p className="muted small">
        {t('talent.import.requiredNote')} <ImportTemplateLink kind={templateKinds[kind]} />
      </p>
      <p className="muted small">{t(`talent.import.${kind}.values`)}</p>
      <form className="form talent-import-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <Field label={t('talent.import.file')} errors={wrongType ? [t('talent.import.wrongType')] : []}>
          <input
            key={inputKey}
            type="file"
            name="file"
            data-testid={`import-file-${kind}`}
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
          data-testid={`import-submit-${kind}`}
          disabled={!file || wrongType || busy}
        >
          {busy ? t('talent.import.uploading') : t('talent.import.submit')}
        </Button>
      </form>
      {busy && (
        <div className="job-progress" data-testid={`import-progress-${kind}`}>
          {/* Rows are counted as they are read: the total is not known, so the bar only moves. */}
          <progress aria-label={t('talent.import.progressLabel')} />
          <span role="status">
            {progress
              ? t(`talent.import.phase.${progress.phase ?? progress.status}`, { rows: progress.rowsRead })
              : t('talent.import.uploading')}
          </span>
        </div>
      )}
      {result && (
        <Alert tone="success" role="status" data-testid={`import-success-${kind}`}>
          {result.kind === 'civilServants'
            ? t('talent.import.civilServants.success', {
                rows: result.value.rows,
                created: result.value.created,
                updated: result.value.updated,
              })
            : result.kind === 'assessments'
              ? t('talent.import.assessments.success', {
                  rows: result.value.rows,
                  sessions: result.value.assessments,
                })
              : t('talent.import.potential.success', { rows: result.value.rows })}
        </Alert>
      )}
      {report && (
        <ImportReport
          report={report}
          texts="talent.import"
          testId="talent-import-report"
          rowTestId="talent-import-problem"
        />
      )}
      {error !== null && !report && <ErrorAlert error={error} />}
    </Card>
  );
}
