import '../job-descriptions.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../ui';
import type { FactorSource, JobFactorInformationResult } from '../api';

/**
 * Job-factor information (informasi faktor jabatan, seed 004) beside one evaluation factor: the
 * job description's texts the evaluator reads before choosing the level.
 */
export function FactorInformation({ sources }: { sources: FactorSource[] | undefined }) {
  const { t } = useTranslation();
  if (sources === undefined) return null;
  return (
    <details className="jd-factor-info" open data-testid="factor-information">
      <summary>{t('jobDescription.factorInfo.title')}</summary>
      {sources.length === 0 ? (
        <p className="muted small">{t('jobDescription.factorInfo.none')}</p>
      ) : (
        sources.map((source) => (
          <div key={source.component} className="jd-factor-source" data-component={source.component}>
            <span className="jd-factor-source-name">
              {t(`jobDescription.components.${source.component}`)}
            </span>
            <ul>
              {source.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ))
      )}
    </details>
  );
}

/** Where the information comes from, or that the position has no job description yet. */
export function FactorInformationNote({
  positionId,
  information,
}: {
  positionId: string;
  information: JobFactorInformationResult;
}) {
  const { t } = useTranslation();
  return (
    <Alert tone="info" className="small" data-testid="factor-information-note">
      {information.jobDescription
        ? t('jobDescription.factorInfo.from', { version: information.jobDescription.version })
        : t('jobDescription.factorInfo.noJobDescription')}{' '}
      <Link to={`/peta-jabatan/uraian/${positionId}`}>{t('jobDescription.factorInfo.open')}</Link>
    </Alert>
  );
}
