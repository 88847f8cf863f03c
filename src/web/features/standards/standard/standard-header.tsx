import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReviseButton } from '../../../shared/revise-button';
import { Alert, PageHeader } from '../../../ui';
import { useCurrentUser } from '../../account/current-user';
import { reviseStandard, type StandardDetail } from '../api';
import { StandardStatusBadge } from '../standard-status-badge';

/**
 * Title, status and code of a standard; "Revisi" when a new version may be opened. A standard of
 * another agency (opened from the national catalog) is marked read-only.
 */
export function StandardHeader({ detail }: { detail: StandardDetail }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { standard, content } = detail;
  const code = standard.positionCode ?? content.identity.positionCode;
  const own = user.agency?.id === standard.agencyId;
  return (
    <>
      <nav className="breadcrumb" aria-label={t('standards.breadcrumb')}>
        {own ? (
          <Link to="/skj">{t('standards.title')}</Link>
        ) : (
          <Link to="/katalog">{t('catalog.title')}</Link>
        )}
      </nav>
      <PageHeader
        title={
          <>
            {content.identity.positionName}{' '}
            <span className="title-version">
              {t('standards.versionLabel', { version: standard.version })}
            </span>
          </>
        }
        titleTestId="standard-title"
        subtitle={
          <>
            <StandardStatusBadge status={standard.status} /> · {t('standards.positionCode')}:{' '}
            {code ? <code>{code}</code> : <span data-testid="no-position-code">{t('standards.noCode')}</span>}
            {content.identity.orgUnitName && <> · {content.identity.orgUnitName}</>}
          </>
        }
        actions={
          detail.permissions.canRevise && (
            <ReviseButton
              revise={async () => `/skj/${(await reviseStandard(standard.id)).id}`}
              label={t('standards.revise')}
              busyLabel={t('common.saving')}
              testId="revise-standard"
            />
          )
        }
      >
        <p className="muted small">{t('standards.policy', { name: standard.policyName })}</p>
      </PageHeader>
      {user.agency && !own && (
        <Alert tone="info" data-testid="read-only-note">
          {t('standards.otherAgency')}
        </Alert>
      )}
      {standard.originStandardId && (
        <p className="muted small" data-testid="adopted-from">
          <Link to={`/skj/${standard.originStandardId}`}>{t('standards.adoptedFrom')}</Link>
        </p>
      )}
      {standard.status === 'ratified' && code && (
        <Alert tone="success" className="position-code-banner" role="status">
          {t('standards.ratifiedCode')} <strong data-testid="position-code">{code}</strong>
        </Alert>
      )}
    </>
  );
}
