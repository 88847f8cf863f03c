import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { logout, me, type User } from '../features/account/api';
import {
  CurrentUserContext,
  canReadStandardReports,
  isAdministrator,
  isEmployee,
} from '../features/account/current-user';
import { ApiError, setUnauthorizedHandler } from '../shared/api/request';
import { Button, ErrorAlert, Loading } from '../ui';
import { LanguageToggle } from './language-toggle';

/** Frame of every signed-in page: header, side navigation and the page itself. */
export function Layout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [user, setUser] = useState<User | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    setUnauthorizedHandler(() => navigate('/login', { replace: true }));
    me().then(
      (session) => {
        if (!cancelled) setUser(session.user);
      },
      (err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiError && err.status === 401) navigate('/login', { replace: true });
        else setError(err);
      },
    );
    return () => {
      cancelled = true;
      setUnauthorizedHandler(null);
    };
  }, [navigate]);

  if (!user) {
    return (
      <div className="splash">
        <span className="brand-mark">{t('app.name')}</span>
        {error ? <ErrorAlert error={error} /> : <Loading />}
      </div>
    );
  }

  return (
    <CurrentUserContext.Provider value={user}>
      <div className="app-shell">
        <a className="skip-link" href="#main">
          {t('nav.skipToContent')}
        </a>
        <AppHeader user={user} />
        <div className="app-body">
          <SideNav user={user} />
          <main id="main" className="app-main" tabIndex={-1}>
            <Outlet />
          </main>
        </div>
        <footer className="app-footer">{t('app.footer')}</footer>
      </div>
    </CurrentUserContext.Provider>
  );
}

function AppHeader({ user }: { user: User }) {
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

function SideNav({ user }: { user: User }) {
  const { t } = useTranslation();
  const linkClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'nav-link active' : 'nav-link');
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul>
        <li>
          <NavLink to="/" end className={linkClass}>
            {t('nav.home')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/kamus" className={linkClass}>
            {t('nav.dictionary')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/kamus-teknis" className={linkClass}>
            {t('nav.technical')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/cari" className={linkClass}>
            {t('nav.search')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/skj" className={linkClass} data-testid="nav-standards">
            {t('nav.standards')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/skj/buku" className={linkClass} data-testid="nav-book">
            {t('nav.book')}
          </NavLink>
        </li>
        {canReadStandardReports(user) && (
          <>
            <li>
              <NavLink to="/skj/konsistensi" className={linkClass} data-testid="nav-consistency">
                {t('nav.consistency')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/skj/kebijakan" className={linkClass} data-testid="nav-policy">
                {t('nav.policy')}
              </NavLink>
            </li>
          </>
        )}
        <li>
          <NavLink to="/dasbor-merit" className={linkClass} data-testid="nav-merit">
            {t('nav.merit')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/peta-jabatan" className={linkClass} data-testid="nav-position-map">
            {t('nav.positionMap')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/kampanye" className={linkClass} data-testid="nav-drafting-campaigns">
            {t('nav.draftingCampaigns')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/katalog" className={linkClass} data-testid="nav-catalog">
            {t('nav.catalog')}
          </NavLink>
        </li>
        {isEmployee(user) ? (
          <li>
            <NavLink to="/saya" className={linkClass} data-testid="nav-my-competency">
              {t('nav.myCompetency')}
            </NavLink>
          </li>
        ) : (
          <li>
            <NavLink to="/pegawai" className={linkClass} data-testid="nav-civil-servants">
              {t('nav.civilServants')}
            </NavLink>
          </li>
        )}
        {isAdministrator(user) && (
          <li>
            <NavLink to="/admin" className={linkClass}>
              {t('nav.admin')}
            </NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
