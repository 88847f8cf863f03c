import '../standards.css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AgencyPicker } from '../../../shared/agency-picker';
import { listOrgUnits, type OrgUnit } from '../../../shared/api/reference';
import { useApi } from '../../../shared/use-api';
import { useReportAgency } from '../../../shared/use-report-agency';
import { Button, Card, ErrorAlert, Field, LoadState, PageHeader } from '../../../ui';
import { DocumentFormatChoice } from '../document-format-choice';
import { type DocumentFormat, startBook } from '../documents-api';
import { BookJobProgress } from './book-job-progress';

/** Units in tree order with their depth, for an indented select. */
function unitTree(units: OrgUnit[]): { unit: OrgUnit; depth: number }[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, OrgUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const out: { unit: OrgUnit; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'id'));
    for (const unit of list) {
      out.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/**
 * `/skj/buku`: the book of standards (Buku SKJ) of the agency or one org unit, built in the
 * background; the job id stays in the address (`?pekerjaan=`) so a reload keeps following it.
 */
export function BookPage() {
  const { t } = useTranslation();
  const report = useReportAgency(true);
  const agencyId = report.agencyId;
  const units = useApi(agencyId ? `org-units:${agencyId}` : null, () => listOrgUnits(agencyId ?? ''));
  const [searchParams, setSearchParams] = useSearchParams();
  const jobId = searchParams.get('pekerjaan');
  const [format, setFormat] = useState<DocumentFormat>('pdf');
  const [orgUnitId, setOrgUnitId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function start(event: FormEvent) {
    event.preventDefault();
    if (!agencyId) return;
    setBusy(true);
    setError(null);
    try {
      const started = await startBook(agencyId, { format, ...(orgUnitId ? { orgUnitId } : {}) });
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
      <PageHeader title={t('book.title')} subtitle={t('book.intro')} />
      <AgencyPicker report={report} />
      <LoadState loading={report.loading || units.loading} error={report.error ?? units.error} />
      {agencyId && units.data && (
        <Card as="form" className="form" onSubmit={(event) => void start(event)} data-testid="book-form">
          <Field label={t('book.scope')}>
            <select
              name="orgUnitId"
              value={orgUnitId}
              onChange={(event) => setOrgUnitId(event.target.value)}
              data-testid="book-scope"
            >
              <option value="">{t('book.wholeAgency')}</option>
              {unitTree(units.data.items).map(({ unit, depth }) => (
                <option key={unit.id} value={unit.id}>
                  {`${'\u00a0\u00a0'.repeat(depth)}${unit.name}`}
                </option>
              ))}
            </select>
          </Field>
          <DocumentFormatChoice format={format} onChange={setFormat} testIdPrefix="book" />
          <ErrorAlert error={error} />
          <div className="toolbar">
            <Button variant="primary" type="submit" disabled={busy} data-testid="book-start">
              {busy ? t('book.starting') : t('book.start')}
            </Button>
          </div>
        </Card>
      )}
      {jobId && <BookJobProgress key={jobId} jobId={jobId} />}
    </div>
  );
}
