import { useTranslation } from 'react-i18next';
import { Alert, ButtonLink } from '../../../ui';
import type { PositionWithoutStandard } from '../reports-api';

/** Positions of the agency with no standard at all, each with the way to compose one. */
export function PositionsWithoutStandard({
  positions,
  jobLevelName,
  canCompose,
}: {
  positions: PositionWithoutStandard[];
  jobLevelName: (code: string) => string;
  /** Users of the agency compose on `/skj`; national roles only read. */
  canCompose: boolean;
}) {
  const { t } = useTranslation();
  if (positions.length === 0) {
    return (
      <Alert tone="success" data-testid="without-standard-empty">
        {t('consistency.without.empty')}
      </Alert>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('consistency.position')}</th>
            <th scope="col">{t('consistency.orgUnit')}</th>
            <th scope="col">{t('consistency.jobLevel')}</th>
            {canCompose && (
              <th scope="col">
                <span className="visually-hidden">{t('consistency.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {positions.map((position) => (
            <tr key={position.id} data-testid="position-without-standard" data-position-id={position.id}>
              <td>{position.name}</td>
              <td>{position.org_unit_name ?? t('common.none')}</td>
              <td>{jobLevelName(position.job_level)}</td>
              {canCompose && (
                <td>
                  <ButtonLink
                    size="small"
                    to="/skj"
                    aria-label={t('consistency.without.composeFor', { name: position.name })}
                  >
                    {t('consistency.without.compose')}
                  </ButtonLink>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
