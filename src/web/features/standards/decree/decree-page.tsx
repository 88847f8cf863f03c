import '../standards.css';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AgencyPicker } from '../../../shared/agency-picker';
import { useApi } from '../../../shared/use-api';
import { useReportAgency } from '../../../shared/use-report-agency';
import { Alert, Button, Card, ErrorAlert, Field, LoadState, PageHeader } from '../../../ui';
import { BookJobProgress } from '../book/book-job-progress';
import { DocumentFormatChoice } from '../document-format-choice';
import { type DocumentFormat, getDecreeTemplate, startDecree } from '../documents-api';

type Section = 'considerations' | 'legalBases' | 'decisions';
const sections: readonly Section[] = ['considerations', 'legalBases', 'decisions'];

/** One paragraph per block of text; a blank line separates paragraphs. */
const toParagraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
const toText = (paragraphs: string[]) => paragraphs.join('\n\n');

const today = () => new Date().toISOString().slice(0, 10);

/**
 * `/skj/keputusan`: the decree ratifying the agency's standards (Keputusan … tentang Standar
 * Kompetensi Jabatan): number and date, menimbang / mengingat / diktum prefilled and editable, the
 * ratified standards as lampiran; rendered in the background like the book (`?pekerjaan=`).
 */
export function DecreePage() {
  const { t } = useTranslation();
  const report = useReportAgency(true);
  const agencyId = report.agencyId;
  const template = useApi(agencyId ? `decree-template:${agencyId}` : null, () =>
    getDecreeTemplate(agencyId ?? ''),
  );
  const [searchParams, setSearchParams] = useSearchParams();
  const jobId = searchParams.get('pekerjaan');
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(today);
  const [format, setFormat] = useState<DocumentFormat>('pdf');
  const [texts, setTexts] = useState<Record<Section, string>>({
    considerations: '',
    legalBases: '',
    decisions: '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const loaded = template.data;
  useEffect(() => {
    if (!loaded) return;
    setTexts({
      considerations: toText(loaded.text.considerations),
      legalBases: toText(loaded.text.legalBases),
      decisions: toText(loaded.text.decisions),
    });
  }, [loaded]);

  async function start(event: FormEvent) {
    event.preventDefault();
    if (!agencyId) return;
    setBusy(true);
    setError(null);
    try {
      const started = await startDecree(agencyId, {
        format,
        number: number.trim(),
        date,
        considerations: toParagraphs(texts.considerations),
        legalBases: toParagraphs(texts.legalBases),
        decisions: toParagraphs(texts.decisions),
      });
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.set('pekerjaan', started.jobId);
        return next;
      });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page">
      <PageHeader title={t('decree.title')} subtitle={t('decree.intro')} />
      <AgencyPicker report={report} />
      <LoadState
        loading={report.loading || template.loading}
        error={report.error ?? template.error}
        onRetry={template.reload}
      />
      {loaded && (
        <Card as="form" className="form" onSubmit={(event) => void start(event)} data-testid="decree-form">
          <p className="lead" data-testid="decree-heading">
            {t('decree.heading', { issuer: loaded.issuer, subject: loaded.subject })}
          </p>
          <p className="muted">{t('decree.lampiran', { count: loaded.ratifiedStandards })}</p>
          {loaded.missingIdentity.length > 0 && (
            <Alert tone="warning" as="div" data-testid="decree-missing-identity">
              <p className="alert-message">{t('decree.missingIdentity')}</p>
              <ul>
                {loaded.missingIdentity.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </Alert>
          )}
          <div className="form-grid">
            <Field label={t('decree.number')}>
              <input
                name="number"
                value={number}
                onChange={(event) => setNumber(event.target.value)}
                placeholder="800/123/BKPSDM/2026"
                required
                data-testid="decree-number"
              />
            </Field>
            <Field label={t('decree.date')}>
              <input
                type="date"
                name="date"
                value={date}
                onChange={(event) => setDate(event.target.value)}
                required
                data-testid="decree-date"
              />
            </Field>
          </div>
          {sections.map((section) => (
            <Field key={section} label={t(`decree.sections.${section}`)}>
              <textarea
                name={section}
                rows={8}
                value={texts[section]}
                onChange={(event) => setTexts((current) => ({ ...current, [section]: event.target.value }))}
                data-testid={`decree-${section}`}
              />
            </Field>
          ))}
          <p className="muted small">{t('decree.paragraphHint')}</p>
          <DocumentFormatChoice format={format} onChange={setFormat} testIdPrefix="decree" />
          <ErrorAlert error={error} />
          <div className="toolbar">
            <Button
              variant="primary"
              type="submit"
              disabled={busy || loaded.ratifiedStandards === 0}
              data-testid="decree-start"
            >
              {busy ? t('book.starting') : t('decree.start')}
            </Button>
          </div>
        </Card>
      )}
      {jobId && <BookJobProgress key={jobId} jobId={jobId} title={t('decree.jobTitle')} />}
    </div>
  );
}
