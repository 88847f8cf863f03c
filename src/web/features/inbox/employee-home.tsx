import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api/request';
import { useApi } from '../../shared/use-api';
import { Alert, ButtonLink, Card, LoadState } from '../../ui';
import { getMyCivilServant } from '../talent/api';

/**
 * An employee's home: who they are in the agency's records and the way to their competencies
 * (their position's standard, their gaps, the suggested development). Nothing of HR's work.
 */
export function EmployeeHome() {
  const { t } = useTranslation();
  const mine = useApi('my-civil-servant', getMyCivilServant);
  const notLinked = mine.error instanceof ApiError && mine.error.code === 'CIVIL_SERVANT_NOT_FOUND';
  const record = mine.data?.civilServant;
  return (
    <Card title={t('inbox.employee.title')} titleId="employee-home-title" edge="accent">
      {notLinked ? (
        <Alert tone="info">{t('talent.me.notLinkedHint')}</Alert>
      ) : (
        <LoadState loading={mine.loading && !record} error={mine.error} onRetry={mine.reload} />
      )}
      {record && (
        <>
          <p data-testid="employee-position">
            {record.positionName
              ? t('inbox.employee.position', { position: record.positionName })
              : t('talent.me.noPosition')}
          </p>
          <p className="muted">{t('inbox.employee.intro')}</p>
          <ButtonLink variant="primary" to="/saya" data-testid="employee-open-profile">
            {t('inbox.employee.open')}
          </ButtonLink>
        </>
      )}
    </Card>
  );
}
