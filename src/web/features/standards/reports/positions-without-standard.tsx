import { useTranslation } from 'react-i18next';
import { Alert, ButtonLink, DataTable } from '../../../ui';
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
    <DataTable
      columns={[
        t('consistency.position'),
        t('consistency.orgUnit'),
        t('consistency.jobLevel'),
        canCompose && { label: t('consistency.actions'), hidden: true },
      ]}
      rows={positions}
      rowKey={(position) => position.id}
      renderRow={(position) => (
        <tr data-testid="position-without-standard" data-position-id={position.id}>
          <td>{position.name}</td>
          <td>{position.orgUnitName ?? t('common.none')}</td>
          <td>{jobLevelName(position.jobLevel)}</td>
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
      )}
    />
  );
}
