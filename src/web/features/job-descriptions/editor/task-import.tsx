import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/request';
import { ImportTemplateLink } from '../../../shared/import-template-link';
import { Button, ButtonAnchor, Card, DataTable, ErrorAlert, Field } from '../../../ui';
import { importTasks, jobDescriptionFileUrl, type TaskImportResult } from '../api';

interface RowProblem {
  row: number;
  column: string | null;
  code: string;
  message: string;
}

function problemsOf(error: unknown): RowProblem[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details?.problems)) return [];
  return error.details.problems as RowProblem[];
}

/**
 * Task details from the flat sheet HR staff keep (one row per task). The whole list is replaced
 * as a new version, or nothing at all with a row report.
 */
export function TaskImport({
  positionId,
  revision,
  dirty,
  hasSaved,
  onImported,
}: {
  positionId: string;
  revision: number;
  /** Unsaved edits would be lost by the reload after an import: save first. */
  dirty: boolean;
  hasSaved: boolean;
  onImported: (result: TaskImportResult) => void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const problems = problemsOf(error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      onImported(await importTasks(positionId, file, revision));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card
      title={t('jobDescription.import.title')}
      titleId="jd-import-title"
      titleLevel={3}
      className="jd-import"
    >
      <p className="muted small">{t('jobDescription.import.intro')}</p>
      <form className="jd-import-form" onSubmit={(event) => void onSubmit(event)}>
        <Field label={t('jobDescription.import.file')}>
          <input
            type="file"
            accept=".xlsx,.csv"
            data-testid="jd-import-file"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </Field>
        <Button type="submit" data-testid="jd-import-submit" disabled={!file || busy || dirty}>
          {busy ? t('jobDescription.import.importing') : t('jobDescription.import.submit')}
        </Button>
        <ImportTemplateLink kind="job-description-tasks" />
        {hasSaved && (
          <ButtonAnchor size="small" href={jobDescriptionFileUrl(positionId, 'tasks.xlsx')} download>
            {t('jobDescription.import.template')}
          </ButtonAnchor>
        )}
      </form>
      {dirty && <p className="muted small">{t('jobDescription.import.dirty')}</p>}
      <ErrorAlert error={error} />
      {problems.length > 0 && (
        <DataTable
          testId="jd-import-report"
          caption={t('jobDescription.import.report')}
          columns={[
            { label: t('jobDescription.import.row'), numeric: true },
            t('jobDescription.import.column'),
            t('jobDescription.import.problem'),
          ]}
          rows={problems}
          rowKey={(p) => `${p.row}:${p.column}:${p.code}`}
          renderRow={(p) => (
            <tr>
              <td className="num">{p.row}</td>
              <td>{p.column ?? t('common.none')}</td>
              <td>{p.message}</td>
            </tr>
          )}
        />
      )}
    </Card>
  );
}
