import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../../shared/api/request';
import { ImportReport, rejectedImport } from '../../../shared/import-report';
import { Alert, Button, ButtonAnchor, Card, ErrorAlert } from '../../../ui';

interface ImportResult {
  standards: number;
  created: number;
  updated: number;
  revised: number;
}

/** Excel exchange of the agency's standards: download all, upload the same shape back as drafts. */
export function StandardsExcel({
  agencyId,
  canImport,
  onImported,
}: {
  agencyId: string;
  canImport: boolean;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const form = new FormData();
      form.append('file', file);
      setResult(
        await request<ImportResult>(`/agencies/${encodeURIComponent(agencyId)}/job-standards/import`, {
          method: 'POST',
          body: form,
        }),
      );
      onImported();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const problems = rejectedImport(error);
  return (
    <Card title={t('standardsExcel.title')} titleId="standards-excel-title" data-testid="standards-excel">
      <p className="muted">{t('standardsExcel.intro')}</p>
      <p>
        <ButtonAnchor
          href={`/api/agencies/${encodeURIComponent(agencyId)}/job-standards.xlsx`}
          data-testid="standards-export"
        >
          {t('standardsExcel.download')}
        </ButtonAnchor>
      </p>
      {canImport && (
        <form onSubmit={(e) => void onSubmit(e)} className="form-inline">
          <label htmlFor="standards-import-file">{t('standardsExcel.file')}</label>
          <input
            id="standards-import-file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="standards-import-file"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <Button variant="primary" type="submit" disabled={!file || busy} data-testid="standards-import">
            {busy ? t('common.saving') : t('standardsExcel.import')}
          </Button>
        </form>
      )}
      {result && (
        <Alert tone="success" role="status" data-testid="standards-import-result">
          {t('standardsExcel.done', { ...result })}
        </Alert>
      )}
      {problems ? <ImportReport report={problems} withSheet /> : <ErrorAlert error={error} />}
    </Card>
  );
}
