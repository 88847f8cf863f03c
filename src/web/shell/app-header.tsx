import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { logout, type User } from '../features/account/api';
import { Button } from '../ui';
import { LanguageToggle } from './language-toggle';

/** The blue bar: the brand (home), who is signed in with role and agency, language, logout. */
export function AppHeader({ user }: { user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  async function onLogout() {
    setBusy(true);
    try {
      await logout();
    } catch {
      // The session is dropped client-side either way.
    }
    navigate('/login', { replace: true });
  }

  return (
    <header className="app-header">
      <NavLink to="/" className="brand">
        <span className="brand-mark">{t('app.name')}</span>
        <span className="brand-text">{t('app.fullName')}</span>
      </NavLink>
      <div className="header-tools">
        <section className="user-info" aria-label={t('header.userInfo')}>
          <span className="user-name" data-testid="user-name">
            {user.fullName}
          </span>
          <span className="user-meta">
            <span className="user-role" data-testid="user-role">
              {t(`roles.${user.role}`)}
            </span>
            {user.agency && (
              <span className="user-agency" data-testid="user-agency">
                {user.agency.name}
              </span>
            )}
          </span>
        </section>
        <LanguageToggle />
        <Button variant="ghost" data-testid="logout-button" onClick={() => void onLogout()} disabled={busy}>
          {busy ? t('header.loggingOut') : t('header.logout')}
        </Button>
      </div>
    </header>
  );
}
