import './agency-picker.css';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui';
import type { ReportAgency } from './use-report-agency';

/** Agency choice of national roles on report pages; `nationalOption` adds "all agencies". */
export function AgencyPicker({ report, nationalOption }: { report: ReportAgency; nationalOption?: boolean }) {
  const { t } = useTranslation();
  if (!report.canChoose) return null;
  return (
    <Field label={t('reports.agency')} className="agency-picker">
      <select
        name="agencyId"
        data-testid="agency-picker"
        value={report.agencyId ?? ''}
        disabled={report.agencies.length === 0}
        onChange={(event) => report.choose(event.target.value || null)}
      >
        {nationalOption && <option value="">{t('reports.allAgencies')}</option>}
        {!nationalOption && report.agencies.length === 0 && (
          <option value="">{t('reports.noAgencies')}</option>
        )}
        {report.agencies.map((agency) => (
          <option key={agency.id} value={agency.id}>
            {agency.code} — {agency.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
