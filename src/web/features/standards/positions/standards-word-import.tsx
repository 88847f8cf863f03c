import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  StandardDocumentReport,
  standardDocumentImportResponse,
} from '../../../../api/job-standards/document-import-schema';
import { ApiError, request } from '../../../shared/api/request';
import { useApi } from '../../../shared/use-api';
import {
  Alert,
  Badge,
  type BadgeTone,
  Button,
  ButtonLink,
  Card,
  DataTable,
  ErrorAlert,
  Spinner,
} from '../../../ui';
import { listPositions, type Position } from '../api';

type ImportResult = import('zod').infer<typeof standardDocumentImportResponse>;

const outcomeTones: Record<StandardDocumentReport['outcome'], BadgeTone> = {
  created: 'success',
  replaced: 'info',
  revised: 'info',
  rejected: 'warning',
  ready: 'muted',
};

/** The per-document reports a rejected upload carries, or null for any other error. */
function rejectedDocuments(error: unknown): StandardDocumentReport[] | null {
  if (!(error instanceof ApiError)) return null;
  const documents = error.details?.documents;
  return Array.isArray(documents) ? (documents as StandardDocumentReport[]) : null;
}

/**
 * "Impor dari Word": one or several .docx laid out as the SKJ table become drafts; the answer is a
 * report per document (what matched the dictionaries, what did not) with links to the drafts.
 */
export function StandardsWordImport({ agencyId, onImported }: { agencyId: string; onImported: () => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const [files, setFiles] = useState<File[]>([]);
  // The whole list, read only when one document may be given a position by hand.
  const positions: readonly Position[] =
    useApi(files.length === 1 ? `word-import-positions:${agencyId}` : null, () => listPositions(agencyId))
      .data?.items ?? [];
  const [positionId, setPositionId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (files.length === 0) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const form = new FormData();
      for (const file of files) form.append('file', file);
      if (positionId && files.length === 1) form.append('positionId', positionId);
      setResult(
        await request<ImportResult>(
          `/agencies/${encodeURIComponent(agencyId)}/job-standard-documents/import`,
          {
            method: 'POST',
            body: form,
          },
        ),
      );
      onImported();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const rejected = rejectedDocuments(error);
  return (
    <Card title={t('standardsWord.title')} titleId="standards-word-title" data-testid="standards-word">
      <p className="muted">{t('standardsWord.intro')}</p>
      <form onSubmit={(e) => void onSubmit(e)} className="form-inline">
        <label htmlFor={`${ids}-file`}>{t('standardsWord.file')}</label>
        <input
          id={`${ids}-file`}
          type="file"
          multiple
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          data-testid="standards-word-file"
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
        />
        {files.length === 1 && (
          <>
            <label htmlFor={`${ids}-position`}>{t('standardsWord.position')}</label>
            <select
              id={`${ids}-position`}
              value={positionId}
              data-testid="standards-word-position"
              onChange={(e) => setPositionId(e.target.value)}
            >
              <option value="">{t('standardsWord.positionFromDocument')}</option>
              {positions.map((position) => (
                <option key={position.id} value={position.id}>
                  {position.name}
                </option>
              ))}
            </select>
          </>
        )}
        <Button
          variant="primary"
          type="submit"
          disabled={files.length === 0 || busy}
          data-testid="standards-word-import"
        >
          {t('standardsWord.import')}
        </Button>
      </form>
      {busy && (
        <p role="status" className="muted" data-testid="standards-word-progress">
          <Spinner /> {t('standardsWord.reading', { count: files.length })}
        </p>
      )}
      {result && (
        <Alert tone="success" role="status" data-testid="standards-word-result">
          {t('standardsWord.done', { ...result, count: result.documents.length })}
        </Alert>
      )}
      {rejected && (
        <Alert tone="error" role="alert" data-testid="standards-word-rejected">
          {t('standardsWord.rejected', {
            count: rejected.filter((d) => d.outcome === 'rejected').length,
            total: rejected.length,
          })}
        </Alert>
      )}
      {!rejected && <ErrorAlert error={error} />}
      {(result?.documents ?? rejected ?? []).map((report, k) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one answer's reports, never reordered; two files may share a name
        <DocumentReport key={k} report={report} />
      ))}
    </Card>
  );
}

function DocumentReport({ report }: { report: StandardDocumentReport }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section
      className="word-import-document"
      aria-labelledby={headingId}
      data-testid="standards-word-document"
    >
      <h3 id={headingId} className="word-import-heading">
        <span className="word-import-file">{report.fileName}</span>{' '}
        <Badge tone={outcomeTones[report.outcome]} data-outcome={report.outcome}>
          {t(`standardsWord.outcomes.${report.outcome}`)}
        </Badge>
      </h3>
      <p>{report.message}</p>
      {report.standard && (
        <p>
          <ButtonLink to={`/skj/${report.standard.id}`} size="small" data-testid="standards-word-open">
            {t('standardsWord.open', { version: report.standard.version })}
          </ButtonLink>
        </p>
      )}
      {report.unmatched.length > 0 && (
        <DataTable
          testId="standards-word-unmatched"
          caption={t('standardsWord.unmatchedTitle', { count: report.unmatched.length })}
          columns={[
            t('standardsWord.columns.name'),
            t('standardsWord.columns.levelWritten'),
            t('standardsWord.columns.why'),
          ]}
          rows={report.unmatched}
          rowKey={(row, k) => `${row.name}-${k}`}
          renderRow={(row) => (
            <tr>
              <td>{row.name}</td>
              <td>{row.levelText || t('common.none')}</td>
              <td>{row.message}</td>
            </tr>
          )}
        />
      )}
      {report.notes.length > 0 && (
        <ul className="word-import-notes" data-testid="standards-word-notes">
          {report.notes.map((note) => (
            <li key={note.code + note.message}>{note.message}</li>
          ))}
        </ul>
      )}
      {report.matched.length > 0 && (
        <details className="word-import-matched">
          <summary>{t('standardsWord.matchedTitle', { count: report.matched.length })}</summary>
          <DataTable
            testId="standards-word-matched"
            columns={[
              t('standardsWord.columns.name'),
              t('standardsWord.columns.dictionary'),
              { label: t('standardsWord.columns.level'), numeric: true },
              t('standardsWord.columns.by'),
            ]}
            rows={report.matched}
            rowKey={(row) => row.competencyId}
            renderRow={(row) => (
              <tr>
                <td>
                  {row.competencyName}
                  {row.name !== row.competencyName && <span className="muted small"> ({row.name})</span>}
                </td>
                <td>
                  <code>{row.competencyCode}</code> {row.dictionaryName}
                </td>
                <td className="numeric">{row.level}</td>
                <td>{t(`standardsWord.matchedBy.${row.matchedBy}`)}</td>
              </tr>
            )}
          />
        </details>
      )}
    </section>
  );
}
