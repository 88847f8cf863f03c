import { useTranslation } from 'react-i18next';
import { Alert, Card } from '../../../ui';
import type { Finding } from '../api';
import { findingTarget, goToTarget } from '../composer/finding-target';

/**
 * Rule findings: errors in red, warnings in amber, each with a link to the field it is about, in
 * words. `live` when they follow the unsaved edits of the composer.
 */
export function FindingsPanel({
  findings,
  rows,
  live = false,
}: {
  findings: Finding[];
  /** The competency rows the findings' positions refer to, in the order checked. */
  rows: readonly { competencyId: string; name: string }[];
  live?: boolean;
}) {
  const { t } = useTranslation();
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return (
    <Card title={t('standards.findings.title')} titleId="findings-title" data-testid="findings-panel">
      {live && <p className="muted small">{t('standards.findings.live')}</p>}
      {findings.length === 0 ? (
        <Alert tone="success" data-testid="findings-none">
          {t('standards.findings.none')}
        </Alert>
      ) : (
        <>
          <p className="muted small" data-testid="findings-summary" aria-live="polite">
            {t('standards.findings.summary', { errors, warnings: findings.length - errors })}
          </p>
          <ul className="findings">
            {findings.map((finding) => {
              const target = findingTarget(finding.path, rows, t);
              return (
                <li
                  key={`${finding.code}:${finding.path}:${finding.message}`}
                  className={`finding finding-${finding.severity}`}
                  data-testid="finding"
                  data-severity={finding.severity}
                  data-code={finding.code}
                >
                  <span className="finding-severity">{t(`standards.findings.${finding.severity}`)}</span>{' '}
                  {finding.message}
                  {target && (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="finding-link"
                        data-testid="finding-link"
                        onClick={() => goToTarget(target.elementId)}
                      >
                        {t('standards.findings.goTo', { field: target.label })}
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Card>
  );
}
