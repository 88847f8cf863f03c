import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/request';
import { Alert, ErrorAlert } from '../../ui';
import { issueTarget } from './policy-draft';

const sections = new Set([
  'name',
  'baseName',
  'levelDistributionRules',
  'competencyWeights',
  'technicalCount',
  'mandatoryTechnical',
  'managerialLevels',
  'rankRanges',
]);

/**
 * Why saving the policy failed. For 422 INVALID_POLICY and 400 VALIDATION_FAILED each issue is
 * named by its part of the policy and job level ("Pola RCL · Pengawas"), not by its raw path.
 */
export function PolicyIssues({
  error,
  jobLevelName,
}: {
  error: unknown;
  jobLevelName: (code: string) => string;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiError) || error.issues.length === 0) return <ErrorAlert error={error} />;
  const where = (path: string) => {
    const target = issueTarget({ path, message: '' });
    const section = sections.has(target.section) ? t(`policy.sections.${target.section}`) : path;
    if (target.jobLevel) return `${section} · ${jobLevelName(target.jobLevel)}`;
    if (target.section === 'mandatoryTechnical' && /^\d+/.test(target.field)) {
      return `${section} · ${t('policy.mandatory.item', { number: Number.parseInt(target.field, 10) + 1 })}`;
    }
    return section;
  };
  return (
    <Alert tone="error" as="div" role="alert" data-testid="policy-issues" data-code={error.code}>
      <p className="alert-message">{t('policy.notSaved')}</p>
      <ul className="alert-issues">
        {error.issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            <strong>{where(issue.path)}</strong>: {issue.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
