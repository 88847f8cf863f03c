import './standard-policy.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgencyPicker } from '../../shared/agency-picker';
import { getJobLevels } from '../../shared/api/reference';
import { useApi } from '../../shared/use-api';
import { useReportAgency } from '../../shared/use-report-agency';
import { Alert, LoadState, PageHeader } from '../../ui';
import { getStandardPolicy } from './api';
import { PolicyEditor } from './policy-editor';

/**
 * `/skj/kebijakan`: the rules the agency's standards are checked against. The seeds disagree on
 * the RCL pattern (DOMAIN.md), so the agency admin picks a base and may override parts of it;
 * everyone else reads it.
 */
export function StandardPolicyPage() {
  const { t } = useTranslation();
  const report = useReportAgency(true);
  const agencyId = report.agencyId;
  const setting = useApi(agencyId ? `standard-policy:${agencyId}` : null, () =>
    getStandardPolicy(agencyId ?? ''),
  );
  const jobLevels = useApi('job-levels', getJobLevels);
  const [saved, setSaved] = useState(false);
  const data = setting.data;
  const canEdit = data?.permissions.update === true;

  return (
    <div className="page">
      <PageHeader title={t('policy.title')} subtitle={t('policy.intro')} />
      <AgencyPicker report={report} />
      <LoadState loading={report.loading} error={report.error} />
      {!canEdit && data && (
        <Alert tone="info" data-testid="policy-read-only">
          {t('policy.readOnly')}
        </Alert>
      )}
      {saved && (
        <Alert tone="success" role="status" data-testid="policy-saved">
          {t('policy.saved')}
        </Alert>
      )}
      <LoadState loading={setting.loading && !data} error={setting.error} onRetry={setting.reload} />
      <LoadState
        loading={jobLevels.loading && !jobLevels.data}
        error={jobLevels.error}
        onRetry={jobLevels.reload}
      />
      {agencyId && data && jobLevels.data && (
        <PolicyEditor
          key={`${agencyId}:${JSON.stringify([data.baseName, data.override])}`}
          agencyId={agencyId}
          setting={data}
          jobLevels={jobLevels.data.items}
          canEdit={canEdit}
          onSaveStart={() => setSaved(false)}
          onSaved={() => {
            setSaved(true);
            setting.reload();
          }}
        />
      )}
    </div>
  );
}
