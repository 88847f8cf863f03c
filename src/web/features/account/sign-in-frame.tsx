import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from '../../shell/language-toggle';

/** The screens before the signed-in frame (login, setup, a temporary password): one card on the brand colours. */
export function SignInFrame({
  title,
  subtitle,
  wide,
  children,
}: {
  title: string;
  subtitle: string;
  /** The setup form needs more room than the login. */
  wide?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="login-page">
      <div className="login-lang">
        <LanguageToggle variant="outline" />
      </div>
      <main className={wide ? 'login-card login-card-wide card' : 'login-card card'}>
        <div className="login-brand">
          <span className="brand-mark brand-mark-large">{t('app.name')}</span>
          <h1>{title}</h1>
          <p className="muted">{subtitle}</p>
        </div>
        {children}
      </main>
    </div>
  );
}
