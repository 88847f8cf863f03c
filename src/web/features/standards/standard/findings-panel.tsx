import { useTranslation } from 'react-i18next';
import { Alert, Card } from '../../../ui';
import type { Finding } from '../api';

/** Rule findings of the saved standard: errors in red, warnings in amber. */
export function FindingsPanel({ findings }: { findings: Finding[] }) {
  const { t } = useTranslation();
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return (
    <Card title={t('standards.findings.title')} titleId="findings-title" data-testid="findings-panel">
      {findings.length === 0 ? (
        <Alert tone="success" data-testid="findings-none">
          {t('standards.findings.none')}
        </Alert>
      ) : (
        <>
          <p className="muted small">
            {t('standards.findings.summary', { errors, warnings: findings.length - errors })}
          </p>
          <ul className="findings">
            {findings.map((finding) => (
              <li
                key={`${finding.code}:${finding.path}:${finding.message}`}
                className={`finding finding-${finding.severity}`}
                data-testid="finding"
                data-severity={finding.severity}
                data-code={finding.code}
              >
                <span className="finding-severity">{t(`standards.findings.${finding.severity}`)}</span>{' '}
                {finding.message}
                {finding.path && <code className="finding-path">{finding.path}</code>}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
