import { useTranslation } from 'react-i18next';
import type { Finding } from '../api';

/** Rule findings of the saved standard: errors in red, warnings in amber. */
export function FindingsPanel({ findings }: { findings: Finding[] }) {
  const { t } = useTranslation();
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return (
    <section className="card" data-testid="findings-panel" aria-labelledby="findings-title">
      <h2 id="findings-title">{t('standards.findings.title')}</h2>
      {findings.length === 0 ? (
        <p className="alert alert-success" data-testid="findings-none">
          {t('standards.findings.none')}
        </p>
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
    </section>
  );
}
