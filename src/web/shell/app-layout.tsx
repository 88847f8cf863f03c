import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { me, type SignedIn } from '../features/account/api';
import { type CurrentUser, CurrentUserContext } from '../features/account/current-user';
import { withNext } from '../features/account/next-path';
import { ApiError, setPasswordChangeHandler, setUnauthorizedHandler } from '../shared/api/request';
import { ErrorAlert } from '../ui';
import { AppHeader } from './app-header';
import { SessionGuard } from './session-guard';
import { SideNav } from './side-nav';
import { Splash } from './splash';

/**
 * The session of the first signed-in page, asked for as soon as the shell runs (app.tsx), while the
 * page's chunk still loads: the frame waits for both, so they had better not wait for each other.
 * Taken once, by the first frame drawn.
 */
let firstSession: Promise<SignedIn> | null = null;

export function prefetchSession(): void {
  firstSession = me();
  firstSession.catch(() => undefined); // answered by the frame; unhandled only if it never mounts
}

/**
 * Frame of every signed-in page: header, side navigation and the page itself. Without a session it
 * sends the person to the login, with a temporary password to the change-password screen; either
 * way the page they wanted is kept (`?lanjut=`) to come back to.
 */
export function Layout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  // A page whose chunk is still on its way: the page before stays, a bar on top says something comes.
  const loadingPage = useNavigation().state === 'loading';
  const [current, setCurrent] = useState<CurrentUser | null>(null);
  const [expiresAt, setExpiresAt] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const here = `${location.pathname}${location.search}`;

  useEffect(() => {
    // Read when a handler fires, not when it was set: the person may have moved on since.
    const wanted = () => `${window.location.pathname}${window.location.search}`;
    setUnauthorizedHandler(() => navigate(withNext('/login', wanted()), { replace: true }));
    setPasswordChangeHandler(() => navigate(withNext('/ganti-kata-sandi', wanted()), { replace: true }));
    return () => {
      setUnauthorizedHandler(null);
      setPasswordChangeHandler(null);
    };
  }, [navigate]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `here` is read once, on the first visit.
  useEffect(() => {
    let cancelled = false;
    const session = firstSession ?? me();
    firstSession = null;
    session.then(
      (session) => {
        if (cancelled) return;
        if (session.mustChangePassword) navigate(withNext('/ganti-kata-sandi', here), { replace: true });
        else {
          setExpiresAt(session.sessionExpiresAt);
          setCurrent({ user: session.user, capabilities: session.capabilities });
        }
      },
      (err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiError && err.status === 401)
          navigate(withNext('/login', here), { replace: true });
        else setError(err);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [navigate]);

  if (!current) return <Splash>{error ? <ErrorAlert error={error} /> : undefined}</Splash>;

  return (
    <CurrentUserContext.Provider value={current}>
      <div className="app-shell">
        {loadingPage && (
          <div
            className="app-progress"
            role="progressbar"
            aria-label={t('nav.loadingPage')}
            data-testid="page-loading"
          />
        )}
        <a className="skip-link" href="#main">
          {t('nav.skipToContent')}
        </a>
        <AppHeader user={current.user} />
        <div className="app-body">
          <SideNav capabilities={current.capabilities} />
          <main id="main" className="app-main" tabIndex={-1}>
            {/* Warns before the session ends; on a 401 it signs in again over the page, keeping the form. */}
            <SessionGuard user={current.user} expiresAt={expiresAt} />
            <Outlet />
          </main>
        </div>
        <footer className="app-footer">{t('app.footer')}</footer>
      </div>
    </CurrentUserContext.Provider>
  );
}
