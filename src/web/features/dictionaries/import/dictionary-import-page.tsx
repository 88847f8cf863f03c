import '../dictionaries.css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AffairSelect } from '../../../shared/affair-select';
import { ApiError } from '../../../shared/api/request';
import { ImportReport, rejectedImport } from '../../../shared/import-report';
import { ImportTemplateLink } from '../../../shared/import-template-link';
import { useApi } from '../../../shared/use-api';
import { Alert, Button, ButtonLink, Card, ErrorAlert, Field, LoadState, Spinner } from '../../../ui';
import {
  type CompetencyGroup,
  competencyGroups,
  getTechnicalDictionary,
  type ImportResult,
  importDictionary,
} from '../api';
import { ImportLayouts } from './import-layouts';

type Step = 'choose' | 'upload' | 'result';
const steps: readonly Step[] = ['choose', 'upload', 'result'];
const knownErrors = ['FILE_TOO_LARGE', 'HTTP_413', 'NOT_XLSX', 'ZIP_BOMB', 'TOO_MANY_ROWS'];

/** `/kamus-teknis/:dictionaryId/impor`: choose an .xlsx file, upload it, read the result. */
export function DictionaryImportPage() {
  const { t } = useTranslation();
  const { dictionaryId = '' } = useParams();
  const dictionary = useApi(`technical-dictionary:${dictionaryId}`, () =>
    getTechnicalDictionary(dictionaryId),
  );
  const [step, setStep] = useState<Step>('choose');
  const [file, setFile] = useState<File | null>(null);
  const [affair, setAffair] = useState('');
  const [group, setGroup] = useState<CompetencyGroup | ''>('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const notXlsx = file !== null && !file.name.toLowerCase().endsWith('.xlsx');
  const problems = rejectedImport(error);
  const errorCode = error instanceof ApiError ? error.code : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file || notXlsx) return;
    setStep('upload');
    setError(null);
    setResult(null);
    try {
      setResult(
        await importDictionary(dictionaryId, file, {
          ...(affair ? { governmentAffair: affair } : {}),
          ...(group ? { group } : {}),
        }),
      );
    } catch (err) {
      setError(err);
    }
    setStep('result');
  }

  const restart = () => {
    setStep('choose');
    setFile(null);
    setResult(null);
    setError(null);
  };

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label={t('technical.breadcrumb')}>
        <Link to="/kamus-teknis">{t('technical.title')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={`/kamus-teknis/${dictionaryId}`}>
          {dictionary.data?.dictionary.name ?? t('common.loading')}
        </Link>
      </nav>
      <h1>{t('import.title')}</h1>
      <LoadState
        loading={dictionary.loading && !dictionary.data}
        error={dictionary.error}
        onRetry={dictionary.reload}
      />
      {dictionary.data && !dictionary.data.canCompose && (
        <Alert tone="error" role="alert">
          {t('import.forbidden')}
        </Alert>
      )}
      <ol className="wizard-steps">
        {steps.map((value, index) => (
          <li
            key={value}
            className={value === step ? 'active' : undefined}
            aria-current={value === step ? 'step' : undefined}
          >
            <span className="wizard-number">{index + 1}</span> {t(`import.steps.${value}`)}
          </li>
        ))}
      </ol>

      {step === 'choose' && (
        <Card edge="accent">
          <ImportLayouts />
          <p>
            <ImportTemplateLink kind="technical-dictionary" />
          </p>
          <form
            className="form"
            data-testid="import-form"
            onSubmit={(event) => void onSubmit(event)}
            noValidate
          >
            <Field label={t('import.file')} errors={notXlsx ? [t('import.errors.NOT_XLSX')] : []}>
              <input
                type="file"
                name="file"
                data-testid="import-file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-invalid={notXlsx || undefined}
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
            </Field>
            <p className="muted small">{t('import.fileHint')}</p>
            <div className="form-grid">
              <Field label={t('import.defaultAffair')} optional className="span-2">
                <AffairSelect value={affair} emptyLabel={t('import.noDefault')} onChange={setAffair} />
              </Field>
              <Field label={t('import.defaultGroup')} optional>
                <select
                  name="group"
                  value={group}
                  onChange={(event) => setGroup(event.target.value as CompetencyGroup | '')}
                >
                  <option value="">{t('import.noDefault')}</option>
                  {competencyGroups.map((value) => (
                    <option key={value} value={value}>
                      {t(`technical.groups.${value}`)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            <p className="muted small">{t('import.defaultsHint')}</p>
            <Button
              variant="primary"
              type="submit"
              data-testid="import-submit"
              disabled={!file || notXlsx || dictionary.data?.canCompose === false}
            >
              {t('import.submit')}
            </Button>
          </form>
        </Card>
      )}

      {step === 'upload' && (
        <Card className="import-progress" aria-busy="true">
          <Spinner />
          <p className="import-progress-text" role="status">
            {t('import.uploading', { name: file?.name ?? '' })}
          </p>
        </Card>
      )}

      {step === 'result' && (
        <Card className="stack">
          {result && (
            <Alert tone="success" as="div" role="status" data-testid="import-success">
              <p className="alert-message">
                {t('import.success', {
                  count: result.imported,
                  format: t(`import.formats.${result.format}`),
                })}
              </p>
            </Alert>
          )}
          {problems && <ImportReport report={problems} withSheet />}
          {error !== null && !problems && (
            <>
              <ErrorAlert error={error} />
              {errorCode && knownErrors.includes(errorCode) && (
                <p className="muted stack-text">{t(`import.errors.${errorCode}`)}</p>
              )}
            </>
          )}
          <div className="toolbar">
            {result && (
              <ButtonLink
                variant="primary"
                to={`/kamus-teknis/versi/${result.versionId}`}
                data-testid="import-open-version"
              >
                {t('import.openVersion')}
              </ButtonLink>
            )}
            <Button data-testid="import-restart" onClick={restart}>
              {result ? t('import.another') : t('import.chooseAnother')}
            </Button>
          </div>
        </Card>
      )}
    </div>
  );
}
